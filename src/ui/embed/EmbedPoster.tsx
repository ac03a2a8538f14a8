import { bbox } from '../../domain/geometry/measure.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/**
 * Embed mode's light poster until the 3D view has drawn: a flat plan of the pavilions and
 * their names (already selectable), so a host page never shows an empty box.
 */
export function EmbedPoster() {
  const t = useT()
  const show = useVenueStore((s) => s.mode === 'embed' && !s.firstFrame && s.webgl !== 'unavailable')
  const index = useVenueStore((s) => s.index)
  const lang = useVenueStore((s) => s.lang)
  const select = useVenueStore((s) => s.select)
  if (!show || !index) return null
  const { venue } = index.scene
  const b = bbox(venue.hall.footprint)
  const points = (poly: readonly (readonly [number, number])[]): string => poly.map(([x, z]) => `${x},${z}`).join(' ')
  return (
    <div className="embed-poster" data-testid="embed-poster">
      {/* North (−z) is up, as in the 3D overview. */}
      <svg className="embed-poster-plan" viewBox={`${b.minX} ${b.minZ} ${b.maxX - b.minX} ${b.maxZ - b.minZ}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
        <polygon points={points(venue.hall.footprint)} className="embed-poster-hall" />
        {venue.zones.map((z) => (
          <polygon key={z.id} points={points(z.footprint)} style={{ fill: z.color }} className="embed-poster-zone" />
        ))}
      </svg>
      <div className="embed-poster-card">
        <p className="embed-poster-title">{venue.name[lang]}</p>
        <p className="embed-poster-loading" role="status">
          <span className="embed-poster-spinner" aria-hidden="true" />
          {t('embed.loading3d')}
        </p>
        <p className="embed-poster-hint">{t('embed.posterHint')}</p>
        <ul className="embed-poster-zones">
          {venue.zones.map((z) => (
            <li key={z.id}>
              <button type="button" style={{ borderLeftColor: z.color }} onClick={() => select({ kind: 'zone', id: z.id })}>
                {z.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
