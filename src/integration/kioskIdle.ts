/**
 * The unattended kiosk: after `idleSeconds` without input it forgets the last visitor (search,
 * directory filters, starred plan, selection, route, language, view), goes home and plays the
 * attract loop — the guided tour, looped — until someone touches the screen. A waiting new
 * version is taken at that reset, the one moment nobody is using the kiosk.
 */
import type { Lang } from '../domain/i18n/text.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

export interface KioskIdleOptions {
  /** The kiosk's own language (launch `lang=`, else the venue's), restored for the next visitor. */
  defaultLang: Lang
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/** Forget the last visitor (exported for tests). */
export function resetForNextVisitor(store: VenueStore, defaultLang: Lang): void {
  const s = store.getState()
  s.stopTour()
  s.clearQuery()
  s.clearDirectoryFilters()
  s.clearRoute('idle')
  // A public screen: one visitor's starred plan is not the next one's.
  s.setVisitShown(false)
  if (s.visit.exhibitors.length || s.visit.sessions.length) s.loadVisit({ exhibitors: [], sessions: [] })
  s.clearLit()
  if (s.view !== 'orbit') s.setView('orbit')
  if (s.lang !== defaultLang) s.setLang(defaultLang)
  // Back to the floor the kiosk stands on, whatever floor the last visitor left.
  s.showKioskLevel()
  // 'idle' replaces the history entry: a day of visitors does not pile up Back steps.
  s.home('idle')
  s.noteIdleReset()
}

export function startKioskIdle(store: VenueStore, { defaultLang }: KioskIdleOptions): Stop {
  let lastInput = performance.now()
  let timer: ReturnType<typeof setTimeout> | null = null

  const clear = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  const schedule = (): void => {
    clear()
    if (store.getState().attract) return
    const due = lastInput + store.getState().idleSeconds * 1000 - performance.now()
    timer = setTimeout(check, Math.max(50, due))
  }
  const check = (): void => {
    timer = null
    if (performance.now() - lastInput >= store.getState().idleSeconds * 1000) goIdle()
    else schedule()
  }
  const goIdle = (): void => {
    resetForNextVisitor(store, defaultLang)
    const s = store.getState()
    if (s.updateWaiting) {
      // The service-worker edge switches versions and reloads; the new page starts fresh.
      s.requestUpdate()
      return
    }
    s.setAttract(true)
    s.startTour()
  }

  const onInput = (e: Event): void => {
    if (e.type === 'pointermove' && !(e as PointerEvent).buttons) return
    lastInput = performance.now()
  }
  for (const ev of INPUT_EVENTS) window.addEventListener(ev, onInput, { capture: true, passive: true })
  // A drag (orbiting the hall) is use too, however long it lasts.
  window.addEventListener('pointermove', onInput, { capture: true, passive: true })

  const offAttract = store.subscribe(
    (s) => s.attract,
    (attract) => {
      if (attract) return
      lastInput = performance.now()
      schedule()
    },
  )
  // Input stops the tour (tour player); with it ends the attract loop.
  const offTour = store.subscribe(
    (s) => s.tour === null,
    (stopped) => {
      if (stopped && store.getState().attract) store.getState().endAttract()
    },
  )
  // Nobody is using the kiosk during the attract loop: a new version may take over right away.
  const offUpdate = store.subscribe(
    (s) => s.updateWaiting,
    (waiting) => {
      if (waiting && store.getState().attract) store.getState().requestUpdate()
    },
  )
  const offIdle = store.subscribe((s) => s.idleSeconds, schedule)

  schedule()
  return () => {
    clear()
    offAttract()
    offTour()
    offUpdate()
    offIdle()
    for (const ev of INPUT_EVENTS) window.removeEventListener(ev, onInput, { capture: true })
    window.removeEventListener('pointermove', onInput, { capture: true })
  }
}
