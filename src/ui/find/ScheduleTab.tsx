import { useMemo, useState, type KeyboardEvent } from 'react'
import { dayKey, statusAt } from '../../domain/schedule/nowNext.ts'
import { defaultDay, groupByLocation, programmeDays, sessionsOnDay } from '../../domain/schedule/programme.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatClock, formatVenueDay, localTimeIfDifferent } from '../format.ts'
import { StarButton } from './StarButton.tsx'


/**
 * The programme, one venue day at a time, grouped by place, in venue time; the visitor's own
 * time beside it when their device is in another zone. "Now" and "Next" follow the venue
 * clock (`?now=` pins it). Choosing a session opens its card and frames its place in 3D.
 */
export function ScheduleTab() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const now = useVenueStore((s) => s.now)
  const selection = useVenueStore((s) => s.selection)
  const select = useVenueStore((s) => s.select)
  const tz = index?.scene.venue.timezone ?? 'UTC'
  const days = useMemo(() => (index ? programmeDays(index) : []), [index])
  const [picked, setPicked] = useState<string | null>(null)
  const day = picked && days.includes(picked) ? picked : defaultDay(days, now, tz)
  const status = useMemo(() => (index ? statusAt(index.scene.sessions, now, tz) : new Map()), [index, now, tz])
  const groups = useMemo(() => (index && day ? groupByLocation(index, sessionsOnDay(index.scene.sessions, day, tz)) : []), [index, day, tz])
  if (!index || !day) return null

  const nowCount = [...status.values()].filter((v) => v === 'now').length

  const onDayKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = days.indexOf(day)
    let next = -1
    if (e.key === 'ArrowRight') next = (i + 1) % days.length
    else if (e.key === 'ArrowLeft') next = (i - 1 + days.length) % days.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = days.length - 1
    if (next < 0) return
    e.preventDefault()
    setPicked(days[next]!)
    document.getElementById(`day-${days[next]}`)?.focus()
  }

  return (
    <section className="schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title" className="find-title">
        {t('find.sched.title')}
      </h2>
      <div role="tablist" aria-label={t('find.sched.days')} className="day-tabs" onKeyDown={onDayKey}>
        {days.map((d) => (
          <button
            key={d}
            id={`day-${d}`}
            type="button"
            role="tab"
            aria-selected={d === day}
            aria-controls="schedule-day"
            tabIndex={d === day ? 0 : -1}
            onClick={() => setPicked(d)}
          >
            {formatVenueDay(d, lang)}
            {d === dayKey(now, tz) && nowCount > 0 && <span className="badge badge-now">{t('session.now')}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="schedule-day" aria-labelledby={`day-${day}`} className="schedule-day">
        <p className="muted schedule-note">{t('find.sched.venueTime', { zone: tz })}</p>
        {groups.length === 0 && <p className="muted">{t('find.sched.none')}</p>}
        {groups.map((g) => (
          <section key={g.locationId} className="schedule-place" aria-labelledby={`place-${g.locationId}`}>
            <h3 id={`place-${g.locationId}`}>{g.name?.[lang] ?? g.locationId}</h3>
            <ul className="item-list">
              {g.sessions.map((s) => {
                const st = status.get(s.id)
                const start = Date.parse(s.start)
                const end = Date.parse(s.end)
                const local = localTimeIfDifferent(s.start, tz, lang)
                return (
                  <li key={s.id} className="find-row" data-status={st} data-session={s.id}>
                    <button
                      type="button"
                      className="item-button"
                      aria-current={selection?.kind === 'session' && selection.id === s.id ? 'true' : undefined}
                      onClick={() => select({ kind: 'session', id: s.id })}
                    >
                      <span className="item-meta">
                        <time dateTime={s.start}>
                          {formatClock(start, tz, lang)}–{formatClock(end, tz, lang)}
                        </time>
                        {local && <span>({t('find.sched.yourTime', { time: local })})</span>}
                        {st === 'now' && <span className="badge badge-now">{t('session.now')}</span>}
                        {st === 'next' && <span className="badge badge-next">{t('session.next')}</span>}
                        {st === 'past' && <span className="badge">{t('session.past')}</span>}
                      </span>
                      <span className="item-title">{s.title[lang]}</span>
                    </button>
                    <StarButton kind="session" id={s.id} name={s.title[lang]} compact />
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
