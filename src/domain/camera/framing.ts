/** What the camera should frame for a selection: a box in world space (plain numbers). */
import { bbox } from '../geometry/measure.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { boothFronts, sideYaw } from '../fascia/boothFront.ts'
import { boothsOfSelection, type Selection } from '../selection.ts'

export interface Box3Plain {
  min: [number, number, number]
  max: [number, number, number]
}

const DEFAULT_BOOTH_HEIGHT = 2.5
/** Floor kept around framed booths, as a share of their larger side. */
const BOOTH_SURROUND = 0.3

export function hallBox(index: SceneIndex): Box3Plain {
  const b = bbox(index.scene.venue.hall.footprint)
  return { min: [b.minX, 0, b.minZ], max: [b.maxX, 4, b.maxZ] }
}

export function frameFor(index: SceneIndex, selection: Selection | null): Box3Plain {
  if (!selection) return hallBox(index)
  if (selection.kind === 'zone') {
    const z = index.zoneById.get(selection.id)
    if (!z) return hallBox(index)
    const b = bbox(z.footprint)
    return { min: [b.minX, 0, b.minZ], max: [b.maxX, z.height, b.maxZ] }
  }
  if (selection.kind === 'session') {
    // A session in a whole zone frames the zone; at a service point or kiosk, that point.
    const loc = index.sessionById.get(selection.id)?.locationId
    if (loc && index.zoneById.has(loc)) return frameFor(index, { kind: 'zone', id: loc })
    const p = loc ? (index.poiById.get(loc)?.position ?? index.kioskById.get(loc)?.position) : undefined
    if (p) return pad({ min: [p[0], 0, p[1]], max: [p[0], 3, p[1]] }, 10)
  }
  let out: Box3Plain | null = null
  for (const id of boothsOfSelection(index, selection)) {
    const booth = index.boothById.get(id)
    const b = index.boothBox.get(id)
    if (!booth || !b) continue
    const box: Box3Plain = { min: [b.minX, 0, b.minZ], max: [b.maxX, booth.height ?? DEFAULT_BOOTH_HEIGHT, b.maxZ] }
    out = out ? union(out, box) : box
  }
  if (!out) return hallBox(index)
  // Some surroundings show where it stands, little enough that the booth itself fills at
  // least half of the view's shorter side.
  return pad(out, BOOTH_SURROUND * Math.max(out.max[0] - out.min[0], out.max[2] - out.min[2]))
}

function union(a: Box3Plain, b: Box3Plain): Box3Plain {
  return {
    min: [Math.min(a.min[0], b.min[0]), Math.min(a.min[1], b.min[1]), Math.min(a.min[2], b.min[2])],
    max: [Math.max(a.max[0], b.max[0]), Math.max(a.max[1], b.max[1]), Math.max(a.max[2], b.max[2])],
  }
}

function pad(b: Box3Plain, m: number): Box3Plain {
  return { min: [b.min[0] - m, b.min[1], b.min[2] - m], max: [b.max[0] + m, b.max[1], b.max[2] + m] }
}

/**
 * What a portrait kiosk shows first: the hall ahead of it as a visitor standing there sees it —
 * from the kiosk to the far wall along its heading, as wide as a tall screen holds (`aspect`,
 * width / height), centred on the kiosk's line of sight and kept inside the hall.
 */
export function kioskViewBox(index: SceneIndex, position: readonly [number, number], headingDeg: number, aspect: number): Box3Plain {
  const h = hallBox(index)
  const rad = (headingDeg * Math.PI) / 180
  // Heading is clockwise from north (−z): east is +x.
  const dir: [number, number] = [Math.sin(rad), -Math.cos(rad)]
  const side: [number, number] = [-dir[1], dir[0]]
  // How far the hall reaches ahead of the kiosk (the ray to the hall's bounding box).
  const reach = (p: number, d: number, lo: number, hi: number): number => (d > 1e-9 ? (hi - p) / d : d < -1e-9 ? (lo - p) / d : Infinity)
  const depth = Math.max(10, Math.min(reach(position[0], dir[0], h.min[0], h.max[0]), reach(position[1], dir[1], h.min[2], h.max[2])))
  const half = (depth * Math.min(1, aspect) * 1.15) / 2
  const pts: [number, number][] = []
  for (const along of [0, depth]) for (const across of [-half, half]) pts.push([position[0] + dir[0] * along + side[0] * across, position[1] + dir[1] * along + side[1] * across])
  const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))
  const xs = pts.map((p) => clamp(p[0], h.min[0], h.max[0]))
  const zs = pts.map((p) => clamp(p[1], h.min[2], h.max[2]))
  return { min: [Math.min(...xs), 0, Math.min(...zs)], max: [Math.max(...xs), h.max[1], Math.max(...zs)] }
}

/**
 * The way to look at a booth (or an exhibitor's first booth): from the aisle in front of it, so
 * its fascia faces the visitor. A camera-controls azimuth in radians; null for other selections.
 */
export function facingFor(index: SceneIndex, selection: Selection | null): number | null {
  const boothId = selection?.kind === 'booth' ? selection.id : selection?.kind === 'exhibitor' ? index.exhibitorById.get(selection.id)?.boothIds[0] : undefined
  const booth = boothId ? index.boothById.get(boothId) : undefined
  if (!booth) return null
  const front = boothFronts(index.boothsByZone.get(booth.zoneId) ?? [booth]).get(booth.id)
  return front ? sideYaw(front.side) : null
}
