import { Html } from '@react-three/drei'
import { centroid } from '../domain/geometry/polygon.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { translate } from '../domain/i18n/messages.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { POI_COLORS, POI_SYMBOL } from './colors.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'

/**
 * Text in the 3D view as HTML overlays: the browser's own fonts render Chinese correctly with no
 * font download. Overlays never take pointer events (clicks belong to the canvas) and are hidden
 * from screen readers, which get the accessible list instead.
 */
export function Labels({
  index,
  lang,
  focusZoneId,
  zonesInSession,
}: {
  index: SceneIndex
  lang: Lang
  focusZoneId: string | null
  zonesInSession: ReadonlySet<string>
}) {
  const { zones, pois, kiosks } = index.scene.venue
  const focusBooths = focusZoneId ? (index.boothsByZone.get(focusZoneId) ?? []) : []
  return (
    <group name="labels">
      {zones.map((z) => {
        const [x, zz] = centroid(z.footprint)
        return (
          <Html key={z.id} position={[x, z.height + 1, zz]} center zIndexRange={[20, 10]} style={{ pointerEvents: 'none' }}>
            <div className={`zone-label${z.id === focusZoneId ? ' is-focus' : ''}`} aria-hidden="true" style={{ borderColor: z.color }} data-zone={z.id}>
              {z.name[lang]}
              {zonesInSession.has(z.id) && <span className="zone-live">{translate(lang, 'session.now')}</span>}
            </div>
          </Html>
        )
      })}
      {focusBooths.map((b) => {
        const box = index.boothBox.get(b.id)!
        return (
          <Html
            key={b.id}
            position={[(box.minX + box.maxX) / 2, (b.height ?? DEFAULT_BOOTH_HEIGHT) + 0.3, (box.minZ + box.maxZ) / 2]}
            center
            zIndexRange={[9, 0]}
            style={{ pointerEvents: 'none' }}
          >
            <div className="booth-label" aria-hidden="true">
              {b.label}
            </div>
          </Html>
        )
      })}
      {pois.map((p) => (
        <Html key={p.id} position={[p.position[0], 3.6, p.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label" aria-hidden="true" title={p.name[lang]} style={{ background: POI_COLORS[p.kind] }}>
            {POI_SYMBOL[p.kind]}
          </div>
        </Html>
      ))}
      {kiosks.map((k) => (
        <Html key={k.id} position={[k.position[0], 3.6, k.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label poi-kiosk" aria-hidden="true" title={`${translate(lang, 'kiosk.label')}: ${k.name[lang]}`}>
            {POI_SYMBOL.kiosk}
          </div>
        </Html>
      ))}
    </group>
  )
}
