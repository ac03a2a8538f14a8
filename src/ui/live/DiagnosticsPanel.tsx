import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { totalDropped } from '../../domain/live/liveState.ts'
import { DROP_REASONS } from '../../domain/live/liveMessages.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatAge, venueClockTime } from './liveFormat.ts'
import { useVenueNow } from './useVenueNow.ts'

/**
 * What the feed is doing, for operators and testers: source, connection, counts (received,
 * merged, dropped by reason), the last message and the last drop. Untrusted topic text is
 * shown as text. A non-modal dialog: Escape or the close button return to the indicator.
 */
export function DiagnosticsPanel({ onClose }: { onClose: () => void }) {
  const t = useT()
  const source = useVenueStore((s) => s.liveSource)
  const url = useVenueStore((s) => s.liveUrl)
  const connection = useVenueStore((s) => s.liveConnection)
  const live = useVenueStore((s) => s.live)
  const timeZone = useVenueStore((s) => s.index?.scene.venue.timezone ?? 'UTC')
  const now = useVenueNow()
  const rate = useMessageRate()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape') return
    // Handled here: the app-wide Escape ("back one level") must not also fire.
    e.preventDefault()
    e.stopPropagation()
    onClose()
  }
  const when = (at: number | null): string => (at === null ? t('live.diag.none') : `${venueClockTime(at, timeZone)} (${formatAge(now - at, t)})`)
  return (
    <div className="live-diagnostics" id="live-diagnostics" role="dialog" aria-labelledby="live-diagnostics-title" onKeyDown={onKey}>
      <div className="live-diagnostics-bar">
        <h2 id="live-diagnostics-title" tabIndex={-1} ref={heading}>
          {t('live.diag.title')}
        </h2>
        <button type="button" className="panel-close" aria-label={t('live.diag.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="live-facts">
        <dt>{t('live.diag.source')}</dt>
        <dd data-testid="live-source">
          {t(`live.diag.source.${source}`)}
          {url && <span className="live-url"> {url}</span>}
        </dd>
        <dt>{t('live.diag.connection')}</dt>
        <dd data-testid="live-connection">{t(`live.conn.${connection}`)}</dd>
        <dt>{t('live.diag.received')}</dt>
        <dd data-testid="live-received">{live.received}</dd>
        <dt>{t('live.diag.rate')}</dt>
        <dd data-testid="live-rate">{rate === null ? t('live.diag.none') : rate}</dd>
        <dt>{t('live.diag.coalesced')}</dt>
        <dd data-testid="live-coalesced">{live.coalesced}</dd>
        <dt>{t('live.diag.dropped')}</dt>
        <dd data-testid="live-dropped">{totalDropped(live.dropped)}</dd>
      </dl>
      <ul className="live-drops" aria-label={t('live.diag.dropped')}>
        {DROP_REASONS.map((r) => (
          <li key={r} data-reason={r}>
            <span>{t(`live.drop.${r}`)}</span> <span className="live-count" data-testid={`live-drop-${r}`}>{live.dropped[r]}</span>
          </li>
        ))}
      </ul>
      <dl className="live-facts">
        <dt>{t('live.diag.lastMessage')}</dt>
        <dd data-testid="live-last-message">
          {when(live.lastMessageAt)}
          {live.lastTopic && <code className="live-topic">{live.lastTopic}</code>}
        </dd>
        <dt>{t('live.diag.lastDrop')}</dt>
        <dd data-testid="live-last-drop">
          {live.lastDrop ? (
            <>
              {t(`live.drop.${live.lastDrop.reason}`)} · {when(live.lastDrop.at)}
              <code className="live-topic">{live.lastDrop.topic}</code>
              <span className="muted">{live.lastDrop.detail}</span>
            </>
          ) : (
            t('live.diag.none')
          )}
        </dd>
      </dl>
      <p className="muted live-rule">{t('live.diag.staleRule')}</p>
    </div>
  )
}

/** Messages per second over the last few seconds of real time (the venue clock may be pinned). */
function useMessageRate(): number | null {
  const [rate, setRate] = useState<number | null>(null)
  useEffect(() => {
    const samples: { at: number; n: number }[] = []
    const sample = (): void => {
      const at = performance.now()
      samples.push({ at, n: useVenueStore.getState().live.received })
      while (samples.length > 6) samples.shift()
      const first = samples[0]!
      if (samples.length > 1) setRate(Math.round(((samples[samples.length - 1]!.n - first.n) * 1000) / (at - first.at)))
    }
    sample()
    const id = setInterval(sample, 1000)
    return () => clearInterval(id)
  }, [])
  return rate
}
