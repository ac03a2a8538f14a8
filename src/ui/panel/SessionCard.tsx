import { kindOfId } from '../../domain/scene/sceneIndex.ts'
import { statusAt } from '../../domain/schedule/nowNext.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatSessionTime, localTimeIfDifferent } from '../format.ts'
import { DeepLinkQr } from '../kiosk/DeepLinkQr.tsx'
import { AttendanceFacts } from '../live/AttendanceFacts.tsx'
import { StarButton } from '../find/StarButton.tsx'
import { DirectionsButton } from '../route/DirectionsButton.tsx'

export function SessionCard({ sessionId }: { sessionId: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const now = useVenueStore((s) => s.now)
  const select = useVenueStore((s) => s.select)
  const s = index?.sessionById.get(sessionId)
  if (!index || !s) return null
  const tz = index.scene.venue.timezone
  const status = statusAt(index.scene.sessions, now, tz).get(s.id)
  const local = localTimeIfDifferent(s.start, tz, lang)
  const locKind = kindOfId(index, s.locationId)
  const locName =
    index.zoneById.get(s.locationId)?.name[lang] ??
    index.poiById.get(s.locationId)?.name[lang] ??
    index.kioskById.get(s.locationId)?.name[lang] ??
    (index.boothById.get(s.locationId) ? t('panel.booth', { label: index.boothById.get(s.locationId)!.label }) : s.locationId)
  return (
    <article className="details session-card" aria-labelledby={`se-${s.id}`}>
      <p className="kind-tag">
        {t(`session.kind.${s.kind}`)}
        {status === 'now' && <span className="badge badge-now">{t('session.now')}</span>}
        {status === 'next' && <span className="badge badge-next">{t('session.next')}</span>}
        {status === 'past' && <span className="badge">{t('session.past')}</span>}
      </p>
      <h2 className="panel-title" id={`se-${s.id}`} tabIndex={-1}>
        {s.title[lang]}
      </h2>
      <DirectionsButton targetId={s.id} />
      <StarButton kind="session" id={s.id} name={s.title[lang]} />
      <dl className="facts">
        <dt>{t('panel.time')}</dt>
        <dd>
          {formatSessionTime(s.start, s.end, tz, lang)} ({t('session.venueTime')})
          {local && <span className="muted"> · {t('session.yourTime', { time: local })}</span>}
        </dd>
        <dt>{t('panel.location')}</dt>
        <dd>
          {locKind === 'zone' || locKind === 'booth' ? (
            <button type="button" className="link-button" onClick={() => select({ kind: locKind, id: s.locationId })}>
              {locName}
            </button>
          ) : (
            locName
          )}
        </dd>
        <AttendanceFacts sessionId={s.id} />
        {s.speakers.length > 0 && (
          <>
            <dt>{t('panel.speakers')}</dt>
            <dd>
              <ul className="speakers">
                {s.speakers.map((p, i) => (
                  <li key={i}>
                    {p.name[lang]}
                    {p.affiliation && <span className="muted"> · {p.affiliation[lang]}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="summary">{s.summary[lang]}</p>
      <DeepLinkQr target={{ kind: 'selection', selection: { kind: 'session', id: s.id } }} />
    </article>
  )
}
