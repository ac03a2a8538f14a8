import { LEVEL_GLYPH, STALE_COLOR, textOn } from '../../domain/live/levels.ts'
import { formatMinute, venueWallClock } from '../../domain/live/venueTime.ts'
import { selectZoneView } from '../../state/liveSelectors.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatAge } from './liveFormat.ts'
import { useVenueNow } from './useVenueNow.ts'

/** A zone's occupancy in the panel: level badge (glyph + word + colour), head count and share. */
export function OccupancyBadge({ zoneId }: { zoneId: string }) {
  const t = useT()
  const view = useVenueStore(selectZoneView(zoneId))
  const source = useVenueStore((s) => s.liveSource)
  const replay = useVenueStore((s) => s.replay)
  const receivedAt = useVenueStore((s) => s.live.zones[zoneId]?.receivedAt ?? null)
  const timeZone = useVenueStore((s) => s.index?.scene.venue.timezone ?? 'UTC')
  const now = useVenueNow()
  if (source === 'off' && !replay) return null
  const bg = view ? (view.stale ? STALE_COLOR : view.color) : STALE_COLOR
  return (
    <section className="live-occupancy" aria-labelledby={`occupancy-${zoneId}`}>
      <h3 id={`occupancy-${zoneId}`}>{t('live.occupancy')}</h3>
      {view ? (
        <p className="live-occupancy-line">
          <span className="badge live-badge" data-level={view.stale ? 'stale' : view.level} style={{ background: bg, color: textOn(bg) }}>
            {view.stale ? (
              t('live.level.stale')
            ) : (
              <>
                <span aria-hidden="true">{LEVEL_GLYPH[view.level]}</span> {t(`live.level.${view.level}`)}
              </>
            )}
          </span>{' '}
          <span className="live-count" data-testid="zone-occupancy">
            {t('live.occupancyValue', { count: view.count, capacity: view.capacity, percent: view.percent })}
          </span>
        </p>
      ) : (
        <p className="muted">{t('live.occupancyNone')}</p>
      )}
      {view?.stale && receivedAt !== null && <p className="muted">{t('live.occupancyStale', { age: formatAge(now - receivedAt, t) })}</p>}
      {replay && <p className="muted">{t('live.occupancyReplay', { time: formatMinute(venueWallClock(replay.at, timeZone).minute) })}</p>}
    </section>
  )
}
