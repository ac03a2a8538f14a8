/**
 * Wayfinding at scale, in Node: the app's router (src/domain/routing) between random places —
 * booth to booth, entrance to booth, kiosk to zone — after building the walkable network once.
 */
import type { SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { seeded } from '../generate-scene/random.ts'
import { percentile, timeEach } from './stats.ts'

export type RouteFigures =
  | { status: 'ok'; routes: number; found: number; networkMs: number; p50Ms: number; p95Ms: number; maxMs: number }
  | { status: 'n/a'; reason: string }

interface RoutingModule {
  route(index: SceneIndex, from: string, to: string): unknown
}
interface NetworkModule {
  networkFor(index: SceneIndex): unknown
}

export async function routeBench(index: SceneIndex, routes = 300): Promise<RouteFigures> {
  let routing: RoutingModule
  let network: NetworkModule
  try {
    routing = (await import('../../src/domain/routing/route.ts')) as unknown as RoutingModule
    network = (await import('../../src/domain/routing/network.ts')) as unknown as NetworkModule
    if (typeof routing.route !== 'function' || typeof network.networkFor !== 'function') throw new Error('route/networkFor not exported')
  } catch (e) {
    return { status: 'n/a', reason: `routing not built yet: ${(e as Error).message}` }
  }
  const t0 = performance.now()
  network.networkFor(index)
  const networkMs = performance.now() - t0
  const v = index.scene.venue
  const random = seeded(9)
  const starts = [...v.pois.filter((p) => p.kind === 'entrance').map((p) => p.id), ...v.kiosks.map((k) => k.id)]
  const pairs: [string, string][] = Array.from({ length: routes }, (_, i) => {
    const to = random.chance(0.85) ? random.pick(v.booths).id : random.pick(v.zones).id
    const from = i % 2 === 0 || !starts.length ? random.pick(v.booths).id : random.pick(starts)
    return [from, to]
  })
  const outcomes: boolean[] = []
  const warm = 10
  const times = timeEach(pairs, ([a, b]) => outcomes.push(!!routing.route(index, a, b)), warm)
  const found = outcomes.slice(warm).filter(Boolean).length
  return { status: 'ok', routes: pairs.length, found, networkMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100) }
}
