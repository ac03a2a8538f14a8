import { useEffect, useRef, useState } from 'react'
import { failureText, type FailureKey } from '../../domain/i18n/messages/failure.ts'
import { nextRecovery, parseRecoveryRecord, RECOVERY_STORAGE_KEY, recoveryDelaySeconds, type RecoveryRecord } from '../../domain/kiosk/recovery.ts'
import { useVenueStore } from '../../state/store.ts'

/** This page's recovery: counted once however often the screen mounts (StrictMode, a re-render). */
let thisPage: RecoveryRecord | null = null

/** The run of restarts this recovery belongs to, recorded in session storage so the next page knows. */
export function recoveryForThisPage(message: string, now = Date.now()): RecoveryRecord {
  if (thisPage) return thisPage
  let stored: string | null = null
  try {
    stored = sessionStorage.getItem(RECOVERY_STORAGE_KEY)
  } catch {
    // Storage blocked: every recovery is a first one (5 s), as before.
  }
  thisPage = nextRecovery(parseRecoveryRecord(stored), message, now)
  try {
    sessionStorage.setItem(RECOVERY_STORAGE_KEY, JSON.stringify(thisPage))
  } catch {
    // Full or blocked: the wait just does not grow.
  }
  return thisPage
}

/** Tests: a new page. */
export function forgetRecoveryForThisPage(): void {
  thisPage = null
}

/**
 * A kiosk never stays on an error: an apology, a countdown, then a fresh start (from the offline
 * cache if the network is gone). The wait doubles while the problem keeps coming back (5 s …
 * 5 min, domain/kiosk/recovery.ts); the error is kept for the operator panel of the next run. Its
 * strings come with it, so it speaks even when the language's table is what failed to load.
 */
export function KioskRecovery({ message, seconds: fixed, restart = () => location.reload() }: { message: string; seconds?: number; restart?: () => void }) {
  const lang = useVenueStore((s) => s.lang)
  const t = (k: FailureKey, v?: Record<string, string | number>) => failureText(lang, k, v)
  const [seconds] = useState(() => fixed ?? recoveryDelaySeconds(recoveryForThisPage(message).attempt))
  const [left, setLeft] = useState(seconds)
  const restartRef = useRef(restart)
  useEffect(() => {
    restartRef.current = restart
  })
  useEffect(() => {
    useVenueStore.getState().reportError(message)
    console.error(`[venue-twin] kiosk restarting after: ${message}`)
  }, [message])
  useEffect(() => {
    const started = Date.now()
    const id = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000))
      setLeft(remaining)
      if (remaining === 0) {
        clearInterval(id)
        restartRef.current()
      }
    }, 250)
    return () => clearInterval(id)
  }, [seconds])
  return (
    <main className="kiosk-recovery" role="alert" aria-labelledby="recovery-title" data-testid="kiosk-recovery">
      <h1 id="recovery-title">{t('kiosk.recover.title')}</h1>
      <p className="kiosk-recovery-count">{t('kiosk.recover.body', { seconds: left })}</p>
      <button type="button" className="kiosk-primary" onClick={() => restartRef.current()}>
        {t('kiosk.recover.now')}
      </button>
    </main>
  )
}
