import { memo, useState } from 'react'
import type { Alert } from '../../domain/ops/alerts.ts'
import { useOpsStore } from '../../state/opsStore.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatVenueTime } from './opsFormat.ts'

/**
 * Today's alerts, newest first, open ones on top: level, zone, peak and line, when raised and
 * cleared, and who acknowledged or resolved it. The operator's name goes with every action.
 * Memoised: the screen re-renders with every live update (4×/s), the alerts change far less.
 */
export const AlertList = memo(function AlertList({ names, timeZone }: { names: Readonly<Record<string, string>>; timeZone: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const alerts = useOpsStore((s) => s.alerts)
  const operator = useOpsStore((s) => s.operator)
  const setOperator = useOpsStore((s) => s.setOperator)
  const error = useOpsStore((s) => s.actionError)
  const perform = useOpsStore((s) => s.act)
  const [needName, setNeedName] = useState(false)
  const time = (ms: number): string => formatVenueTime(ms, lang, timeZone)
  const sorted = [...alerts].sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.raisedAt - a.raisedAt)

  const act = (a: Alert, action: 'acknowledge' | 'resolve'): void => {
    if (!operator.trim()) {
      setNeedName(true)
      document.getElementById('ops-operator')?.focus()
      return
    }
    setNeedName(false)
    void perform?.(a.id, action)
  }

  return (
    <section className="ops-panel ops-alerts" data-ops-panel="alerts" aria-labelledby="ops-alerts-title">
      <h2 id="ops-alerts-title">{t('ops.alerts.title')}</h2>
      <label className="ops-operator">
        <span>{t('ops.alerts.operator')}</span>
        <input id="ops-operator" value={operator} maxLength={80} autoComplete="name" onChange={(e) => setOperator(e.target.value)} aria-invalid={needName || undefined} />
      </label>
      <p role="alert" className="ops-alert-error">
        {needName ? t('ops.alerts.needName') : error ? t('ops.alerts.failed', { error }) : ''}
      </p>
      {sorted.length === 0 ? (
        <p className="muted">{t('ops.alerts.none')}</p>
      ) : (
        <ul className="ops-alert-list" tabIndex={0} aria-labelledby="ops-alerts-title">
          {sorted.map((a) => {
            const zone = names[a.zone] ?? a.zone
            return (
              <li key={a.id} className="ops-alert" data-level={a.level} data-status={a.status} data-alert-id={a.id}>
                <p className="ops-alert-head">
                  <span className="ops-alert-level">{t('ops.alerts.level', { level: a.level })}</span>{' '}
                  {t('ops.alerts.line', { zone, percent: Math.round(a.peakPercent), threshold: a.threshold })}
                </p>
                <p className="ops-alert-meta">
                  {t('ops.alerts.raised', { time: time(a.raisedAt) })}
                  {a.clearedAt !== null && <> · {t('ops.alerts.cleared', { time: time(a.clearedAt) })}</>}
                </p>
                <p className="ops-alert-status">
                  {a.status === 'open'
                    ? t('ops.alerts.status.open')
                    : a.status === 'acknowledged'
                      ? t('ops.alerts.status.acknowledged', { who: a.acknowledgedBy ?? '', time: a.acknowledgedAt ? time(a.acknowledgedAt) : '' })
                      : t('ops.alerts.status.resolved', { who: a.resolvedBy ?? '', time: a.resolvedAt ? time(a.resolvedAt) : '' })}
                </p>
                {a.status !== 'resolved' && (
                  <p className="ops-alert-actions">
                    {a.status === 'open' && (
                      <button type="button" onClick={() => act(a, 'acknowledge')} aria-label={t('ops.alerts.acknowledgeLabel', { zone, level: a.level })}>
                        {t('ops.alerts.acknowledge')}
                      </button>
                    )}
                    <button type="button" onClick={() => act(a, 'resolve')} aria-label={t('ops.alerts.resolveLabel', { zone, level: a.level })}>
                      {t('ops.alerts.resolve')}
                    </button>
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
})
