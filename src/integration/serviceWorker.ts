/**
 * The offline cache (vite-plugin-pwa / Workbox, `registerType: 'prompt'`): registered in every
 * mode, after the hall has been drawn so it never competes with the first visit. A new version
 * installs in the background and waits; it takes over only when asked (`requestUpdate`): by the
 * kiosk at its idle reset, by an explorer visitor from the "Update available" notice. Once it is
 * ready, a kiosk also fetches its scene's look files into it (offlineLooks.ts).
 */
import { Workbox } from 'workbox-window'
import { firstViewSettled } from '../state/afterFirstView.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

type SwEvent = 'waiting' | 'controlling' | 'activated'
type SwListener = (e: { isUpdate?: boolean }) => void

/** What this edge needs of workbox-window's Workbox (a seam for tests). */
export interface SwClient {
  register(): Promise<ServiceWorkerRegistration | undefined>
  update(): Promise<void>
  messageSkipWaiting(): void
  addEventListener(type: SwEvent, cb: SwListener): void
  removeEventListener(type: SwEvent, cb: SwListener): void
}

export interface ServiceWorkerOptions {
  /** Look for a new version this often (a kiosk page lives all day); 0 = only on navigation. */
  checkEveryMs?: number
  /** Tests inject a fake; the default is the real Workbox for `<base>sw.js`. */
  client?: () => SwClient
  reload?: () => void
  enabled?: boolean
}

/** If the new worker never reports taking control, reload anyway after this long. */
const TAKEOVER_TIMEOUT_MS = 5000

export function startServiceWorker(store: VenueStore, opts: ServiceWorkerOptions = {}): Stop {
  const enabled = opts.enabled ?? (!import.meta.env.DEV && typeof navigator !== 'undefined' && 'serviceWorker' in navigator)
  if (!enabled) {
    store.getState().setSwStatus('unsupported')
    return () => undefined
  }
  const reload = opts.reload ?? (() => location.reload())
  const base = import.meta.env.BASE_URL
  const wb: SwClient = opts.client?.() ?? (new Workbox(`${base}sw.js`, { scope: base }) as unknown as SwClient)
  let stopped = false
  let switching = false
  let interval: ReturnType<typeof setInterval> | null = null
  let fallback: ReturnType<typeof setTimeout> | null = null
  let stopLooks: Stop | null = null
  let looksStarted = false
  const ready = (): void => {
    store.getState().setSwStatus('ready')
    if (looksStarted || store.getState().mode !== 'kiosk') return
    looksStarted = true
    void import('./offlineLooks.ts').then((m) => {
      if (!stopped) stopLooks = m.startOfflineLooks(store)
    })
  }

  const onWaiting: SwListener = () => store.getState().setUpdateWaiting(true)
  const onControlling: SwListener = () => {
    if (switching) reload()
  }
  const onActivated: SwListener = (e) => {
    if (!e.isUpdate) ready()
  }
  wb.addEventListener('waiting', onWaiting)
  wb.addEventListener('controlling', onControlling)
  wb.addEventListener('activated', onActivated)

  const register = (): void => {
    if (stopped) return
    store.getState().setSwStatus('installing')
    wb.register().then(
      (reg) => {
        if (stopped) return
        if (reg?.active) ready()
        if (reg?.waiting && reg.active) store.getState().setUpdateWaiting(true)
        if (opts.checkEveryMs) interval = setInterval(() => void wb.update().catch(() => undefined), opts.checkEveryMs)
      },
      (e: unknown) => {
        console.warn('[venue-twin] offline cache unavailable', e)
        store.getState().setSwStatus('error')
      },
    )
  }

  // After the first frame (or once there will be none): the visitor's first view comes first.
  let offSettled: (() => void) | null = null
  if (firstViewSettled(store.getState())) register()
  else
    offSettled = store.subscribe(firstViewSettled, (ok) => {
      if (!ok) return
      offSettled?.()
      offSettled = null
      register()
    })

  const offRequest = store.subscribe(
    (s) => s.updateRequestNonce,
    () => {
      if (switching) return
      if (!store.getState().updateWaiting) {
        reload()
        return
      }
      switching = true
      wb.messageSkipWaiting()
      fallback = setTimeout(reload, TAKEOVER_TIMEOUT_MS)
    },
  )

  return () => {
    stopped = true
    stopLooks?.()
    offSettled?.()
    offRequest()
    if (interval) clearInterval(interval)
    if (fallback) clearTimeout(fallback)
    wb.removeEventListener('waiting', onWaiting)
    wb.removeEventListener('controlling', onControlling)
    wb.removeEventListener('activated', onActivated)
  }
}
