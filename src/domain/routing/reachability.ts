/**
 * Which places a visitor cannot walk to from the main entrance (the first entrance POI; the
 * largest walkable area when the venue lists none). `npm run validate` reports them; the app
 * warns in the console.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { drain, type Steps } from '../steps.ts'
import { networkForSteps, type WalkNetwork } from './network.ts'
import { endpointFor, type PlaceKind } from './targets.ts'
import { mainEntrance } from './route.ts'

export interface UnreachablePlace {
  kind: PlaceKind
  id: string
  /** JSON path in venue.json, e.g. `$.booths[12]`. */
  path: string
  why: 'no-walkable-floor' | 'cut-off'
}

export function unreachable(index: SceneIndex): UnreachablePlace[] {
  return drain(unreachableSteps(index))
}

/** Places checked between two yields of `unreachableSteps`. */
const PLACES_PER_STEP = 32

/**
 * The same check in steps (see ../steps.ts), the network build included (shared with any
 * route asking for it meanwhile, see networkForSteps): 70,000 booths take a second or more.
 */
export function* unreachableSteps(index: SceneIndex): Steps<UnreachablePlace[]> {
  const net = yield* networkForSteps(index)
  const comp = net.component
  const entrance = mainEntrance(index)
  let home = -1
  if (entrance) {
    const e = endpointFor(index, net, entrance.id, false)
    const spot = e?.spots[0]
    if (spot) home = comp[spot.rect]!
  }
  if (home < 0) home = largestComponent(net.rects.count, comp, (r) => area(net, r))
  const out: UnreachablePlace[] = []
  const check = (kind: PlaceKind, id: string, path: string): void => {
    const e = endpointFor(index, net, id, false)
    if (!e || e.spots.length === 0) out.push({ kind, id, path, why: 'no-walkable-floor' })
    else if (!e.spots.some((s) => comp[s.rect] === home)) out.push({ kind, id, path, why: 'cut-off' })
  }
  const v = index.scene.venue
  const places: [PlaceKind, readonly { id: string }[], string][] = [
    ['zone', v.zones, 'zones'],
    ['booth', v.booths, 'booths'],
    ['poi', v.pois, 'pois'],
    ['kiosk', v.kiosks, 'kiosks'],
  ]
  let checked = 0
  for (const [kind, list, key] of places) {
    for (let i = 0; i < list.length; i++) {
      check(kind, list[i]!.id, `$.${key}[${i}]`)
      if (++checked % PLACES_PER_STEP === 0) yield
    }
  }
  return out
}

function area(net: WalkNetwork, r: number): number {
  const R = net.rects
  return (R.c1[r]! - R.c0[r]!) * (R.r1[r]! - R.r0[r]!)
}

function largestComponent(count: number, comp: Int32Array, weight: (r: number) => number): number {
  const sizes = new Map<number, number>()
  for (let r = 0; r < count; r++) if (comp[r]! >= 0) sizes.set(comp[r]!, (sizes.get(comp[r]!) ?? 0) + weight(r))
  let best = -1
  let bestSize = -1
  for (const [c, s] of sizes) if (s > bestSize) [best, bestSize] = [c, s]
  return best
}
