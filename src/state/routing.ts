/**
 * The wayfinding code arrives in its own chunk, requested at start-up in parallel with the
 * scene: the first screen never waits for it. Route actions use it once it is here.
 */
import type * as Route from '../domain/routing/route.ts'
import type * as Targets from '../domain/routing/targets.ts'

type RoutingModule = typeof Route & typeof Targets

let loaded: RoutingModule | null = null
let loading: Promise<RoutingModule> | null = null

export function loadRouting(): Promise<RoutingModule> {
  loading ??= Promise.all([import('../domain/routing/route.ts'), import('../domain/routing/targets.ts')]).then(([r, t]) => (loaded = { ...r, ...t }))
  return loading
}

/** The routing functions, or null while their chunk is still on its way. */
export function routing(): RoutingModule | null {
  return loaded
}
