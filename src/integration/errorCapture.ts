/**
 * Keeps the last uncaught error for the kiosk operator panel: on a screen nobody watches, the
 * console is not where anyone will look. It survives the kiosk's own recovery reload (session
 * storage), so the operator still sees what made it restart.
 */
import { parseRecoveryRecord, RECOVERY_STORAGE_KEY } from '../domain/kiosk/recovery.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

const STORAGE_KEY = 'venue-twin:last-error'

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`
  if (typeof reason === 'string') return reason
  try {
    return JSON.stringify(reason) ?? String(reason)
  } catch {
    return String(reason)
  }
}

function restore(store: VenueStore): void {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    const v = raw ? (JSON.parse(raw) as unknown) : null
    if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string' && typeof (v as { at?: unknown }).at === 'number')
      store.setState({ lastError: { message: (v as { message: string }).message.slice(0, 500), at: (v as { at: number }).at } })
  } catch {
    // Storage blocked or the entry is garbage: nothing to show, nothing to break.
  }
  try {
    // The kiosk restarted itself: what began the run of restarts, and how many there were.
    const run = parseRecoveryRecord(sessionStorage.getItem(RECOVERY_STORAGE_KEY))
    if (run) store.setState({ firstError: run.first, restarts: run.attempt })
  } catch {
    // As above.
  }
}

export function startErrorCapture(store: VenueStore): Stop {
  restore(store)
  const offPersist = store.subscribe(
    (s) => s.lastError,
    (e) => {
      try {
        if (e) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(e))
      } catch {
        // Storage full or blocked: the in-memory copy still serves the operator panel.
      }
    },
  )
  const onError = (e: ErrorEvent): void => {
    // Resource load failures (img, script) arrive here without a message; they are not crashes.
    if (!e.message && !e.error) return
    const where = e.filename ? ` (${e.filename.split('/').pop()}:${e.lineno})` : ''
    store.getState().reportError(`${e.error ? describe(e.error) : e.message}${where}`)
  }
  const onRejection = (e: PromiseRejectionEvent): void => store.getState().reportError(`Unhandled rejection: ${describe(e.reason)}`)
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  return () => {
    offPersist()
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
  }
}
