/**
 * The floor as a raster of square cells, each blocked, free or "free but with steps". It is
 * derived from the scene alone — hall walls, booths, the stage platform and columns of the
 * generated model, and the optional `walkways` overrides — so no venue needs a hand-drawn graph.
 *
 * A cell is free only when its whole square keeps the clearance from every obstacle, so a path
 * that stays inside free cells never brushes a booth or a wall, whatever its angle.
 */
import { bbox } from '../geometry/measure.ts'
import type { Box2, Point2, Polygon } from '../geometry/types.ts'
import { planColumnsSteps, COLUMN_SIZE } from '../model/columnPlan.ts'
import { hallLayout } from '../model/hallLayout.ts'
import { planStage } from '../model/stagePlan.ts'
import type { Venue } from '../scene/schema.ts'
import { drain, type Steps } from '../steps.ts'

export const BLOCKED = 0
export const FREE = 1
export const STEPS = 2
export type CellClass = typeof BLOCKED | typeof FREE | typeof STEPS

export interface GridOptions {
  /** Preferred cell size, metres; grows for huge halls so the raster stays under `maxCells`. */
  cellSize: number
  /** Space kept from a booth's footprint (a visitor's shoulder, a display on the booth edge). */
  boothClearance: number
  /** Space kept from the wall line (half the wall plus a margin). */
  wallClearance: number
  /** Space kept from the stage platform and columns. */
  fixtureClearance: number
  maxCells: number
}

export const DEFAULT_GRID_OPTIONS: GridOptions = {
  cellSize: 0.5,
  boothClearance: 0.4,
  wallClearance: 0.5,
  fixtureClearance: 0.3,
  maxCells: 6_000_000,
}

export interface WalkGrid {
  originX: number
  originZ: number
  cell: number
  cols: number
  rows: number
  /** Row-major, `BLOCKED | FREE | STEPS`. */
  cells: Uint8Array
}

export function cellCenter(g: WalkGrid, c: number, r: number): Point2 {
  return [g.originX + (c + 0.5) * g.cell, g.originZ + (r + 0.5) * g.cell]
}

export function buildWalkGrid(venue: Venue, options: Partial<GridOptions> = {}): WalkGrid {
  return drain(walkGridSteps(venue, options))
}

/** Booths (or other obstacles) marked between two yields of `walkGridSteps`. */
const OBSTACLES_PER_STEP = 64
/** Raster rows filled between two yields. */
const ROWS_PER_STEP = 64

/** The same raster, built in steps (see ../steps.ts): large halls have millions of cells. */
export function* walkGridSteps(venue: Venue, options: Partial<GridOptions> = {}): Steps<WalkGrid> {
  const opt = { ...DEFAULT_GRID_OPTIONS, ...options }
  const hb = bbox(venue.hall.footprint)
  const w = hb.maxX - hb.minX
  const d = hb.maxZ - hb.minZ
  const cell = Math.max(opt.cellSize, Math.sqrt((w * d) / opt.maxCells))
  const cols = Math.max(1, Math.ceil(w / cell))
  const rows = Math.max(1, Math.ceil(d / cell))
  const g: WalkGrid = { originX: hb.minX, originZ: hb.minZ, cell, cols, rows, cells: new Uint8Array(cols * rows) }

  for (let r = 0; r < rows; r += ROWS_PER_STEP) {
    fillPolygon(g, venue.hall.footprint, r, Math.min(rows, r + ROWS_PER_STEP))
    yield
  }
  const halfDiag = (cell * Math.SQRT2) / 2
  const ring = venue.hall.footprint
  for (let i = 0; i < ring.length; i++) {
    blockNearSegment(g, ring[i]!, ring[(i + 1) % ring.length]!, opt.wallClearance + halfDiag)
    yield
  }

  for (let i = 0; i < venue.booths.length; i++) {
    blockPolygon(g, venue.booths[i]!.footprint, opt.boothClearance)
    if (i % OBSTACLES_PER_STEP === OBSTACLES_PER_STEP - 1) yield
  }
  yield
  for (const f of yield* modelFixtureSteps(venue)) blockPolygon(g, f, opt.fixtureClearance)
  yield
  for (const c of venue.walkways?.closed ?? []) blockPolygon(g, c.footprint, 0)
  for (const s of venue.walkways?.steps ?? []) markSteps(g, s.footprint)
  return g
}

/**
 * Solid things the generated hall model stands on the floor: the stage platforms and the
 * columns. A venue that brings no model has neither.
 */
function* modelFixtureSteps(venue: Venue): Steps<Polygon[]> {
  if (!venue.model) return []
  const layout = hallLayout(venue)
  const out: Polygon[] = []
  for (const z of venue.zones) {
    if (z.kind !== 'stage') continue
    const p = planStage(z, layout).platform
    out.push(boxPolygon(p))
  }
  // The column planner slides grid points around zones, which is slow on scale-test halls with
  // hundreds of zones; those halls have no columns worth routing around.
  if (venue.zones.length <= 64) {
    const h = COLUMN_SIZE / 2
    for (const c of (yield* planColumnsSteps(venue, layout)).columns) out.push(boxPolygon({ minX: c.at[0] - h, maxX: c.at[0] + h, minZ: c.at[1] - h, maxZ: c.at[1] + h }))
  }
  return out
}

function boxPolygon(b: Box2): Point2[] {
  return [
    [b.minX, b.minZ],
    [b.maxX, b.minZ],
    [b.maxX, b.maxZ],
    [b.minX, b.maxZ],
  ]
}

