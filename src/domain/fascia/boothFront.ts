/**
 * Which side of a booth is its front — the edge that opens to an aisle, where the fascia board
 * with the exhibitor's name hangs. A booth's own `front` wins; otherwise the side whose outside
 * is not another booth, the longest such side, and among equals the one facing the zone's
 * nearest edge (the aisle around it, where visitors walk).
 */
import { bbox } from '../geometry/measure.ts'

export const SIDES = ['north', 'east', 'south', 'west'] as const
export type Side = (typeof SIDES)[number]

export interface FrontInput {
  id: string
  footprint: readonly (readonly [number, number])[]
  front?: Side | undefined
}

export interface BoothFront {
  side: Side
  /** The edge's middle on the floor, [x, z]. */
  mid: [number, number]
  /** The edge's length, metres. */
  length: number
}

/** How far outside an edge to look for a neighbour, metres. */
const PROBE = 0.5

type Box = ReturnType<typeof bbox>

function edge(b: Box, side: Side): BoothFront {
  const cx = (b.minX + b.maxX) / 2
  const cz = (b.minZ + b.maxZ) / 2
  if (side === 'north') return { side, mid: [cx, b.minZ], length: b.maxX - b.minX }
  if (side === 'south') return { side, mid: [cx, b.maxZ], length: b.maxX - b.minX }
  if (side === 'east') return { side, mid: [b.maxX, cz], length: b.maxZ - b.minZ }
  return { side, mid: [b.minX, cz], length: b.maxZ - b.minZ }
}

const OUTWARD: Record<Side, [number, number]> = { north: [0, -1], south: [0, 1], east: [1, 0], west: [-1, 0] }

export interface BoothSides {
  front: BoothFront
  /** Each side's outside is aisle, not another booth (probed at its middle and quarters). */
  open: Record<Side, boolean>
}

/**
 * "Is this floor point inside another booth?" over a grid of the boxes: a zone of a
 * 70,000-booth fair holds thousands, and a scan of all of them per probe was quadratic.
 */
function insideAnother(boxes: readonly Box[], all: Box): (x: number, z: number, skip: number) => boolean {
  const cell = Math.max(1, Math.sqrt(((all.maxX - all.minX) * (all.maxZ - all.minZ)) / Math.max(1, boxes.length)) * 2)
  const cols = Math.max(1, Math.ceil((all.maxX - all.minX) / cell) + 1)
  const rows = Math.max(1, Math.ceil((all.maxZ - all.minZ) / cell) + 1)
  const cells = new Map<number, number[]>()
  const col = (x: number): number => Math.min(cols - 1, Math.max(0, Math.floor((x - all.minX) / cell)))
  const row = (z: number): number => Math.min(rows - 1, Math.max(0, Math.floor((z - all.minZ) / cell)))
  boxes.forEach((b, i) => {
    for (let r = row(b.minZ); r <= row(b.maxZ); r++)
      for (let c = col(b.minX); c <= col(b.maxX); c++) {
        const key = r * cols + c
        const list = cells.get(key)
        if (list) list.push(i)
        else cells.set(key, [i])
      }
  })
  return (x, z, skip) => {
    if (x <= all.minX || x >= all.maxX || z <= all.minZ || z >= all.maxZ) return false
    const list = cells.get(row(z) * cols + col(x))
    if (!list) return false
    for (const i of list) {
      const b = boxes[i]!
      if (i !== skip && x > b.minX && x < b.maxX && z > b.minZ && z < b.maxZ) return true
    }
    return false
  }
}

/** Each booth's front and which of its sides open to an aisle, in a group of neighbouring booths (a zone's). */
export function boothSides(booths: readonly FrontInput[]): Map<string, BoothSides> {
  const boxes = booths.map((b) => bbox(b.footprint))
  const all: Box = {
    minX: Math.min(...boxes.map((b) => b.minX)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    minZ: Math.min(...boxes.map((b) => b.minZ)),
    maxZ: Math.max(...boxes.map((b) => b.maxZ)),
  }
  const inside = insideAnother(boxes, all)
  const out = new Map<string, BoothSides>()
  booths.forEach((booth, i) => {
    const b = boxes[i]!
    const open = { north: false, east: false, south: false, west: false }
    let best: { front: BoothFront; score: number } | null = null
    for (const side of SIDES) {
      const e = edge(b, side)
      const [ox, oz] = OUTWARD[side]
      // Closed when the floor just outside the edge (at its middle or either quarter) is a booth.
      const along: [number, number] = [oz !== 0 ? 1 : 0, ox !== 0 ? 1 : 0]
      open[side] = [-0.25, 0, 0.25].every((t) => !inside(e.mid[0] + ox * PROBE + along[0] * t * e.length, e.mid[1] + oz * PROBE + along[1] * t * e.length, i))
      if (!open[side]) continue
      // Distance from this edge to the group's outer edge on that side: nearer is the aisle.
      const toEdge = side === 'north' ? b.minZ - all.minZ : side === 'south' ? all.maxZ - b.maxZ : side === 'east' ? all.maxX - b.maxX : b.minX - all.minX
      const score = e.length * 1000 - toEdge
      if (!best || score > best.score) best = { front: e, score }
    }
    // A booth's own front wins; one boxed in on every side still gets a board: on its longest side.
    const front = booth.front ? edge(b, booth.front) : (best?.front ?? SIDES.map((s) => edge(b, s)).reduce((a, c) => (c.length > a.length ? c : a)))
    out.set(booth.id, { front, open })
  })
  return out
}

/** Fronts of a group of neighbouring booths (a zone's): each booth against the others. */
export function boothFronts(booths: readonly FrontInput[]): Map<string, BoothFront> {
  const out = new Map<string, BoothFront>()
  for (const [id, s] of boothSides(booths)) out.set(id, s.front)
  return out
}

/** The side opposite. */
export const OPPOSITE: Record<Side, Side> = { north: 'south', south: 'north', east: 'west', west: 'east' }

/** Rotation about y that turns a board facing +z (south) to face the side's way out. */
export function sideYaw(side: Side): number {
  return side === 'south' ? 0 : side === 'north' ? Math.PI : side === 'east' ? Math.PI / 2 : -Math.PI / 2
}

export { OUTWARD }
