/**
 * What stands on each booth of the zone in view, by its type (domain/scene/boothType.ts): wall
 * panels, a counter, a screen, a pylon for the fascia, seats, a stage's backdrop. A plan of
 * axis-aligned boxes; the view draws each part kind as one instanced mesh.
 */
import { OPPOSITE, OUTWARD, type Side } from '../fascia/boothFront.ts'
import { fasciaMount } from '../fascia/fasciaMount.ts'
import { bbox } from '../geometry/measure.ts'
import type { Point2 } from '../geometry/types.ts'
import { wallSides, type BoothType, type TypedBooth } from '../scene/boothType.ts'

export const PART_KINDS = ['wall', 'backdrop', 'counter', 'screen', 'pylon', 'seat'] as const
export type PartKind = (typeof PART_KINDS)[number]

export interface BoothPart {
  boothId: string
  kind: PartKind
  /** Box centre, metres (y up). */
  x: number
  y: number
  z: number
  /** Box size along x, y, z. */
  sx: number
  sy: number
  sz: number
}

/** Shell-scheme wall panels: 2.5 m high (unless the booth says otherwise), 8 cm thick. */
export const WALL_T = 0.08
/** Half the gap the view leaves between neighbouring booths. */
const GAP = 0.05
const PYLON_W = 0.3
const BACKDROP_T = 0.2
const BACKDROP_H = 4

/**
 * A booth's floor: a shell's or lounge's carpet, an island's low plinth, a stage's platform.
 * Close up the booth body is drawn this high instead of as a solid block.
 */
export function floorHeight(type: BoothType): number {
  return type === 'island' ? 0.15 : type === 'stage' ? 0.6 : 0.05
}

export interface PartsInput {
  id: string
  footprint: readonly Point2[] | readonly (readonly [number, number])[]
  height?: number | undefined
}

/** Every part of the given booths. `occupied` booths (with an exhibitor) get a counter and a screen; an empty stand has none. */
export function planBoothParts(
  booths: readonly PartsInput[],
  types: ReadonlyMap<string, TypedBooth>,
  occupied: (boothId: string) => boolean,
  defaultHeight: number,
): BoothPart[] {
  const out: BoothPart[] = []
  for (const b of booths) {
    const t = types.get(b.id)
    if (!t) continue
    const raw = bbox(b.footprint as Point2[])
    const box = { minX: raw.minX + GAP, maxX: raw.maxX - GAP, minZ: raw.minZ + GAP, maxZ: raw.maxZ - GAP }
    const h = b.height ?? defaultHeight
    const floor = floorHeight(t.type)
    const front = t.sides.front.side
    const add = (kind: PartKind, x: number, y: number, z: number, sx: number, sy: number, sz: number): void => {
      out.push({ boothId: b.id, kind, x, y, z, sx, sy, sz })
    }
    /** A panel `thick` deep lying along `side`, `inset` inside it, `len` long, from `y0` up `tall`, shifted `shift` along the edge. */
    const along = (kind: PartKind, side: Side, inset: number, thick: number, len: number, y0: number, tall: number, shift = 0): void => {
      const [ox, oz] = OUTWARD[side]
      const cx = (box.minX + box.maxX) / 2
      const cz = (box.minZ + box.maxZ) / 2
      const edgeX = ox > 0 ? box.maxX : ox < 0 ? box.minX : cx
      const edgeZ = oz > 0 ? box.maxZ : oz < 0 ? box.minZ : cz
      const d = inset + thick / 2
      if (ox !== 0) add(kind, edgeX - ox * d, y0 + tall / 2, cz + shift, thick, tall, len)
      else add(kind, cx + shift, y0 + tall / 2, edgeZ - oz * d, len, tall, thick)
    }
    const lengthOf = (side: Side): number => (side === 'north' || side === 'south' ? box.maxX - box.minX : box.maxZ - box.minZ)
    const back = OPPOSITE[front]
    const frontLen = lengthOf(front)
    const backLen = lengthOf(back)
    const depth = lengthOf(front === 'north' || front === 'south' ? 'east' : 'north')

    if (t.type === 'shell') for (const side of wallSides(front, t.sides.open)) along('wall', side, 0, WALL_T, lengthOf(side), 0, h)
    if (t.type === 'stage') along('backdrop', back, 0, BACKDROP_T, backLen, floor, BACKDROP_H)
    const mount = fasciaMount(t.type, h)
    // Flush against the board's back (the board hangs just outside the front edge).
    if (mount.pylon) along('pylon', front, -GAP, PYLON_W, PYLON_W, floor, mount.bottom - floor)
    if (t.type === 'lounge') {
      // Two sofas facing each other across the middle.
      const len = Math.min(1.8, frontLen * 0.5)
      along('seat', front, depth * 0.3, 0.8, len, floor, 0.45)
      along('seat', back, depth * 0.3, 0.8, len, floor, 0.45)
    }
    if (!occupied(b.id)) continue
    // The counter just inside the front, towards one corner (a stage's lectern in the middle).
    const counterLen = Math.min(t.type === 'stage' ? 0.6 : 1.2, frontLen * 0.4)
    // Off the middle, where an open stand's pylon stands.
    const counterShift = t.type === 'shell' ? Math.max(0, frontLen / 2 - counterLen / 2 - 0.3) : t.type === 'stage' ? 0 : frontLen / 4
    along('counter', front, 0.4, 0.5, counterLen, floor, t.type === 'stage' ? 1.1 : 1, counterShift)
    // The screen: on a shell's back wall, the stage's backdrop, or a stand at an open booth's back.
    const screenInset = t.type === 'shell' ? WALL_T : t.type === 'stage' ? BACKDROP_T : 0.4
    const screenW = Math.min(t.type === 'stage' ? backLen * 0.6 : 1.6, backLen * 0.7)
    const screenH = t.type === 'stage' ? 2 : 0.9
    along('screen', back, screenInset, 0.06, screenW, floor + (t.type === 'stage' ? 1.4 : 1.25), screenH)
  }
  return out
}