/** Cell index range [c0, c1) × [r0, r1) covering a box, clamped to the grid. */
function cellRange(g: WalkGrid, minX: number, minZ: number, maxX: number, maxZ: number): [number, number, number, number] {
  const c0 = Math.max(0, Math.floor((minX - g.originX) / g.cell))
  const r0 = Math.max(0, Math.floor((minZ - g.originZ) / g.cell))
  const c1 = Math.min(g.cols, Math.ceil((maxX - g.originX) / g.cell))
  const r1 = Math.min(g.rows, Math.ceil((maxZ - g.originZ) / g.cell))
  return [c0, r0, c1, r1]
}

/** Free every cell of rows [fromRow, toRow) whose centre lies inside the polygon (scanline, even-odd). */
function fillPolygon(g: WalkGrid, poly: Polygon, fromRow: number, toRow: number): void {
  const xs: number[] = []
  for (let r = fromRow; r < toRow; r++) {
    const z = g.originZ + (r + 0.5) * g.cell
    xs.length = 0
    for (let i = 0; i < poly.length; i++) {
      const [x1, z1] = poly[i]!
      const [x2, z2] = poly[(i + 1) % poly.length]!
      if (z1 > z !== z2 > z) xs.push(x1 + ((z - z1) * (x2 - x1)) / (z2 - z1))
    }
    xs.sort((a, b) => a - b)
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k]! - g.originX) / g.cell - 0.5))
      const c1 = Math.min(g.cols - 1, Math.floor((xs[k + 1]! - g.originX) / g.cell - 0.5))
      for (let c = c0; c <= c1; c++) g.cells[r * g.cols + c] = FREE
    }
  }
}

function segDist2(px: number, pz: number, ax: number, az: number, bx: number, bz: number): number {
  const dx = bx - ax
  const dz = bz - az
  const l2 = dx * dx + dz * dz
  let t = l2 > 0 ? ((px - ax) * dx + (pz - az) * dz) / l2 : 0
  t = t < 0 ? 0 : t > 1 ? 1 : t
  const qx = ax + dx * t - px
  const qz = az + dz * t - pz
  return qx * qx + qz * qz
}

function blockNearSegment(g: WalkGrid, a: Point2, b: Point2, radius: number): void {
  const [c0, r0, c1, r1] = cellRange(g, Math.min(a[0], b[0]) - radius, Math.min(a[1], b[1]) - radius, Math.max(a[0], b[0]) + radius, Math.max(a[1], b[1]) + radius)
  const r2 = radius * radius
  for (let r = r0; r < r1; r++) {
    const z = g.originZ + (r + 0.5) * g.cell
    for (let c = c0; c < c1; c++) {
      const x = g.originX + (c + 0.5) * g.cell
      if (segDist2(x, z, a[0], a[1], b[0], b[1]) < r2) g.cells[r * g.cols + c] = BLOCKED
    }
  }
}

function isAxisRect(poly: Polygon): boolean {
  if (poly.length !== 4) return false
  for (let i = 0; i < 4; i++) {
    const p = poly[i]!
    const q = poly[(i + 1) % 4]!
    if (p[0] !== q[0] && p[1] !== q[1]) return false
  }
  return true
}

function insidePoly(poly: Polygon, x: number, z: number): boolean {
  let inside = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, zi] = poly[i]!
    const [xj, zj] = poly[j]!
    if (zi > z !== zj > z && x < ((xj - xi) * (z - zi)) / (zj - zi) + xi) inside = !inside
  }
  return inside
}

/** Visit every cell whose square comes within `clearance` of the polygon. */
function forCellsTouching(g: WalkGrid, poly: Polygon, clearance: number, visit: (i: number) => void): void {
  const b = bbox(poly)
  if (isAxisRect(poly)) {
    // The common case: a rectangle grown by the clearance, cells that overlap it (strictly).
    const minX = b.minX - clearance
    const maxX = b.maxX + clearance
    const minZ = b.minZ - clearance
    const maxZ = b.maxZ + clearance
    const [c0, r0, c1, r1] = cellRange(g, minX, minZ, maxX, maxZ)
    for (let r = r0; r < r1; r++) {
      const z0 = g.originZ + r * g.cell
      if (z0 >= maxZ || z0 + g.cell <= minZ) continue
      for (let c = c0; c < c1; c++) {
        const x0 = g.originX + c * g.cell
        if (x0 >= maxX || x0 + g.cell <= minX) continue
        visit(r * g.cols + c)
      }
    }
    return
  }
  const reach = clearance + (g.cell * Math.SQRT2) / 2
  const reach2 = reach * reach
  const [c0, r0, c1, r1] = cellRange(g, b.minX - reach, b.minZ - reach, b.maxX + reach, b.maxZ + reach)
  for (let r = r0; r < r1; r++) {
    const z = g.originZ + (r + 0.5) * g.cell
    for (let c = c0; c < c1; c++) {
      const x = g.originX + (c + 0.5) * g.cell
      let hit = insidePoly(poly, x, z)
      for (let i = 0; !hit && i < poly.length; i++) {
        const p = poly[i]!
        const q = poly[(i + 1) % poly.length]!
        if (segDist2(x, z, p[0], p[1], q[0], q[1]) < reach2) hit = true
      }
      if (hit) visit(r * g.cols + c)
    }
  }
}

function blockPolygon(g: WalkGrid, poly: Polygon, clearance: number): void {
  forCellsTouching(g, poly, clearance, (i) => (g.cells[i] = BLOCKED))
}

function markSteps(g: WalkGrid, poly: Polygon): void {
  forCellsTouching(g, poly, 0, (i) => {
    if (g.cells[i] === FREE) g.cells[i] = STEPS
  })
}
