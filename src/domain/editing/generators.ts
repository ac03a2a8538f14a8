/**
 * Booth generators: the way organizers lay out a hall — rows of shell booths along an aisle and
 * island blocks of back-to-back booths — in metres, with labels that continue a series.
 */
import type { Point2 } from '../geometry/types.ts'
import type { Booth } from '../scene/schema.ts'
import { uniqueId } from './doc.ts'
import { rectAt, rotatePoint, round, type XZ } from './shapes.ts'

export interface RowSpec {
  zoneId: string
  /** The first booth's corner (its back-left on the plan when not turned). */
  origin: Point2
  count: number
  width: number
  depth: number
  /** Clockwise turn of the row on the north-up plan, degrees. */
  angleDeg?: number
  /** Labels: prefix + a two-digit number, continuing after the highest already used. */
  labelPrefix: string
  /** Gap between neighbours, metres (0 for shell booths sharing a wall). */
  gap?: number
}

export interface IslandSpec {
  zoneId: string
  origin: Point2
  rows: number
  cols: number
  width: number
  depth: number
  /** Aisle between two rows of back-to-back pairs, metres. */
  aisle: number
  angleDeg?: number
  labelPrefix: string
}

/** A booth as generated: its level is its zone's, added by the caller. */
export type PlacedBooth = Omit<Booth, 'levelId'>

export const GENERATOR_LIMIT = 2000

export function rowOfBooths(spec: RowSpec, taken: Set<string>, labels: Set<string>): PlacedBooth[] {
  checkCommon(spec.count, spec.width, spec.depth)
  const step = spec.width + (spec.gap ?? 0)
  const cells: Point2[] = []
  for (let i = 0; i < spec.count; i++) cells.push([spec.origin[0] + i * step + spec.width / 2, spec.origin[1] + spec.depth / 2])
  return place(cells, spec, taken, labels)
}

/**
 * `rows` × `cols` booths; rows pair up back to back, and an aisle runs between pairs — the
 * usual island block of a trade-fair hall.
 */
export function islandBlock(spec: IslandSpec, taken: Set<string>, labels: Set<string>): PlacedBooth[] {
  checkCommon(spec.rows * spec.cols, spec.width, spec.depth)
  if (!(spec.aisle >= 0)) throw new RangeError('the aisle width cannot be negative')
  const cells: Point2[] = []
  for (let r = 0; r < spec.rows; r++) {
    const pair = Math.floor(r / 2)
    const z = spec.origin[1] + r * spec.depth + pair * spec.aisle + spec.depth / 2
    for (let c = 0; c < spec.cols; c++) cells.push([spec.origin[0] + c * spec.width + spec.width / 2, z])
  }
  return place(cells, spec, taken, labels)
}

function checkCommon(count: number, width: number, depth: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('the number of booths must be a whole number ≥ 1')
  if (count > GENERATOR_LIMIT) throw new RangeError(`at most ${GENERATOR_LIMIT} booths at a time`)
  if (!(width > 0 && depth > 0)) throw new RangeError('a booth needs a positive width and depth')
}

function place(
  centers: Point2[],
  spec: { zoneId: string; origin: Point2; width: number; depth: number; angleDeg?: number; labelPrefix: string },
  taken: Set<string>,
  labels: Set<string>,
): PlacedBooth[] {
  const deg = spec.angleDeg ?? 0
  const prefix = spec.labelPrefix.trim().toUpperCase() || 'B'
  let n = highestNumber(prefix, labels)
  return centers.map((c) => {
    const center: XZ = deg ? rotatePoint(c, deg, spec.origin) : [round(c[0]), round(c[1])]
    let label: string
    do label = `${prefix}${String(++n).padStart(2, '0')}`
    while (labels.has(label))
    labels.add(label)
    return { id: uniqueId(`booth-${label}`, taken), zoneId: spec.zoneId, label, footprint: rectAt(center, spec.width, spec.depth, deg) }
  })
}

function highestNumber(prefix: string, labels: Set<string>): number {
  let max = 0
  for (const l of labels) {
    if (!l.startsWith(prefix)) continue
    const rest = l.slice(prefix.length)
    if (/^\d+$/.test(rest)) max = Math.max(max, Number(rest))
  }
  return max
}
