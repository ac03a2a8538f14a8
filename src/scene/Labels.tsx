import { Html } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useMemo } from 'react'
import { bbox, centroid } from '../domain/geometry/measure.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { translate } from '../domain/i18n/messages.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { LEVEL_GLYPH, LEVELS } from '../domain/live/levels.ts'
import type { ZoneViews } from '../domain/live/views.ts'
import { POI_COLORS, POI_SYMBOL } from './colors.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { useLabelChoice, type LabelSpot } from './useLabelBudget.ts'

/** A building's or a stacked level's name: placed before all others, clicked to go there. */
export interface PlaceLabel {
  id: string
  kind: 'building' | 'level'
  text: string
  position: [number, number, number]
  /** Its size, metres (the largest on screen are placed first). */
  size: number
  /** The one in view: marked, and not clicked. */
  current: boolean
  onPick?: () => void
}

/** Label budgets per kind: a default-sized venue has room for every label; a huge one only the nearest. */
const PLACE_LABELS = { max: 16, minPx: 0 }
const ZONE_LABELS = { max: 24, minPx: 36 }
const BOOTH_LABELS = { max: 60, minPx: 24 }
const POINT_LABELS = { max: 40, minPx: 8 }
/** Points have no footprint: size them like a small stand. */
const POINT_SIZE = 10
/** Label font sizes, CSS px (styles.css: .zone-label 0.85rem bold, .booth-label and .zone-live 0.7rem). */
const ZONE_FONT_PX = 13.6
const SMALL_FONT_PX = 11.2
/** A canvas narrower than this (an embed, a phone) gets compact zone labels (.zone-label.is-compact 0.7rem). */
const COMPACT_BELOW_PX = 480
const COMPACT_FONT_PX = 11.2

