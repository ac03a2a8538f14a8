/**
 * Plays the guided tour: each stop selects its zone (the camera flies there, or jumps when
 * motion is reduced) and waits the deployment's `tour.dwellSeconds`; any input outside the tour's own controls
 * ends it where it is. `loop` keeps it going (the kiosk attract loop).
 */
import { DEFAULT_TOUR_DWELL_SECONDS } from '../domain/config/deploymentConfig.ts'
import { tourStops } from '../domain/tour/tourStops.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

export function startTourPlayer(store: VenueStore, opts: { loop?: () => boolean } = {}): Stop {
  let timer: ReturnType<typeof setTimeout> | null = null
  const clear = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
  }
  const apply = (): void => {
    clear()
    const { tour, index, deployConfig } = store.getState()
    if (!tour || !index) return
    const stops = tourStops(index)
    const stop = stops[tour.step]
    if (!stop) {
      store.getState().stopTour()
      return
    }
    store.getState().select({ kind: 'zone', id: stop.id }, 'tour')
    if (tour.paused) return
    timer = setTimeout(() => {
      const s = store.getState()
      if (!s.tour) return
      const next = s.tour.step + 1
      if (next < stops.length) s.tourGo(next)
      else if (opts.loop?.()) s.tourGo(0)
      else s.stopTour()
    }, (deployConfig?.tour.dwellSeconds ?? DEFAULT_TOUR_DWELL_SECONDS) * 1000)
  }
  const off = store.subscribe((s) => s.tour, apply, { equalityFn: (a, b) => a?.step === b?.step && a?.paused === b?.paused && !a === !b })
  // The player's code arrives after start-up: a tour begun before it did is picked up here.
  if (store.getState().tour) apply()

  // Any input that is not aimed at the tour's controls hands the hall back to the visitor.
  const onInput = (e: Event): void => {
    if (!store.getState().tour) return
    const target = e.target as Element | null
    if (target?.closest?.('[data-tour-control]')) return
    if (e instanceof KeyboardEvent && ['Shift', 'Control', 'Alt', 'Meta', 'Tab'].includes(e.key)) return
    store.getState().stopTour()
  }
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
  for (const ev of events) window.addEventListener(ev, onInput, { capture: true, passive: true })
  return () => {
    clear()
    off()
    for (const ev of events) window.removeEventListener(ev, onInput, { capture: true })
  }
}
