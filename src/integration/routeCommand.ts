/**
 * `venueTwin.route(from, to)` (docs/contract.md): draws the route — the same store action the
 * directions panel uses — and answers with its length, minutes and steps in the current
 * language; null for unknown ids or places with no walkable route between them.
 */
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { RouteResult } from './automationApi.ts'

export function routeCommand(store: VenueStore): (from: string, to: string) => RouteResult | null {
  return (from, to) => {
    if (typeof from !== 'string' || typeof to !== 'string') {
      warn(`venueTwin.route: expected two place ids, got ${JSON.stringify(from)}, ${JSON.stringify(to)}`)
      return null
    }
    const r = store.getState().setRoute(from, to, { source: 'api' })
    if (!r) return null
    const lang = store.getState().lang
    return { lengthM: r.lengthM, minutes: r.minutes, steps: r.steps.map((s) => s.text[lang]), levels: r.legs.map((l) => l.levelId) }
  }
}
