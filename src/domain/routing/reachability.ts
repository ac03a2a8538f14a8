/**
 * Which places a visitor cannot walk to from the main entrance (the first entrance POI; the
 * largest walkable area when the venue lists none). `npm run validate` reports them; the app
 * warns in the console.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { networkFor } from './network.ts'
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
  const net = networkFor(index)
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
  v.zones.forEach((z, i) => check('zone', z.id, `$.zones[${i}]`))
  v.booths.forEach((b, i) => check('booth', b.id, `$.booths[${i}]`))
  v.pois.forEach((p, i) => check('poi', p.id, `$.pois[${i}]`))
  v.kiosks.forEach((k, i) => check('kiosk', k.id, `$.kiosks[${i}]`))
  return out
}

function area(net: ReturnType<typeof networkFor>, r: number): number {
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
