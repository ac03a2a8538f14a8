/**
 * A* over the rectangles of the walkable network. Each rectangle reached gets a concrete
 * position — where the walk enters it, on the portal it came through, aimed at the goal — so
 * costs are real walking distances, not centre-to-centre guesses. Several starts and goals are
 * allowed (a booth can be reached from any of its open sides); the search stops at the first
 * goal it settles. The channel of rectangles it returns is then string-pulled (funnel.ts).
 */
import type { Point2 } from '../geometry/types.ts'
import { stringPull } from './funnel.ts'
import { smoothPath } from './lineOfSight.ts'
import { MinHeap } from './minHeap.ts'
import { STEPS, sameComponent, type Located, type WalkNetwork } from './network.ts'

export interface PathResult {
  points: Point2[]
  lengthM: number
  /** Which of the starts and goals the path joins. */
  startIndex: number
  goalIndex: number
}

interface Scratch {
  g: Float64Array
  px: Float64Array
  pz: Float64Array
  parent: Int32Array
  seen: Uint32Array
  closed: Uint32Array
  stamp: number
  heap: MinHeap
}

const scratchByNet = new WeakMap<WalkNetwork, Scratch>()
const MAX_GOALS = 64

function scratchFor(net: WalkNetwork): Scratch {
  let s = scratchByNet.get(net)
  if (!s) {
    const n = net.rects.count + MAX_GOALS
    s = {
      g: new Float64Array(n),
      px: new Float64Array(n),
      pz: new Float64Array(n),
      parent: new Int32Array(n),
      seen: new Uint32Array(n),
      closed: new Uint32Array(n),
      stamp: 0,
      heap: new MinHeap(4096),
    }
    scratchByNet.set(net, s)
  }
  if (++s.stamp === 0xffffffff) {
    s.seen.fill(0)
    s.closed.fill(0)
    s.stamp = 1
  }
  s.heap.clear()
  return s
}

/** Shortest walk from any start to any goal, or null when none connects. */
export function findPath(net: WalkNetwork, starts: readonly Located[], goals: readonly Located[], accessible: boolean): PathResult | null {
  if (!starts.length || !goals.length) return null
  const usableGoals = goals.slice(0, MAX_GOALS)
  // Different components: no need to flood one of them to find out.
  if (!starts.some((s) => usableGoals.some((g) => sameComponent(net, s.rect, g.rect, accessible)))) return null

  const R = net.rects
  const n = R.count
  const s = scratchFor(net)
  const { g, px, pz, parent, seen, closed, heap } = s
  const stamp = s.stamp
  const gx = usableGoals.map((q) => q.point[0])
  const gz = usableGoals.map((q) => q.point[1])
  const goalsIn = new Map<number, number[]>()
  usableGoals.forEach((q, i) => {
    const list = goalsIn.get(q.rect)
    if (list) list.push(i)
    else goalsIn.set(q.rect, [i])
  })
  const h = (x: number, z: number): number => {
    let best = Infinity
    for (let i = 0; i < gx.length; i++) {
      const d = Math.hypot(gx[i]! - x, gz[i]! - z)
      if (d < best) best = d
    }
    return best
  }
  const nearestGoal = (x: number, z: number): number => {
    let best = 0
    let bd = Infinity
    for (let i = 0; i < gx.length; i++) {
      const d = (gx[i]! - x) ** 2 + (gz[i]! - z) ** 2
      if (d < bd) {
        bd = d
        best = i
      }
    }
    return best
  }

  starts.forEach((st, i) => {
    const r = st.rect
    if (seen[r] === stamp) return
    seen[r] = stamp
    g[r] = 0
    px[r] = st.point[0]
    pz[r] = st.point[1]
    parent[r] = -1 - i
    heap.push(h(st.point[0], st.point[1]), r)
  })

  let reached = -1
  while (heap.size > 0) {
    const u = heap.pop()
    if (closed[u] === stamp) continue
    closed[u] = stamp
    if (u >= n) {
      reached = u
      break
    }
    const gu = g[u]!
    const ux = px[u]!
    const uz = pz[u]!
    const here = goalsIn.get(u)
    if (here) {
      for (const gi of here) {
        const v = n + gi
        const ng = gu + Math.hypot(gx[gi]! - ux, gz[gi]! - uz)
        if (seen[v] !== stamp || ng < g[v]!) {
          seen[v] = stamp
          g[v] = ng
          parent[v] = u
          heap.push(ng, v)
        }
      }
    }
    const target = nearestGoal(ux, uz)
    const tx = gx[target]!
    const tz = gz[target]!
    for (let k = R.adjStart[u]!; k < R.adjStart[u + 1]!; k++) {
      const v = R.adjRect[k]!
      if (closed[v] === stamp || (accessible && R.cls[v] === STEPS)) continue
      const o = k * 4
      const [cx, cz] = crossing(ux, uz, tx, tz, R.portal[o]!, R.portal[o + 1]!, R.portal[o + 2]!, R.portal[o + 3]!)
      const ng = gu + Math.hypot(cx - ux, cz - uz)
      if (seen[v] !== stamp || ng < g[v]!) {
        seen[v] = stamp
        g[v] = ng
        px[v] = cx
        pz[v] = cz
        parent[v] = u
        heap.push(ng + h(cx, cz), v)
      }
    }
  }
  if (reached < 0) return null

  const goalIndex = reached - n
  const chain: number[] = []
  let cur = parent[reached]!
  chain.push(cur)
  while (parent[cur]! >= 0) {
    cur = parent[cur]!
    chain.push(cur)
  }
  const startIndex = -1 - parent[cur]!
  chain.reverse()
  const start = starts[startIndex]!.point
  const goal = usableGoals[goalIndex]!.point
  const points = smoothPath(net, pull(net, chain, start, goal), accessible)
  return { points, lengthM: polylineLength(points), startIndex, goalIndex }
}

