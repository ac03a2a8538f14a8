/**
 * How a booth is built — `shell` (back and side walls, fascia along the front), `island` (open,
 * raised floor, fascia on a pylon), `stage` or `lounge` (docs/contract.md). A booth's own `type`
 * wins; otherwise it is read from where the booth stands, at load time and never written back
 * into the data, so an organizer's file keeps only what the organizer chose.
 */
import { boothSides, OPPOSITE, type BoothSides, type FrontInput, type Side } from '../fascia/boothFront.ts'
import { bbox } from '../geometry/measure.ts'
import type { Point2 } from '../geometry/types.ts'

/** Zod-free, so the 3D view can import it without the validator. */
export const BOOTH_TYPES = ['shell', 'island', 'stage', 'lounge'] as const
export type BoothType = (typeof BOOTH_TYPES)[number]

/** From this floor area (m²) a booth is built as an island: a 6 × 6 m space is sold as a stand of its own. */
export const ISLAND_MIN_AREA_M2 = 36

export interface TypedBoothInput extends FrontInput {
  type?: BoothType | undefined
}

export interface TypeContext {
  /** The zone's kind (`stage` zones hold stages). */
  zoneKind: string
  /** Points of interest on the booths' level: a `stage` inside a booth makes it a stage, a `lounge` or `cafe` a lounge. */
  pois: readonly { kind: string; position: Point2 }[]
}

export interface TypedBooth {
  type: BoothType
  /** Whether the type came from the data or was derived. */
  explicit: boolean
  sides: BoothSides
}

function insideBox(p: Point2, b: ReturnType<typeof bbox>): boolean {
  return p[0] > b.minX && p[0] < b.maxX && p[1] > b.minZ && p[1] < b.maxZ
}

/** Each booth of one zone with its type and sides (front, open edges), in one pass over the neighbours. */
export function boothTypes(booths: readonly TypedBoothInput[], ctx: TypeContext): Map<string, TypedBooth> {
  const sides = boothSides(booths)
  const out = new Map<string, TypedBooth>()
  for (const b of booths) {
    const s = sides.get(b.id)!
    out.set(b.id, { type: b.type ?? derive(b, s, ctx), explicit: b.type !== undefined, sides: s })
  }
  return out
}

function derive(b: TypedBoothInput, s: BoothSides, ctx: TypeContext): BoothType {
  if (ctx.zoneKind === 'stage') return 'stage'
  const box = bbox(b.footprint)
  let lounge = false
  for (const p of ctx.pois) {
    if (!insideBox(p.position, box)) continue
    if (p.kind === 'stage') return 'stage'
    if (p.kind === 'lounge' || p.kind === 'cafe') lounge = true
  }
  if (lounge) return 'lounge'
  const openCount = (['north', 'east', 'south', 'west'] as const).filter((side) => s.open[side]).length
  const area = (box.maxX - box.minX) * (box.maxZ - box.minZ)
  return openCount >= 3 || area >= ISLAND_MIN_AREA_M2 - 1e-6 ? 'island' : 'shell'
}

/** The three edges a shell's walls may stand on: the back always, each side unless it opens to an aisle. */
export function wallSides(front: Side, open: Record<Side, boolean>): Side[] {
  const flanks: Side[] = front === 'north' || front === 'south' ? ['west', 'east'] : ['north', 'south']
  return [OPPOSITE[front], ...flanks.filter((f) => !open[f])]
}

export interface ZoneTypesSource {
  zoneById: ReadonlyMap<string, { kind: string; levelId: string }>
  boothsByZone: ReadonlyMap<string, readonly TypedBoothInput[]>
  scene: { venue: { pois: readonly { kind: string; position: Point2; levelId: string }[] } }
}

const cache = new WeakMap<ZoneTypesSource, Map<string, Map<string, TypedBooth>>>()

/** The types of one zone's booths, worked out once per loaded scene and zone (the view, the fascias and the props share it). */
export function zoneBoothTypes(index: ZoneTypesSource, zoneId: string): Map<string, TypedBooth> {
  let perZone = cache.get(index)
  if (!perZone) cache.set(index, (perZone = new Map()))
  let types = perZone.get(zoneId)
  if (!types) {
    const zone = index.zoneById.get(zoneId)
    const pois = zone ? index.scene.venue.pois.filter((p) => p.levelId === zone.levelId) : []
    types = boothTypes(index.boothsByZone.get(zoneId) ?? [], { zoneKind: zone?.kind ?? 'pavilion', pois })
    perZone.set(zoneId, types)
  }
  return types
}
