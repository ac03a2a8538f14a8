/**
 * The walkable raster merged into axis-aligned rectangles of one kind (free or steps) and the
 * portals between touching rectangles: a navigation mesh whose size follows the number of
 * aisles and booths, not the floor area. A 70,000-booth hall has a few million cells but only
 * tens of thousands of rectangles, which is what keeps a route search within a few milliseconds.
 */
import { drain, type Steps } from '../steps.ts'
import { BLOCKED, type WalkGrid } from './walkGrid.ts'

/** Longest rectangle side in cells: long sides make the search's portal estimates coarse. */
const MAX_SIDE_M = 12

export interface NavRects {
  count: number
  /** Per rectangle, in cells: [c0, r0, c1, r1) (end exclusive). */
  c0: Int32Array
  r0: Int32Array
  c1: Int32Array
  r1: Int32Array
  cls: Uint8Array
  /** Per cell: the rectangle it belongs to, −1 when blocked. */
  rectOf: Int32Array
  /** Adjacency in CSR form: neighbours of rect i are adjRect[adjStart[i] … adjStart[i+1]). */
  adjStart: Int32Array
  adjRect: Int32Array
  /** The shared edge with that neighbour, world metres: x0, z0, x1, z1 (a vertical or horizontal segment). */
  portal: Float64Array
}

export function buildNavRects(g: WalkGrid): NavRects {
  return drain(navRectsSteps(g))
}

/** Raster rows merged, or rectangles scanned for portals, between two yields. */
const ROWS_PER_STEP = 32
const RECTS_PER_STEP = 2048

/** The same rectangles in steps (see ../steps.ts): the merge walks every cell of the raster. */
export function* navRectsSteps(g: WalkGrid): Steps<NavRects> {
  const { cols, rows, cells } = g
  const maxSide = Math.max(4, Math.round(MAX_SIDE_M / g.cell))
  const rectOf = new Int32Array(cols * rows).fill(-1)
  let cap = 1024
  let c0 = new Int32Array(cap)
  let r0 = new Int32Array(cap)
  let c1 = new Int32Array(cap)
  let r1 = new Int32Array(cap)
  let cls = new Uint8Array(cap)
  let n = 0

  for (let r = 0; r < rows; r++) {
    const row = r * cols
    for (let c = 0; c < cols; c++) {
      const i = row + c
      const k = cells[i]!
      if (k === BLOCKED || rectOf[i] !== -1) continue
      let ce = c + 1
      while (ce < cols && ce - c < maxSide && cells[row + ce] === k && rectOf[row + ce] === -1) ce++
      let re = r + 1
      grow: while (re < rows && re - r < maxSide) {
        const base = re * cols
        for (let x = c; x < ce; x++) if (cells[base + x] !== k || rectOf[base + x] !== -1) break grow
        re++
      }
      if (n === cap) {
        cap *= 2
        c0 = grow32(c0, cap)
        r0 = grow32(r0, cap)
        c1 = grow32(c1, cap)
        r1 = grow32(r1, cap)
        const nc = new Uint8Array(cap)
        nc.set(cls)
        cls = nc
      }
      c0[n] = c
      r0[n] = r
      c1[n] = ce
      r1[n] = re
      cls[n] = k
      for (let y = r; y < re; y++) rectOf.fill(n, y * cols + c, y * cols + ce)
      n++
    }
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield
  }
  yield

  // Portals: scan each rectangle's east and south sides; every neighbour found there is one
  // contiguous shared segment (two axis-aligned rectangles share at most one).
  const pa: number[] = []
  const pb: number[] = []
  const seg: number[] = []
  for (let id = 0; id < n; id++) {
    const x1 = c1[id]!
    const y1 = r1[id]!
    if (x1 < cols) {
      let y = r0[id]!
      while (y < y1) {
        const nb = rectOf[y * cols + x1]!
        let ye = y + 1
        while (ye < y1 && rectOf[ye * cols + x1] === nb) ye++
        if (nb >= 0) {
          pa.push(id)
          pb.push(nb)
          seg.push(x1, y, x1, ye)
        }
        y = ye
      }
    }
    if (y1 < rows) {
      let x = c0[id]!
      while (x < x1) {
        const nb = rectOf[y1 * cols + x]!
        let xe = x + 1
        while (xe < x1 && rectOf[y1 * cols + xe] === nb) xe++
        if (nb >= 0) {
          pa.push(id)
          pb.push(nb)
          seg.push(x, y1, xe, y1)
        }
        x = xe
      }
    }
    if (id % RECTS_PER_STEP === RECTS_PER_STEP - 1) yield
  }
  yield
  const adjStart = new Int32Array(n + 1)
  for (let e = 0; e < pa.length; e++) {
    adjStart[pa[e]! + 1]!++
    adjStart[pb[e]! + 1]!++
  }
  for (let i = 0; i < n; i++) adjStart[i + 1]! += adjStart[i]!
  const fillAt = adjStart.slice(0, n)
  const adjRect = new Int32Array(pa.length * 2)
  const portal = new Float64Array(pa.length * 8)
  const put = (from: number, to: number, e: number): void => {
    const slot = fillAt[from]!++
    adjRect[slot] = to
    portal[slot * 4] = g.originX + seg[e * 4]! * g.cell
    portal[slot * 4 + 1] = g.originZ + seg[e * 4 + 1]! * g.cell
    portal[slot * 4 + 2] = g.originX + seg[e * 4 + 2]! * g.cell
    portal[slot * 4 + 3] = g.originZ + seg[e * 4 + 3]! * g.cell
  }
  for (let e = 0; e < pa.length; e++) {
    put(pa[e]!, pb[e]!, e)
    put(pb[e]!, pa[e]!, e)
  }
  return {
    count: n,
    c0: c0.slice(0, n),
    r0: r0.slice(0, n),
    c1: c1.slice(0, n),
    r1: r1.slice(0, n),
    cls: cls.slice(0, n),
    rectOf,
    adjStart,
    adjRect,
    portal,
  }
}

function grow32(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap)
  b.set(a)
  return b
}