/**
 * Where the walk from u towards t crosses a portal: on the straight line when it passes
 * through, else the nearest point — kept a little away from the portal's ends (corners).
 */
function crossing(ux: number, uz: number, tx: number, tz: number, x0: number, z0: number, x1: number, z1: number): [number, number] {
  if (x0 === x1) {
    const len = z1 - z0
    const m = Math.min(0.3, len / 2)
    let z = uz
    if ((ux - x0) * (tx - x0) < 0) z = uz + ((tz - uz) * (x0 - ux)) / (tx - ux)
    return [x0, Math.min(z1 - m, Math.max(z0 + m, z))]
  }
  const len = x1 - x0
  const m = Math.min(0.3, len / 2)
  let x = ux
  if ((uz - z0) * (tz - z0) < 0) x = ux + ((tx - ux) * (z0 - uz)) / (tz - uz)
  return [Math.min(x1 - m, Math.max(x0 + m, x)), z0]
}

/** The portals along a channel of rectangles, then the taut path through them. */
function pull(net: WalkNetwork, chain: readonly number[], start: Point2, goal: Point2): Point2[] {
  const R = net.rects
  const g = net.grid
  const lefts: Point2[] = [start]
  const rights: Point2[] = [start]
  for (let i = 0; i + 1 < chain.length; i++) {
    const a = chain[i]!
    const b = chain[i + 1]!
    let k = R.adjStart[a]!
    while (k < R.adjStart[a + 1]! && R.adjRect[k] !== b) k++
    const o = k * 4
    const p: Point2 = [R.portal[o]!, R.portal[o + 1]!]
    const q: Point2 = [R.portal[o + 2]!, R.portal[o + 3]!]
    // Direction of travel across the portal: from a's side to b's side.
    const acx = g.originX + ((R.c0[a]! + R.c1[a]!) / 2) * g.cell
    const acz = g.originZ + ((R.r0[a]! + R.r1[a]!) / 2) * g.cell
    const vertical = p[0] === q[0]
    const dx = vertical ? Math.sign(p[0] - acx) : 0
    const dz = vertical ? 0 : Math.sign(p[1] - acz)
    const mx = (p[0] + q[0]) / 2
    const mz = (p[1] + q[1]) / 2
    const crossP = dx * (p[1] - mz) - dz * (p[0] - mx)
    if (crossP > 0) {
      lefts.push(p)
      rights.push(q)
    } else {
      lefts.push(q)
      rights.push(p)
    }
  }
  lefts.push(goal)
  rights.push(goal)
  return dedupe(stringPull(lefts, rights))
}

function dedupe(points: Point2[]): Point2[] {
  const out: Point2[] = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) > 1e-6) out.push(p)
  }
  return out
}

export function polylineLength(points: readonly Point2[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1])
  return sum
}
