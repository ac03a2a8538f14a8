import { buildCalendar } from '../../domain/ics/ics.ts'
import { sessionEvents } from '../../domain/ics/sessionEvents.ts'
import { locationName } from '../../domain/schedule/programme.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { countryName, formatSessionTime } from '../format.ts'
import { downloadText } from './download.ts'
import { StarButton } from './StarButton.tsx'

/** Downloads the starred sessions as `<scene>-my-visit.ics`, stamped with the real clock. */
function exportCalendar(t: ReturnType<typeof useT>): void {
  const { index, visit, lang, announce } = useVenueStore.getState()
  if (!index) return
  const sceneId = index.scene.venue.id
  const events = sessionEvents(index, visit.sessions, lang)
  const text = buildCalendar(events, {
    sceneId,
    name: t('find.visit.calendarName', { venue: index.scene.venue.name[lang] }),
    timeZone: index.scene.venue.timezone,
    lang,
    now: Date.now(),
  })
  downloadText(`${sceneId}-my-visit.ics`, text, 'text/calendar;charset=utf-8')
  announce(t('find.visit.exported', { count: events.length }))
}

/**
 * "My visit": the starred exhibitors and sessions (kept on this device), shown together in
 * 3D on request, and the sessions exported as a calendar file.
 */
export function VisitTab() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const plan = useVenueStore((s) => s.visit)
  const shown = useVenueStore((s) => s.visitShown)
  const litCount = useVenueStore((s) => (s.litBy === 'visit' ? (s.litBoothIds?.length ?? 0) : null))
  const { select, setVisitShown } = useVenueStore.getState()
  if (!index) return null
  const tz = index.scene.venue.timezone
  const exhibitors = plan.exhibitors.map((id) => index.exhibitorById.get(id)).filter((e) => e !== undefined)
  const sessions = plan.sessions
    .map((id) => index.sessionById.get(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const empty = exhibitors.length === 0 && sessions.length === 0

  return (
    <section className="visit" aria-labelledby="visit-title">
      <h2 id="visit-title" className="find-title">
        {t('find.visit.title')}
      </h2>
      {empty ? (
        <p className="muted">{t('find.visit.empty')}</p>
      ) : (
        <>
          <div className="visit-actions">
            <button type="button" className="action-button" aria-pressed={shown} onClick={() => setVisitShown(!shown)}>
              {t('find.visit.show')}
            </button>
            <button type="button" className="action-button" disabled={sessions.length === 0} aria-describedby={sessions.length ? undefined : 'visit-export-hint'} onClick={() => exportCalendar(t)}>
              {t('find.visit.export')}
            </button>
          </div>
          {sessions.length === 0 && (
            <p id="visit-export-hint" className="muted">
              {t('find.visit.exportHint')}
            </p>
          )}
          {litCount !== null && (
            <p role="status" className="muted" data-testid="visit-lit">
              {t('find.visit.lit', { count: litCount })}
            </p>
          )}
        </>
      )}
      {exhibitors.length > 0 && (
        <section aria-labelledby="visit-exhibitors">
          <h3 id="visit-exhibitors">{t('find.visit.exhibitors', { count: exhibitors.length })}</h3>
          <ul className="item-list">
            {exhibitors.map((e) => (
              <li key={e.id} className="find-row">
                <button type="button" className="item-button" onClick={() => select({ kind: 'exhibitor', id: e.id })}>
                  <span className="item-title">{e.name[lang]}</span>
                  <span className="item-meta">
                    {t('panel.booth', { label: e.boothIds.map((b) => index.boothById.get(b)?.label).filter(Boolean).join(', ') })} · {countryName(e.country, lang)}
                  </span>
                </button>
                <StarButton kind="exhibitor" id={e.id} name={e.name[lang]} compact />
              </li>
            ))}
          </ul>
        </section>
      )}
      {sessions.length > 0 && (
        <section aria-labelledby="visit-sessions">
          <h3 id="visit-sessions">{t('find.visit.sessions', { count: sessions.length })}</h3>
          <ul className="item-list">
            {sessions.map((s) => (
              <li key={s.id} className="find-row">
                <button type="button" className="item-button" onClick={() => select({ kind: 'session', id: s.id })}>
                  <span className="item-title">{s.title[lang]}</span>
                  <span className="item-meta">
                    {formatSessionTime(s.start, s.end, tz, lang)} · {locationName(index, s.locationId)?.[lang] ?? s.locationId}
                  </span>
                </button>
                <StarButton kind="session" id={s.id} name={s.title[lang]} compact />
              </li>
            ))}
          </ul>
        </section>
      )}
      {!empty && <p className="muted visit-saved">{t('find.visit.saved')}</p>}
    </section>
  )
}
