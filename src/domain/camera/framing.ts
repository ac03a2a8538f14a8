/** What the camera should frame for a selection: a box in world space (plain numbers). */
import { bbox } from '../geometry/polygon.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Selection } from '../selection.ts'

export interface Box3Plain {
  min: [number, number, number]
  max: [number, number, number]
}

const DEFAULT_BOOTH_HEIGHT = 2.5

export function hallBox(index: SceneIndex): Box3Plain {
  const b = bbox(index.scene.venue.hall.footprint)
  return { min: [b.minX, 0, b.minZ], max: [b.maxX, 4, b.maxZ] }
}

export function frameFor(index: SceneIndex, selection: Selection | null): Box3Plain {
  if (!selection) return hallBox(index)
  const boothIds: string[] = []
  if (selection.kind === 'zone') {
    const z = index.zoneById.get(selection.id)
    if (z) {
      const b = bbox(z.footprint)
      return { min: [b.minX, 0, b.minZ], max: [b.maxX, z.height, b.maxZ] }
    }
  } else if (selection.kind === 'booth') boothIds.push(selection.id)
  else if (selection.kind === 'exhibitor') boothIds.push(...(index.exhibitorById.get(selection.id)?.boothIds ?? []))
  else {
    const loc = index.sessionById.get(selection.id)?.locationId
    if (loc) {
      if (index.zoneById.has(loc)) return frameFor(index, { kind: 'zone', id: loc })
      if (index.boothById.has(loc)) boothIds.push(loc)
      const p = index.poiById.get(loc)?.position ?? index.kioskById.get(loc)?.position
      if (p) return pad({ min: [p[0], 0, p[1]], max: [p[0], 3, p[1]] }, 10)
    }
  }
  if (!boothIds.length) return hallBox(index)
  let out: Box3Plain | null = null
  for (const id of boothIds) {
    const booth = index.boothById.get(id)
    const b = index.boothBox.get(id)
    if (!booth || !b) continue
    const box: Box3Plain = { min: [b.minX, 0, b.minZ], max: [b.maxX, booth.height ?? DEFAULT_BOOTH_HEIGHT, b.maxZ] }
    out = out ? union(out, box) : box
  }
  // Give a booth some surroundings so the visitor sees where it stands.
  return out ? pad(out, 12) : hallBox(index)
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