/** A line of bold text's width, CSS px, near enough: Han characters a full em, others ~0.6 em. */
function textWidth(text: string, fontPx: number): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return em * fontPx
}

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
  occupancy = {},
  places = NO_PLACES,
}: {
  index: SceneIndex
  lang: Lang
  focusZoneId: string | null
  zonesInSession: ReadonlySet<string>
  /** Live occupancy per zone: the level in words (not colour alone), e.g. "Busy 82%". */
  occupancy?: ZoneViews
  /** Buildings of the site, levels of the stacked view. */
  places?: readonly PlaceLabel[]
}) {
  const { zones, pois, kiosks } = index.scene.venue
  const compact = useThree((s) => s.size.width < COMPACT_BELOW_PX)
  const focusBooths = useMemo(() => (focusZoneId ? (index.boothsByZone.get(focusZoneId) ?? []) : []), [index, focusZoneId])
  // Each label's size on screen, estimated from its text, so that chosen labels never cover
  // one another (useLabelChoice).
  const withOccupancy = Object.keys(occupancy).length > 0
  const zoneSpots = useMemo(() => {
    // The occupancy line ("▲ Busy 100%") under the name: as wide as its longest wording.
    const occupancyW = withOccupancy ? textWidth(`▲ ${longestLevelWord(lang)} 100%`, SMALL_FONT_PX) + 30 : 0
    return zones.map((z): LabelSpot => {
      // Name, padding and border, and the "now" tag of a zone in session.
      const nowW = zonesInSession.has(z.id) ? textWidth(translate(lang, 'session.now'), SMALL_FONT_PX) + 20 : 0
      const width = (name: string): number => Math.max(textWidth(name, compact ? COMPACT_FONT_PX : ZONE_FONT_PX) + (compact ? 14 : 22) + nowW, occupancyW)
      return {
        ...spotOf(z.id, z.footprint, z.height + 1),
        w: width(z.name[lang]),
        ...(z.shortName ? { shortW: width(z.shortName[lang]) } : {}),
        h: (withOccupancy ? 44 : 26) - (compact ? 6 : 0),
      }
    })
  }, [zones, lang, withOccupancy, zonesInSession, compact])
  const boothSpots = useMemo(
    () =>
      focusBooths.map((b): LabelSpot => ({ ...spotOf(b.id, b.footprint, (b.height ?? DEFAULT_BOOTH_HEIGHT) + 0.3), w: textWidth(b.label, SMALL_FONT_PX) + 8, h: 16 })),
    [focusBooths],
  )
  const pointSpots = useMemo(
    () => [...pois, ...kiosks].map((p): LabelSpot => ({ id: p.id, x: p.position[0], y: 3.6, z: p.position[1], size: POINT_SIZE, w: 26, h: 26 })),
    [pois, kiosks],
  )
  const placeSpots = useMemo(
    () => places.map((p): LabelSpot => ({ id: p.id, x: p.position[0], y: p.position[1], z: p.position[2], size: p.size, w: textWidth(p.text, ZONE_FONT_PX) + 22, h: 26 })),
    [places],
  )
  // Places (buildings, stacked levels) first, then zones, service points and booth numbers:
  // each gives way to those before it.
  const groups = useMemo(
    () => [
      { spots: placeSpots, ...PLACE_LABELS },
      { spots: zoneSpots, ...ZONE_LABELS },
      { spots: pointSpots, ...POINT_LABELS },
      { spots: boothSpots, ...BOOTH_LABELS },
    ],
    [placeSpots, zoneSpots, pointSpots, boothSpots],
  )
  const shown = useLabelChoice(groups, focusZoneId)
  const show = (id: string): boolean => shown.has(id)
  return (
    <group name="labels">
      {places.map((p) => {
        if (!show(p.id)) return null
        const pick = p.current ? undefined : p.onPick
        return (
          // Clicked with the pointer only: keyboard users have the building picker and the level buttons.
          <Html key={p.id} position={p.position} center zIndexRange={[30, 21]} style={{ pointerEvents: pick ? 'auto' : 'none' }}>
            <div className={`place-label is-${p.kind}${p.current ? ' is-current' : ''}${pick ? ' is-pickable' : ''}`} aria-hidden="true" data-place={p.id} onClick={pick}>
              {p.text}
            </div>
          </Html>
        )
      })}
      {zones.map((z) => {
        const form = shown.get(z.id)
        if (!form) return null
        const [x, zz] = centroid(z.footprint)
        const name = form === 'short' && z.shortName ? z.shortName[lang] : z.name[lang]
        return (
          <Html key={z.id} position={[x, z.height + 1, zz]} center zIndexRange={[20, 10]} style={{ pointerEvents: 'none' }}>
            <div className={`zone-label${z.id === focusZoneId ? ' is-focus' : ''}${compact ? ' is-compact' : ''}`} aria-hidden="true" style={{ borderColor: zonePalette(z.color).theme }} data-zone={z.id} data-form={form}>
              {name}
              {zonesInSession.has(z.id) && <span className="zone-live">{translate(lang, 'session.now')}</span>}
              <OccupancyTag view={occupancy[z.id]} lang={lang} />
            </div>
          </Html>
        )
      })}
      {focusBooths.map((b) => {
        if (!show(b.id)) return null
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
      {pois.filter((p) => show(p.id)).map((p) => (
        <Html key={p.id} position={[p.position[0], 3.6, p.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label" aria-hidden="true" title={p.name[lang]} style={{ background: POI_COLORS[p.kind] }}>
            {POI_SYMBOL[p.kind]}
          </div>
        </Html>
      ))}
      {kiosks.filter((k) => show(k.id)).map((k) => (
        <Html key={k.id} position={[k.position[0], 3.6, k.position[1]]} center zIndexRange={[9, 0]} style={{ pointerEvents: 'none' }}>
          <div className="poi-label poi-kiosk" aria-hidden="true" title={`${translate(lang, 'kiosk.label')}: ${k.name[lang]}`}>
            {POI_SYMBOL.kiosk}
          </div>
        </Html>
      ))}
    </group>
  )
}

const NO_PLACES: readonly PlaceLabel[] = []

function longestLevelWord(lang: Lang): string {
  return LEVELS.map((l) => translate(lang, `live.level.${l}`)).reduce((a, b) => (textWidth(b, 1) > textWidth(a, 1) ? b : a))
}

function OccupancyTag({ view, lang }: { view: ZoneViews[string] | undefined; lang: Lang }) {
  if (!view) return null
  if (view.stale)
    return (
      <span className="zone-occupancy" data-level="stale">
        {translate(lang, 'live.level.stale')}
      </span>
    )
  return (
    <span className="zone-occupancy" data-level={view.level} style={{ borderColor: view.color }}>
      <span aria-hidden="true">{LEVEL_GLYPH[view.level]}</span> {translate(lang, `live.level.${view.level}`)} {view.percent}%
    </span>
  )
}

function spotOf(id: string, footprint: readonly (readonly [number, number])[], y: number): Omit<LabelSpot, 'w' | 'h'> {
  const [x, z] = centroid(footprint)
  const b = bbox(footprint)
  return { id, x, y, z, size: Math.hypot(b.maxX - b.minX, b.maxZ - b.minZ) }
}
