/**
 * The crowd heatmap as a grid over the hall's plan: each cell inside a zone gets a density
 * interpolated from the zone readings (inverse-distance weighting of the zones' centres, so
 * the colour runs smoothly across zone borders instead of jumping) and an opacity from how old
 * the nearby readings are. Point sensors (`venue.sensors`) measure one spot: within
 * SENSOR_RADIUS_M of one its reading takes over from the zone-based estimate, blending back
 * towards it at the edge of that circle — also outside zones (an entrance, a corridor).
 * Pure: the canvas that paints it lives in src/scene/ops/.
 */
import { bbox, centroid } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Point2, Polygon } from '../geometry/types.ts'
import { freshness, type ZoneNow } from './opsView.ts'

/** Zones that shape one cell's colour: its nearest centres. */
export const NEIGHBOURS = 8
/** How far a point sensor's reading reaches across the floor, metres. */
export const SENSOR_RADIUS_M = 10
/** Sensors that shape one cell's colour, at most. */
export const SENSOR_NEIGHBOURS = 4

export interface HeatSensor {
  id: string
  position: Point2
  levelId?: string
}

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
  /** For each cell, the sensors within reach (-1 past the last) and their pull (1 at the sensor, 0 at the radius). */
  sensorNear: Int32Array
  sensorPull: Float32Array
  sensorIds: readonly string[]
}

/**
 * The grid and, per cell, which zones weigh in and how much. Geometry only, so it is built
 * once per scene: a redraw then costs a few multiplications per cell, whatever the zone count.
 */
export function heatLayout(
  hall: Polygon,
  zones: readonly { id: string; footprint: Polygon; levelId?: string }[],
  cols: number,
  sensors: readonly HeatSensor[] = [],
): HeatLayout {
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
  const sensorNear = new Int32Array(cells * SENSOR_NEIGHBOURS).fill(-1)
  const sensorPull = new Float32Array(cells * SENSOR_NEIGHBOURS)
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
      // Sensors in reach; inside a zone only those on the zone's level.
      let found = 0
      for (let k = 0; k < sensors.length && found < SENSOR_NEIGHBOURS; k++) {
        const sn = sensors[k]!
        if (own >= 0 && sn.levelId && zones[own]!.levelId && sn.levelId !== zones[own]!.levelId) continue
        const d = Math.hypot(sn.position[0] - p[0], sn.position[1] - p[1])
        if (d >= SENSOR_RADIUS_M) continue
        sensorNear[i * SENSOR_NEIGHBOURS + found] = k
        sensorPull[i * SENSOR_NEIGHBOURS + found] = (1 - d / SENSOR_RADIUS_M) ** 2
        found++
      }
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
  return { cols, rows, x0: b.minX, z0: b.minZ, cell, zoneOf, near, weight, zoneIds: zones.map((z) => z.id), sensorNear, sensorPull, sensorIds: sensors.map((s) => s.id) }
}

/** Per id: how full it is (NaN without a usable reading) and how fresh that reading is. */
function fillAndFreshness(ids: readonly string[], readings: Readonly<Record<string, ZoneNow>>): [Float32Array, Float32Array] {
  const fill = new Float32Array(ids.length).fill(Number.NaN)
  const fresh = new Float32Array(ids.length)
  ids.forEach((id, k) => {
    const r = readings[id]
    if (r && r.capacity > 0) {
      fill[k] = r.count / r.capacity
      fresh[k] = freshness(r.ageMs)
    }
  })
  return [fill, fresh]
}

/**
 * Density (share of capacity) and opacity per cell; NaN density where there is no zone or no
 * reading near.
 */
export function heatValues(
  layout: HeatLayout,
  readings: Readonly<Record<string, ZoneNow>>,
  sensorReadings: Readonly<Record<string, ZoneNow>> = {},
): { density: Float32Array; alpha: Float32Array } {
  const cells = layout.cols * layout.rows
  const density = new Float32Array(cells).fill(Number.NaN)
  const alpha = new Float32Array(cells)
  const [v, a] = fillAndFreshness(layout.zoneIds, readings)
  const [sv, sa] = fillAndFreshness(layout.sensorIds, sensorReadings)
  for (let i = 0; i < cells; i++) {
    if (layout.zoneOf[i]! >= 0) zoneCell(i)
    if (layout.sensorNear[i * SENSOR_NEIGHBOURS]! >= 0) sensorCell(i)
  }
  return { density, alpha }

  function sensorCell(i: number): void {
    let w = 0
    let dv = 0
    let da = 0
    let pull = 0
    for (let n = 0; n < SENSOR_NEIGHBOURS; n++) {
      const k = layout.sensorNear[i * SENSOR_NEIGHBOURS + n]!
      if (k < 0) break
      if (Number.isNaN(sv[k]!)) continue
      const f = layout.sensorPull[i * SENSOR_NEIGHBOURS + n]!
      w += f
      dv += f * sv[k]!
      da += f * sa[k]!
      pull = Math.max(pull, f)
    }
    if (w <= 0) return
    const d = dv / w
    const a = da / w
    if (Number.isNaN(density[i]!)) {
      // Outside zones (or no zone reading near): the sensor's picture alone, fading out at its edge.
      density[i] = d
      alpha[i] = a * pull
    } else {
      density[i] = density[i]! + (d - density[i]!) * pull
      alpha[i] = alpha[i]! + (a - alpha[i]!) * pull
    }
  }

  function zoneCell(i: number): void {
    let w = 0
    let zv = 0
    let za = 0
    for (let n = 0; n < NEIGHBOURS; n++) {
      const k = layout.near[i * NEIGHBOURS + n]!
      if (k < 0) break
      const vk = v[k]!
      if (Number.isNaN(vk)) continue
      const wk = layout.weight[i * NEIGHBOURS + n]!
      w += wk
      zv += wk * vk
      za += wk * a[k]!
    }
    if (w > 0) {
      density[i] = zv / w
      alpha[i] = za / w
    }
  }
}
