/**
 * Which places a visitor cannot walk to from the main entrance (the first entrance POI; the
 * largest walkable area when the venue lists none). `npm run validate` reports them; the app
 * warns in the console.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { drain, type Steps } from '../steps.ts'
import { floorIndex, floorKeys } from '../scene/floors.ts'
import { floorKey } from '../scene/levels.ts'
import { locate, networkForSteps, type WalkNetwork } from './network.ts'
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
  const venue = index.scene.venue
  const out: UnreachablePlace[] = []
  const entrance = mainEntrance(index)
  const entranceFloor = entrance ? floorKey(venue, entrance.levelId) : null
  const firstFloor = floorKey(venue, venue.levels[0]!.id)
  let checked = 0
  for (const levelId of floorKeys(venue)) {
    const floor = floorIndex(index, levelId)
    const net = yield* networkForSteps(floor)
    const comp = net.component
    const key = floorKey(venue, levelId)
    // Home: where the main entrance is, on its floor; elsewhere, wherever a connector lands.
    const home = new Set<number>()
    if (entrance && entranceFloor === key) {
      const spot = endpointFor(index, net, entrance.id, false)?.spots[0]
      if (spot) home.add(comp[spot.rect]!)
    }
    for (const c of venue.connectors)
      for (const stop of c.stops) {
        if (floorKey(venue, stop.levelId) !== key) continue
        const at = locate(net, stop.position, false, 8)
        if (at) home.add(comp[at.rect]!)
      }
    if (home.size === 0 && (key === firstFloor || !venue.connectors.length)) home.add(largestComponent(net.rects.count, comp, (r) => area(net, r)))
    const check = (kind: PlaceKind, id: string, path: string): void => {
      const e = endpointFor(index, net, id, false)
      if (!e || e.spots.length === 0) out.push({ kind, id, path, why: 'no-walkable-floor' })
      else if (!e.spots.some((s) => home.has(comp[s.rect]!))) out.push({ kind, id, path, why: 'cut-off' })
    }
    const on = (x: { levelId: string }): boolean => floorKey(venue, x.levelId) === key
    const places: [PlaceKind, readonly { id: string; levelId: string }[], string][] = [
      ['zone', venue.zones, 'zones'],
      ['booth', venue.booths, 'booths'],
      ['poi', venue.pois, 'pois'],
      ['kiosk', venue.kiosks, 'kiosks'],
    ]
    for (const [kind, list, listKey] of places) {
      for (let i = 0; i < list.length; i++) {
        if (!on(list[i]!)) continue
        check(kind, list[i]!.id, `$.${listKey}[${i}]`)
        if (++checked % PLACES_PER_STEP === 0) yield
      }
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
