import type { StateCreator } from 'zustand'
import { translate } from '../../domain/i18n/messages.ts'
import type { Route } from '../../domain/routing/route.ts'
import { routing } from '../routing.ts'
import type { VenueState } from '../store.ts'
import { warn } from '../warn.ts'

/** Why a requested route is not drawn (the directions panel explains it). */
export type RouteError = 'no-route' | 'no-step-free-route'
/** Where a route change came from: URL sync must not push history for its own replays. */
export type RouteSource = 'user' | 'url' | 'api' | 'embed' | 'history' | 'idle'
/** The wayfinding code: on its way, here, or failed to arrive (routes then answer null with a warning). */
export type RoutingStatus = 'loading' | 'ready' | 'unavailable'

/**
 * Directions: the chosen start and destination, the step-free option, and the route computed
 * from them (a pure domain call). `routeTo` set means the directions panel is open — with a
 * route, or with the reason there is none.
 */
export interface RouteSlice {
  routeFrom: string | null
  routeTo: string | null
  routeAccessible: boolean
  route: Route | null
  routeError: RouteError | null
  routeSource: RouteSource
  routingStatus: RoutingStatus
  /**
   * Set a route between any two place ids (zone, booth, exhibitor, session, POI, kiosk).
   * Unknown ids are ignored with a warning (returns null, nothing changes); places with no
   * walkable route between them open the panel with the reason.
   */
  setRoute: (from: string, to: string, opts?: { accessible?: boolean; source?: RouteSource }) => Route | null
  setRouteAccessible: (accessible: boolean) => void
  clearRoute: (source?: RouteSource) => void
}

export const createRouteSlice: StateCreator<VenueState, [], [], RouteSlice> = (set, get) => ({
  routeFrom: null,
  routeTo: null,
  routeAccessible: false,
  route: null,
  routeError: null,
  routeSource: 'user',
  routingStatus: 'loading',
  setRoute: (from, to, opts = {}) => {
    const { index, lang } = get()
    const r = routing()
    if (!index) return null
    // `venueTwin.ready` waits for the wayfinding chunk; only the visitor can ask before it is here.
    if (!r) {
      warn(get().routingStatus === 'unavailable' ? 'Directions are unavailable: their code failed to load' : 'Directions are still loading; try again in a moment')
      return null
    }
    const { route: findRoute, resolvePlace } = r
    for (const id of [from, to]) {
      if (typeof id !== 'string' || !resolvePlace(index, id)) {
        warn(`Ignoring route ${JSON.stringify(from)} → ${JSON.stringify(to)}: ${JSON.stringify(id)} is not a place in this venue`)
        return null
      }
    }
    const accessible = opts.accessible ?? get().routeAccessible
    const found = findRoute(index, from, to, { accessible })
    const routeError: RouteError | null = found ? null : accessible && findRoute(index, from, to) ? 'no-step-free-route' : 'no-route'
    // A route is shown from where it starts: its first level comes into view.
    const startLevel = found?.legs[0]?.levelId
    const level = startLevel && startLevel !== get().levelId ? { levelId: startLevel, levelSource: 'route' as const } : {}
    set({ routeFrom: from, routeTo: to, routeAccessible: accessible, route: found, routeError, routeSource: opts.source ?? 'user', ...level })
    if (found) get().announce(translate(lang, 'route.announce', { place: found.toName[lang], length: found.lengthM, minutes: found.minutes }))
    return found
  },
  setRouteAccessible: (accessible) => {
    const { routeFrom, routeTo, setRoute } = get()
    if (routeFrom && routeTo) setRoute(routeFrom, routeTo, { accessible, source: 'user' })
    else set({ routeAccessible: accessible })
  },
  clearRoute: (source = 'user') => {
    if (get().routeTo === null) return
    set({ routeFrom: null, routeTo: null, route: null, routeError: null, routeSource: source })
    get().announce(translate(get().lang, 'route.announceCleared'))
  },
})
