/**
 * The walkable network of a scene: the floor raster, its rectangles and portals, and which
 * rectangles connect to which. Built once per loaded scene (cached on the SceneIndex) — the
 * one expensive step of wayfinding; every route afterwards is a search over it.
 */
import type { Point2 } from '../geometry/types.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Venue } from '../scene/schema.ts'
import { drain, type Steps } from '../steps.ts'
import { navRectsSteps, type NavRects } from './navRects.ts'
import { BLOCKED, FREE, STEPS, walkGridSteps, type GridOptions, type WalkGrid } from './walkGrid.ts'

export interface WalkNetwork {
  grid: WalkGrid
  rects: NavRects
  /** Connected component of each rectangle: walking anywhere, and avoiding steps (−1 = steps). */
  component: Int32Array
  componentStepFree: Int32Array
  /** Milliseconds it took to build (for the benchmark and the console). */
  buildMs: number
}

export interface Located {
  /** The point actually used: the input, or the nearest walkable spot to it. */
  point: Point2
  rect: number
  /** How far it was moved to reach walkable floor, metres. */
  moved: number
}

export function buildNetwork(venue: Venue, options: Partial<GridOptions> = {}): WalkNetwork {
  return drain(networkSteps(venue, options))
}

/**
 * The same network, built in steps (see ../steps.ts) so the app can spread it over short
 * tasks. `buildMs` counts the work only, not the time spent between steps.
 */
export function* networkSteps(venue: Venue, options: Partial<GridOptions> = {}): Steps<WalkNetwork> {
  const parts = networkPartSteps(venue, options)
  let busy = 0
  for (;;) {
    const t0 = now()
    const r = parts.next()
    busy += now() - t0
    if (r.done) return { ...r.value, buildMs: busy }
    yield
  }
}

function* networkPartSteps(venue: Venue, options: Partial<GridOptions>): Steps<Omit<WalkNetwork, 'buildMs'>> {
  const grid = yield* walkGridSteps(venue, options)
  const rects = yield* navRectsSteps(grid)
  const component = yield* componentSteps(rects, false)
  const componentStepFree = yield* componentSteps(rects, true)
  return { grid, rects, component, componentStepFree }
}

const cache = new WeakMap<SceneIndex, WalkNetwork>()
/** Builds under way, so that every caller advances the same one (never two builds per scene). */
const building = new WeakMap<SceneIndex, Steps<WalkNetwork>>()

/** The network for a loaded scene, built on first use (finishing a build already under way). */
export function networkFor(index: SceneIndex): WalkNetwork {
  return cachedNetwork(index) ?? drain(networkForSteps(index))
}

/** The scene's network if it is built, else null. */
export function cachedNetwork(index: SceneIndex): WalkNetwork | null {
  return cache.get(index) ?? null
}

/**
 * `networkFor` in steps. Every caller — sliced or not, one or several at a time — advances one
 * shared build, which is cached when it completes: whoever finishes it, all get the same network.
 */
export function* networkForSteps(index: SceneIndex): Steps<WalkNetwork> {
  for (;;) {
    const done = cache.get(index)
    if (done) return done
    let steps = building.get(index)
    if (!steps) building.set(index, (steps = networkSteps(index.scene.venue)))
    let r: IteratorResult<unknown, WalkNetwork>
    try {
      r = steps.next()
    } catch (e) {
      // A failed build is dropped, not left half done: the next caller starts afresh.
      building.delete(index)
      throw e
    }
    if (r.done) {
      cache.set(index, r.value)
      building.delete(index)
      return r.value
    }
    yield
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}

/** Rectangles labelled between two yields of `componentSteps`. */
const RECTS_PER_STEP = 4096

function* componentSteps(r: NavRects, stepFree: boolean): Steps<Int32Array> {
  const comp = new Int32Array(r.count).fill(-1)
  const stack = new Int32Array(r.count)
  let label = 0
  let visited = 0
  for (let s = 0; s < r.count; s++) {
    if (++visited % RECTS_PER_STEP === 0) yield
    if (comp[s] !== -1 || (stepFree && r.cls[s] === STEPS)) continue
    let top = 0
    stack[top++] = s
    comp[s] = label
    while (top > 0) {
      const u = stack[--top]!
      for (let k = r.adjStart[u]!; k < r.adjStart[u + 1]!; k++) {
        const v = r.adjRect[k]!
        if (comp[v] !== -1 || (stepFree && r.cls[v] === STEPS)) continue
        comp[v] = label
        stack[top++] = v
        if (++visited % RECTS_PER_STEP === 0) yield
      }
    }
    label++
  }
  return comp
}

export function allowed(cls: number, accessible: boolean): boolean {
  return cls === FREE || (cls === STEPS && !accessible)
}

/** The rectangle under a floor point, or −1 (outside, blocked, or steps when avoiding them). */
export function rectAt(net: WalkNetwork, p: Point2, accessible: boolean): number {
  const g = net.grid
  const c = Math.floor((p[0] - g.originX) / g.cell)
  const r = Math.floor((p[1] - g.originZ) / g.cell)
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1
  const i = r * g.cols + c
  return allowed(g.cells[i]!, accessible) ? net.rects.rectOf[i]! : -1
}

/**
 * The walkable spot nearest to `p` within `maxMove` metres (the point itself when it is
 * walkable), optionally only where `accept` agrees (e.g. inside a zone). Null when none.
 */
export function locate(net: WalkNetwork, p: Point2, accessible: boolean, maxMove = 8, accept?: (q: Point2) => boolean): Located | null {
  const g = net.grid
  const here = rectAt(net, p, accessible)
  if (here >= 0 && (!accept || accept(p))) return { point: p, rect: here, moved: 0 }
  const pc = Math.floor((p[0] - g.originX) / g.cell)
  const pr = Math.floor((p[1] - g.originZ) / g.cell)
  const maxRing = Math.ceil(maxMove / g.cell) + 1
  let best: Located | null = null
  for (let ring = 0; ring <= maxRing; ring++) {
    // Cells of this ring are at least (ring − 1) cells away: stop once that beats the best.
    if (best && (ring - 1) * g.cell > best.moved) break
    for (let r = pr - ring; r <= pr + ring; r++) {
      if (r < 0 || r >= g.rows) continue
      const edgeRow = r === pr - ring || r === pr + ring
      for (let c = pc - ring; c <= pc + ring; c += edgeRow ? 1 : 2 * ring || 1) {
        if (c < 0 || c >= g.cols) continue
        const i = r * g.cols + c
        if (!allowed(g.cells[i]!, accessible)) continue
        // The nearest point of this cell to p, pulled a little inside so it is unambiguous.
        const inset = g.cell * 0.1
        const x0 = g.originX + c * g.cell
        const z0 = g.originZ + r * g.cell
        const q: Point2 = [clamp(p[0], x0 + inset, x0 + g.cell - inset), clamp(p[1], z0 + inset, z0 + g.cell - inset)]
        const d = Math.hypot(q[0] - p[0], q[1] - p[1])
        if (d > maxMove || (best && d >= best.moved)) continue
        if (accept && !accept(q)) continue
        best = { point: q, rect: net.rects.rectOf[i]!, moved: d }
      }
    }
  }
  return best
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v
}

export function sameComponent(net: WalkNetwork, a: number, b: number, accessible: boolean): boolean {
  const comp = accessible ? net.componentStepFree : net.component
  return comp[a]! >= 0 && comp[a] === comp[b]
}

export { BLOCKED, FREE, STEPS }
