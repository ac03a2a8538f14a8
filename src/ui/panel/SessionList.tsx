import type { Session } from '../../domain/scene/schema.ts'
import { statusAt } from '../../domain/schedule/nowNext.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatSessionTime } from '../format.ts'

/** Sessions with their time in venue time and a "Now" / "Next" badge on the venue clock. */
export function SessionList({ sessions }: { sessions: readonly Session[] }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const now = useVenueStore((s) => s.now)
  const tz = useVenueStore((s) => s.index?.scene.venue.timezone ?? 'UTC')
  const allSessions = useVenueStore((s) => s.index?.scene.sessions)
  const select = useVenueStore((s) => s.select)
  if (!sessions.length) return <p className="muted">{t('panel.noSessions')}</p>
  // "Next" is judged against the whole programme, not only this list.
  const status = statusAt(allSessions ?? sessions, now, tz)
  return (
    <ul className="item-list session-list">
      {sessions.map((s) => {
        const st = status.get(s.id)
        return (
          <li key={s.id} data-status={st}>
            <button type="button" className="item-button" onClick={() => select({ kind: 'session', id: s.id })}>
              <span className="item-title">{s.title[lang]}</span>
              <span className="item-meta">
                {formatSessionTime(s.start, s.end, tz, lang)} · {t(`session.kind.${s.kind}`)}
                {st === 'now' && <span className="badge badge-now">{t('session.now')}</span>}
                {st === 'next' && <span className="badge badge-next">{t('session.next')}</span>}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
