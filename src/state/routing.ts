/**
 * The wayfinding code arrives in its own chunk, requested at start-up in parallel with the
 * scene: the first screen never waits for it. Route actions use it once it is here.
 */
import { runSliced } from '../data/timeSlice.ts'
import type * as LevelRoute from '../domain/routing/levelRoute.ts'
import type { WalkNetwork } from '../domain/routing/network.ts'
import type * as Route from '../domain/routing/route.ts'
import type * as Targets from '../domain/routing/targets.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'

type RoutingModule = typeof Route & typeof Targets & Pick<typeof LevelRoute, 'floorNetworksSteps' | 'floorNetworksReady'>

let loaded: RoutingModule | null = null
let loading: Promise<RoutingModule> | null = null

export function loadRouting(): Promise<RoutingModule> {
  loading ??= Promise.all([import('../domain/routing/route.ts'), import('../domain/routing/targets.ts'), import('../domain/routing/levelRoute.ts')]).then(
    ([r, t, l]) => (loaded = { ...r, ...t, floorNetworksSteps: l.floorNetworksSteps, floorNetworksReady: l.floorNetworksReady }),
  )
  return loading
}

/** The routing functions, or null while their chunk is still on its way. */
export function routing(): RoutingModule | null {
  return loaded
}

const networkBuilds = new WeakMap<SceneIndex, Promise<WalkNetwork>>()

/**
 * The scene's walkable networks (one per floor), built in short slices that leave the main
 * thread free (a large hall takes seconds of work); resolves with the first level's. Every
 * caller shares one build; a route asked for synchronously meanwhile finishes that same build
 * rather than starting another (see networkForSteps).
 */
export function prepareNetwork(index: SceneIndex): Promise<WalkNetwork> {
  let p = networkBuilds.get(index)
  if (!p) {
    p = loadRouting()
      .then((r) => runSliced(r.floorNetworksSteps(index)))
      .catch((e: unknown) => {
        networkBuilds.delete(index)
        throw e
      })
    networkBuilds.set(index, p)
  }
  return p
}

/** True once the scene's network is built: routes then answer at once. */
export function networkReady(index: SceneIndex): boolean {
  return !!loaded?.floorNetworksReady(index)
}
