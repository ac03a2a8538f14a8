/** What a freshly drawn item starts as: named and coloured so it is valid the moment it exists. */
import { usedIds, uniqueId, type EditorDoc } from '../domain/editing/doc.ts'
import type { Point2 } from '../domain/geometry/types.ts'
import type { Booth, Kiosk, Poi, Zone } from '../domain/scene/schema.ts'
import { mutablePoly } from '../domain/editing/shapes.ts'
import { SINGLE_LEVEL_ID } from '../domain/scene/singleLevel.ts'
import { shownLevel } from '../domain/editing/levelView.ts'
import type { NewConnector, NewLevel } from '../domain/editing/levels.ts'
import type { ConnectorDraft } from './store.ts'

const PALETTE = ['#2f6fb0', '#2a9d8f', '#e76f51', '#8e5bd0', '#e9a23b', '#3f8f3a', '#c0466f', '#4d6a86']

/** The level new things go on: the one whose plan is shown. */
function editLevel(doc: EditorDoc, levelId: string | null): string {
  return shownLevel(doc, levelId)?.id ?? SINGLE_LEVEL_ID
}

export function newZone(doc: EditorDoc, footprint: Point2[], levelId: string | null): Zone {
  const n = doc.venue.zones.length + 1
  return {
    id: uniqueId(`zone-${n}`, usedIds(doc)),
    levelId: editLevel(doc, levelId),
    kind: 'pavilion',
    name: { en: `Zone ${n}`, zh: `${n} 号展区` },
    summary: { en: `Zone ${n}`, zh: `${n} 号展区` },
    footprint: mutablePoly(footprint),
    height: 4,
    color: PALETTE[(n - 1) % PALETTE.length]!,
  }
}

export function newBooth(doc: EditorDoc, zoneId: string, footprint: Point2[], levelId: string | null): Booth {
  const labels = new Set(doc.venue.booths.map((b) => b.label))
  let n = doc.venue.booths.length + 1
  let label = `B${String(n).padStart(2, '0')}`
  while (labels.has(label)) label = `B${String(++n).padStart(2, '0')}`
  const level = doc.venue.zones.find((z) => z.id === zoneId)?.levelId ?? editLevel(doc, levelId)
  return { id: uniqueId(`booth-${label}`, usedIds(doc)), zoneId, levelId: level, label, footprint: mutablePoly(footprint) }
}

export function newPoi(doc: EditorDoc, position: Point2, levelId: string | null): Poi {
  const n = doc.venue.pois.length + 1
  return { id: uniqueId(`service-${n}`, usedIds(doc)), levelId: editLevel(doc, levelId), kind: 'information', name: { en: `Information ${n}`, zh: `${n} 号咨询台` }, position: [position[0], position[1]] }
}

export function newKiosk(doc: EditorDoc, position: Point2, levelId: string | null): Kiosk {
  const n = doc.venue.kiosks.length + 1
  return { id: uniqueId(`kiosk-${n}`, usedIds(doc)), levelId: editLevel(doc, levelId), name: { en: `Kiosk ${n}`, zh: `${n} 号导览屏` }, position: [position[0], position[1]], heading: 0 }
}

export function newWalkway(doc: EditorDoc, kind: 'closed' | 'steps', footprint: Point2[], levelId: string | null): { id: string; levelId: string; footprint: [number, number][] } {
  return {
    id: uniqueId(`${kind === 'closed' ? 'closed' : 'steps'}-${(doc.venue.walkways?.[kind]?.length ?? 0) + 1}`, usedIds(doc)),
    levelId: editLevel(doc, levelId),
    footprint: mutablePoly(footprint),
  }
}

/** The next level up in the shown level's building: one storey above its top floor. */
export function newLevel(doc: EditorDoc, levelId: string | null): NewLevel {
  const here = shownLevel(doc, levelId)
  const same = doc.venue.levels.filter((l) => !here || l.buildingId === here.buildingId)
  const top = same.reduce<(typeof same)[number] | undefined>((a, l) => (!a || l.ordinal > a.ordinal ? l : a), undefined)
  const ordinal = top ? top.ordinal + 1 : 0
  const n = ordinal + 1
  return {
    ...(here ? { buildingId: here.buildingId } : {}),
    name: { en: `Level ${n}`, zh: `${n} 层` },
    shortName: { en: `L${n}`, zh: `${n}F` },
    ordinal,
    elevation: top ? top.elevation + top.height : 0,
    height: top?.height ?? 6,
  }
}

/** The level a new connector's other stop goes on: the chosen one, else the next up, else down. */
export function connectorTarget(doc: EditorDoc, levelId: string | null, draft: ConnectorDraft): string | null {
  const here = shownLevel(doc, levelId)
  if (!here) return null
  const others = doc.venue.levels.filter((l) => l.id !== here.id && l.buildingId === here.buildingId)
  if (draft.toLevelId && others.some((l) => l.id === draft.toLevelId)) return draft.toLevelId
  const above = others.filter((l) => l.ordinal > here.ordinal).sort((a, b) => a.ordinal - b.ordinal)[0]
  const below = others.filter((l) => l.ordinal < here.ordinal).sort((a, b) => b.ordinal - a.ordinal)[0]
  return (above ?? below)?.id ?? null
}

const CONNECTOR_NAMES = {
  stairs: { en: 'Stairs', zh: '楼梯' },
  escalator: { en: 'Escalator', zh: '自动扶梯' },
  lift: { en: 'Lift', zh: '电梯' },
  ramp: { en: 'Ramp', zh: '坡道' },
} as const
/** Typical rides between two floors, seconds: a guess to refine, never zero. */
const CONNECTOR_SECONDS = { stairs: 30, escalator: 40, lift: 15, ramp: 45 } as const

/** A connector standing at one point of the plan, with a stop on this level and on `toLevelId`. */
export function newConnector(doc: EditorDoc, position: Point2, levelId: string, toLevelId: string, draft: ConnectorDraft): NewConnector {
  const n = doc.venue.connectors.filter((c) => c.kind === draft.kind).length + 1
  const base = CONNECTOR_NAMES[draft.kind]
  const p: [number, number] = [position[0], position[1]]
  return {
    kind: draft.kind,
    name: { en: `${base.en} ${n}`, zh: `${n} 号${base.zh}` },
    // One spot on both levels (a lift shaft, a stair well); "up" runs from the lower ordinal, whatever the order.
    stops: [{ levelId, position: p }, { levelId: toLevelId, position: p }],
    ...(draft.kind === 'escalator' ? { direction: draft.direction } : {}),
    seconds: CONNECTOR_SECONDS[draft.kind],
    ...(draft.kind === 'lift' ? { waitSeconds: 30 } : {}),
  }
}
