import { useEffect, useRef, useState } from 'react'
import type { MessageKey } from '../../domain/i18n/messages.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { APP_VERSION } from './appVersion.ts'

function formatUptime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${h}:${pad(m)}:${pad(s % 60)}`
}

/** What the operator needs to know about this kiosk, and a way to reload it. */
export function OperatorPanel({ onClose }: { onClose: () => void }) {
  const t = useT()
  const sceneId = useVenueStore((s) => s.sceneId)
  const kioskId = useVenueStore((s) => s.kioskId)
  const startedAt = useVenueStore((s) => s.startedAt)
  const idleSeconds = useVenueStore((s) => s.idleSeconds)
  const lastError = useVenueStore((s) => s.lastError)
  const firstError = useVenueStore((s) => s.firstError)
  const restarts = useVenueStore((s) => s.restarts)
  const swStatus = useVenueStore((s) => s.swStatus)
  const updateWaiting = useVenueStore((s) => s.updateWaiting)
  const [now, setNow] = useState(() => Date.now())
  const dialog = useRef<HTMLDivElement>(null)
  useEffect(() => {
    dialog.current?.focus()
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])

  const reload = (): void => {
    const s = useVenueStore.getState()
    // A waiting version takes over on the way (the service-worker edge reloads).
    if (s.updateWaiting) s.requestUpdate()
    else location.reload()
  }
  const row = (label: MessageKey, value: string, testId?: string) => (
    <>
      <dt>{t(label)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  )
  const sw = `${t(`kiosk.op.sw.${swStatus}`)}${updateWaiting ? ` · ${t('kiosk.op.sw.updateWaiting')}` : ''}`

  return (
    <div className="kiosk-modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="operator-title"
        tabIndex={-1}
        className="operator-panel"
        data-testid="operator-panel"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose()
        }}
      >
        <h2 id="operator-title">{t('kiosk.op.title')}</h2>
        <dl className="facts">
          {row('kiosk.op.version', APP_VERSION, 'op-version')}
          {row('kiosk.op.scene', sceneId, 'op-scene')}
          {row('kiosk.op.kiosk', kioskId ?? '—', 'op-kiosk')}
          {row('kiosk.op.uptime', formatUptime(now - startedAt), 'op-uptime')}
          {row('kiosk.op.idle', t('kiosk.op.seconds', { n: idleSeconds }))}
          {row('kiosk.op.sw', sw, 'op-sw')}
          {row('kiosk.op.firstError', firstError ? `${new Date(firstError.at).toLocaleTimeString()} · ${firstError.message}` : t('kiosk.op.none'), 'op-first-error')}
          {row('kiosk.op.lastError', lastError ? `${new Date(lastError.at).toLocaleTimeString()} · ${lastError.message}` : t('kiosk.op.none'), 'op-error')}
          {row('kiosk.op.restarts', String(restarts), 'op-restarts')}
        </dl>
        <div className="operator-actions">
          <button type="button" className="kiosk-primary" onClick={reload}>
            {t('kiosk.op.reload')}
          </button>
          <button type="button" className="kiosk-secondary" onClick={onClose}>
            {t('kiosk.op.close')}
          </button>
        </div>
      </div>
    </div>
  )
}
