/**
 * A public touch screen stays inside the app: no context menu, no page zoom (pinch, double-tap,
 * ctrl+wheel, ctrl +/-), no text selection or dragging, no link or window that leaves the app.
 * (The kiosk's search field brings its own keyboard: ui/kiosk/KioskSearch.tsx.) Everything is
 * undone by the returned stop.
 */
import { translate } from '../domain/i18n/messages.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

const KIOSK_VIEWPORT = 'width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1, user-scalable=no, viewport-fit=cover'
const ZOOM_KEYS = new Set(['+', '-', '=', '_', '0'])

/** Links that stay in the app: the same page, differing at most in the query or the hash. */
export function staysInApp(href: string, here: Location | URL): boolean {
  let url: URL
  try {
    url = new URL(href, here.href)
  } catch {
    return false
  }
  return url.origin === here.origin && url.pathname === here.pathname
}

export function startKioskLockdown(store: VenueStore): Stop {
  const offs: (() => void)[] = []
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, passive = false): void => {
    window.addEventListener(type, fn, { capture: true, passive })
    offs.push(() => window.removeEventListener(type, fn, { capture: true }))
  }
  const blocked = (what: string): void => {
    warn(`kiosk mode: blocked ${what}`)
    const { lang, announce } = store.getState()
    announce(translate(lang, 'kiosk.externalBlocked'))
  }

  on('contextmenu', (e) => e.preventDefault())
  on('dragstart', (e) => e.preventDefault())
  on('selectstart', (e) => {
    const t = e.target as Element | null
    if (!(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) e.preventDefault()
  })
  // Safari's pinch events; Chrome pinch arrives as ctrl+wheel on trackpads and is stopped below.
  for (const type of ['gesturestart', 'gesturechange', 'gestureend']) {
    const fn = (e: Event): void => e.preventDefault()
    window.addEventListener(type, fn, { capture: true, passive: false })
    offs.push(() => window.removeEventListener(type, fn, { capture: true }))
  }
  on('wheel', (e) => {
    if (e.ctrlKey) e.preventDefault()
  })
  on('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ZOOM_KEYS.has(e.key)) e.preventDefault()
  })
  // Two fingers on anything but the 3D view (which turns pinch into its own zoom) never zoom the page.
  on('touchmove', (e) => {
    if (e.touches.length > 1 && !(e.target as Element | null)?.closest?.('canvas')) e.preventDefault()
  })

  const onLink = (e: MouseEvent): void => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
    if (!a) return
    if (staysInApp(a.href, location) && a.target !== '_blank') return
    e.preventDefault()
    e.stopPropagation()
    blocked(`a link to ${a.href}`)
  }
  on('click', onLink)
  on('auxclick', onLink)
  on('submit', (e) => {
    const form = e.target as HTMLFormElement | null
    if (form?.action && !staysInApp(form.action, location)) {
      e.preventDefault()
      blocked(`a form posting to ${form.action}`)
    }
  })

  const originalOpen = window.open
  window.open = (url?: string | URL) => {
    blocked(`window.open(${String(url ?? '')})`)
    return null
  }
  offs.push(() => {
    window.open = originalOpen
  })

  const existing = document.querySelector<HTMLMetaElement>('meta[name="viewport"]')
  const meta = existing ?? document.createElement('meta')
  const created = !existing
  if (created) {
    meta.name = 'viewport'
    document.head.append(meta)
  }
  const previous = meta.content
  meta.content = KIOSK_VIEWPORT
  offs.push(() => {
    if (created) meta.remove()
    else meta.content = previous
  })

  return () => offs.splice(0).forEach((off) => off())
}
