import { isEntryStale } from '../../domain/live/liveState.ts'
import { selectSessionLive } from '../../state/liveSelectors.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { useVenueNow } from './useVenueNow.ts'

/** Seats taken and the queue at the door, as rows of a session card's facts list. */
export function AttendanceFacts({ sessionId }: { sessionId: string }) {
  const t = useT()
  const a = useVenueStore(selectSessionLive(sessionId))
  const now = useVenueNow()
  if (!a) return null
  const stale = isEntryStale(a, now)
  return (
    <>
      <dt>{t('live.attendance')}</dt>
      <dd className="live-attendance" data-testid="session-attendance" data-stale={stale || undefined}>
        {t('live.seated', { seated: a.seated, capacity: a.capacity })} · {a.queue > 0 ? t('live.queue', { queue: a.queue }) : t('live.queueNone')}
        {stale && <span className="muted"> ({t('live.level.stale')})</span>}
      </dd>
    </>
  )
}
