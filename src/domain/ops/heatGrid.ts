/**
 * The crowd heatmap as a grid over the hall's plan: each cell inside a zone gets a density
 * interpolated from the zone readings (inverse-distance weighting of the zones' centres, so
 * the colour runs smoothly across zone borders instead of jumping) and an opacity from how old
 * the nearby readings are. Pure: the canvas that paints it lives in src/scene/ops/.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Point2, Polygon } from '../geometry/types.ts'
import { freshness, type ZoneNow } from './opsView.ts'

/** Zones that shape one cell's colour: its nearest centres. */
export const NEIGHBOURS = 8

export interface HeatLayout {
  cols: number
  rows: number
  /** Plan coordinates of the grid's corner and one cell's size, metres. */
  x0: number
  z0: number
  cell: number
  /** For each cell, the index of the zone it lies in, or -1. */
  zoneOf: Int32Array
  /** For each cell, its NEIGHBOURS nearest zone indices and their weights (-1 / 0 past the last). */
  near: Int32Array
  weight: Float32Array
  zoneIds: readonly string[]
}

/**
 * The grid and, per cell, which zones weigh in and how much. Geometry only, so it is built
 * once per scene: a redraw then costs a few multiplications per cell, whatever the zone count.
 */
export function heatLayout(hall: Polygon, zones: readonly { id: string; footprint: Polygon }[], cols: number): HeatLayout {
  const b = bbox(hall)
  const cell = (b.maxX - b.minX) / cols
  const rows = Math.max(1, Math.ceil((b.maxZ - b.minZ) / cell))
  const cells = cols * rows
  const zoneOf = new Int32Array(cells).fill(-1)
  const near = new Int32Array(cells * NEIGHBOURS).fill(-1)
  const weight = new Float32Array(cells * NEIGHBOURS)
  const boxes = zones.map((z) => bbox(z.footprint))
  const centres = zones.map((z) => centroid(z.footprint))
  const d2 = new Float64Array(zones.length)
  const order = zones.map((_, i) => i)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c
      const p: Point2 = [b.minX + (c + 0.5) * cell, b.minZ + (r + 0.5) * cell]
      for (let k = 0; k < zones.length; k++) {
        const bx = boxes[k]!
        if (p[0] < bx.minX || p[0] > bx.maxX || p[1] < bx.minZ || p[1] > bx.maxZ) continue
        if (containsPoint(zones[k]!.footprint, p)) {
          zoneOf[i] = k
          break
        }
      }
      const own = zoneOf[i]!
      if (own < 0) continue
      for (let k = 0; k < zones.length; k++) {
        const dx = centres[k]![0] - p[0]
        const dz = centres[k]![1] - p[1]
        d2[k] = dx * dx + dz * dz + 1
      }
      order.sort((x, y) => d2[x]! - d2[y]!)
      for (let n = 0; n < Math.min(NEIGHBOURS, zones.length); n++) {
        const k = order[n]!
        near[i * NEIGHBOURS + n] = k
        // Inverse square distance; a cell's own zone counts triple, so it keeps its colour.
        weight[i * NEIGHBOURS + n] = (k === own ? 3 : 1) / d2[k]!
      }
    }
  }
  return { cols, rows, x0: b.minX, z0: b.minZ, cell, zoneOf, near, weight, zoneIds: zones.map((z) => z.id) }
}

/**
 * Density (share of capacity) and opacity per cell; NaN density where there is no zone or no
 * reading near.
 */
export function heatValues(layout: HeatLayout, readings: Readonly<Record<string, ZoneNow>>): { density: Float32Array; alpha: Float32Array } {
  const cells = layout.cols * layout.rows
  const density = new Float32Array(cells).fill(Number.NaN)
  const alpha = new Float32Array(cells)
  const v = new Float32Array(layout.zoneIds.length).fill(Number.NaN)
  const a = new Float32Array(layout.zoneIds.length)
  layout.zoneIds.forEach((id, k) => {
    const z = readings[id]
    if (z && z.capacity > 0) {
      v[k] = z.count / z.capacity
      a[k] = freshness(z.ageMs)
    }
  })
  for (let i = 0; i < cells; i++) {
    if (layout.zoneOf[i]! < 0) continue
    let w = 0
    let sv = 0
    let sa = 0
    for (let n = 0; n < NEIGHBOURS; n++) {
      const k = layout.near[i * NEIGHBOURS + n]!
      if (k < 0) break
      const vk = v[k]!
      if (Number.isNaN(vk)) continue
      const wk = layout.weight[i * NEIGHBOURS + n]!
      w += wk
      sv += wk * vk
      sa += wk * a[k]!
    }
    if (w > 0) {
      density[i] = sv / w
      alpha[i] = sa / w
    }
  }
  return { density, alpha }
}
