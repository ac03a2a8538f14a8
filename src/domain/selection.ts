/**
 * What the visitor has selected, and what a selection means: its zone, its booths, whether it
 * exists, what "one level up" is. The single source for panel, 3D highlight and camera, URL,
 * search, automation API and embed protocol.
 */
import { bbox } from './geometry/measure.ts'
import type { SceneIndex } from './scene/sceneIndex.ts'

export const SELECTION_KINDS = ['zone', 'booth', 'exhibitor', 'session'] as const
export type SelectionKind = (typeof SELECTION_KINDS)[number]
export interface Selection {
  kind: SelectionKind
  id: string
}

export function isSelectionKind(v: unknown): v is SelectionKind {
  return typeof v === 'string' && (SELECTION_KINDS as readonly string[]).includes(v)
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id)
}

export function selectionExists(index: SceneIndex | null, s: Selection): boolean {
  if (!index) return false
  switch (s.kind) {
    case 'zone':
      return index.zoneById.has(s.id)
    case 'booth':
      return index.boothById.has(s.id)
    case 'exhibitor':
      return index.exhibitorById.has(s.id)
    case 'session':
      return index.sessionById.has(s.id)
  }
}

/**
 * The zone a selection lies in: a zone is its own; a booth's by reference; an exhibitor's is
 * its first booth's; a session's is its location's (a service point or kiosk by position).
 */
export function zoneOfSelection(index: SceneIndex | null, s: Selection | null): string | null {
  if (!index || !s) return null
  switch (s.kind) {
    case 'zone':
      return index.zoneById.has(s.id) ? s.id : null
    case 'booth':
      return index.boothById.get(s.id)?.zoneId ?? null
    case 'exhibitor': {
      const first = index.exhibitorById.get(s.id)?.boothIds[0]
      return first ? (index.boothById.get(first)?.zoneId ?? null) : null
    }
    case 'session': {
      const loc = index.sessionById.get(s.id)?.locationId
      return loc ? zoneOfPlace(index, loc) : null
    }
  }
}

/** The booths a selection points at: a booth, an exhibitor's (maybe several), a session's stand. */
export function boothsOfSelection(index: SceneIndex | null, s: Selection | null): string[] {
  if (!index || !s) return []
  switch (s.kind) {
    case 'zone':
      return []
    case 'booth':
      return index.boothById.has(s.id) ? [s.id] : []
    case 'exhibitor':
      return index.exhibitorById.get(s.id)?.boothIds ?? []
    case 'session': {
      const loc = index.sessionById.get(s.id)?.locationId
      return loc && index.boothById.has(loc) ? [loc] : []
    }
  }
}

/** One level up (Back, the panel's parent link): anything inside a zone → that zone → overview. */
export function parentOfSelection(index: SceneIndex | null, s: Selection | null): Selection | null {
  if (!s || s.kind === 'zone') return null
  const zone = zoneOfSelection(index, s)
  return zone ? { kind: 'zone', id: zone } : null
}

/** The zone any place id lies in (a selection's, or a service point's or kiosk's by position). */
export function zoneOfPlace(index: SceneIndex, id: string): string | null {
  if (index.zoneById.has(id)) return id
  if (index.boothById.has(id)) return zoneOfSelection(index, { kind: 'booth', id })
  if (index.exhibitorById.has(id)) return zoneOfSelection(index, { kind: 'exhibitor', id })
  const session = index.sessionById.get(id)
  if (session) return session.locationId === id ? null : zoneOfPlace(index, session.locationId)
  const p = index.poiById.get(id)?.position ?? index.kioskById.get(id)?.position
  if (!p) return null
  for (const z of index.scene.venue.zones) {
    const b = bbox(z.footprint)
    if (p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minZ && p[1] <= b.maxZ) return z.id
  }
  return null
}
