/** What a freshly drawn item starts as: named and coloured so it is valid the moment it exists. */
import { usedIds, uniqueId, type EditorDoc } from '../domain/editing/doc.ts'
import type { Point2 } from '../domain/geometry/types.ts'
import type { Booth, Kiosk, Poi, Zone } from '../domain/scene/schema.ts'
import { mutablePoly } from '../domain/editing/shapes.ts'
import { SINGLE_LEVEL_ID } from '../domain/scene/singleLevel.ts'

const PALETTE = ['#2f6fb0', '#2a9d8f', '#e76f51', '#8e5bd0', '#e9a23b', '#3f8f3a', '#c0466f', '#4d6a86']

/** The level new things go on: the editor draws the first level's plan. */
function editLevel(doc: EditorDoc): string {
  return doc.venue.levels[0]?.id ?? SINGLE_LEVEL_ID
}

export function newZone(doc: EditorDoc, footprint: Point2[]): Zone {
  const n = doc.venue.zones.length + 1
  return {
    id: uniqueId(`zone-${n}`, usedIds(doc)),
    levelId: editLevel(doc),
    kind: 'pavilion',
    name: { en: `Zone ${n}`, zh: `${n} 号展区` },
    summary: { en: `Zone ${n}`, zh: `${n} 号展区` },
    footprint: mutablePoly(footprint),
    height: 4,
    color: PALETTE[(n - 1) % PALETTE.length]!,
  }
}

export function newBooth(doc: EditorDoc, zoneId: string, footprint: Point2[]): Booth {
  const labels = new Set(doc.venue.booths.map((b) => b.label))
  let n = doc.venue.booths.length + 1
  let label = `B${String(n).padStart(2, '0')}`
  while (labels.has(label)) label = `B${String(++n).padStart(2, '0')}`
  const levelId = doc.venue.zones.find((z) => z.id === zoneId)?.levelId ?? editLevel(doc)
  return { id: uniqueId(`booth-${label}`, usedIds(doc)), zoneId, levelId, label, footprint: mutablePoly(footprint) }
}

export function newPoi(doc: EditorDoc, position: Point2): Poi {
  const n = doc.venue.pois.length + 1
  return { id: uniqueId(`service-${n}`, usedIds(doc)), levelId: editLevel(doc), kind: 'information', name: { en: `Information ${n}`, zh: `${n} 号咨询台` }, position: [position[0], position[1]] }
}

export function newKiosk(doc: EditorDoc, position: Point2): Kiosk {
  const n = doc.venue.kiosks.length + 1
  return { id: uniqueId(`kiosk-${n}`, usedIds(doc)), levelId: editLevel(doc), name: { en: `Kiosk ${n}`, zh: `${n} 号导览屏` }, position: [position[0], position[1]], heading: 0 }
}

export function newWalkway(doc: EditorDoc, kind: 'closed' | 'steps', footprint: Point2[]): { id: string; levelId: string; footprint: [number, number][] } {
  return {
    id: uniqueId(`${kind === 'closed' ? 'closed' : 'steps'}-${(doc.venue.walkways?.[kind]?.length ?? 0) + 1}`, usedIds(doc)),
    levelId: editLevel(doc),
    footprint: mutablePoly(footprint),
  }
}
