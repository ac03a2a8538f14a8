/**
 * The document the venue editor works on: a scene's data as plain values, possibly invalid (a
 * draft may break every rule; the validator says which). Items of every collection carry an id.
 */
import { CURRENT_SCHEMA_VERSION } from '../scene/schema.ts'
import { singleLevel } from '../scene/singleLevel.ts'
import type { Booth, Exhibitor, Kiosk, Poi, Scene, Sector, Session, Venue, Zone } from '../scene/schema.ts'
import type { Polygon } from '../geometry/types.ts'

export interface Walkway {
  id: string
  footprint: Polygon
  reason?: { en: string; zh: string }
}

export interface CollectionItems {
  zones: Zone
  booths: Booth
  pois: Poi
  kiosks: Kiosk
  closed: Walkway
  steps: Walkway
  exhibitors: Exhibitor
  sectors: Sector
  sessions: Session
}
export type CollectionName = keyof CollectionItems
export type AnyItem = CollectionItems[CollectionName]

export const COLLECTIONS: readonly CollectionName[] = ['zones', 'booths', 'pois', 'kiosks', 'closed', 'steps', 'exhibitors', 'sectors', 'sessions']
/** Collections drawn on the plan, with a footprint or a position. */
export const PLAN_COLLECTIONS = ['zones', 'booths', 'pois', 'kiosks', 'closed', 'steps'] as const
export type PlanCollection = (typeof PLAN_COLLECTIONS)[number]

/** The venue's own fields, without its item lists. */
export type VenueMeta = Omit<Venue, 'zones' | 'booths' | 'pois' | 'kiosks' | 'walkways'>

export type EditorDoc = Scene

export function items<C extends CollectionName>(doc: EditorDoc, coll: C): readonly CollectionItems[C][] {
  switch (coll) {
    case 'zones':
    case 'booths':
    case 'pois':
    case 'kiosks':
      return doc.venue[coll as 'zones'] as unknown as CollectionItems[C][]
    case 'closed':
    case 'steps':
      return (doc.venue.walkways?.[coll as 'closed'] ?? []) as unknown as CollectionItems[C][]
    case 'exhibitors':
    case 'sectors':
    case 'sessions':
      return doc[coll as 'exhibitors'] as unknown as CollectionItems[C][]
  }
  throw new Error(`unknown collection ${String(coll)}`)
}

export function withItems<C extends CollectionName>(doc: EditorDoc, coll: C, list: CollectionItems[C][]): EditorDoc {
  switch (coll) {
    case 'zones':
    case 'booths':
    case 'pois':
    case 'kiosks':
      return { ...doc, venue: { ...doc.venue, [coll]: list } }
    case 'closed':
    case 'steps': {
      const walkways = { closed: doc.venue.walkways?.closed ?? [], steps: doc.venue.walkways?.steps ?? [], [coll]: list }
      return { ...doc, venue: { ...doc.venue, walkways: walkways as Venue['walkways'] } }
    }
    default:
      return { ...doc, [coll]: list }
  }
}

export function venueMeta(doc: EditorDoc): VenueMeta {
  const { zones: _z, booths: _b, pois: _p, kiosks: _k, walkways: _w, ...meta } = doc.venue
  return meta
}

/** Where an id lives: ids share one namespace across the scene's files. */
export function locate(doc: EditorDoc, id: string): { coll: CollectionName; index: number } | null {
  for (const coll of COLLECTIONS) {
    const list = items(doc, coll)
    for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return { coll, index: i }
  }
  return null
}

export function findItem<C extends CollectionName>(doc: EditorDoc, coll: C, id: string): CollectionItems[C] | undefined {
  return items(doc, coll).find((it) => it.id === id)
}

/** Every id in use (buildings, levels and connectors too), for making new ones. */
export function usedIds(doc: EditorDoc): Set<string> {
  const out = new Set<string>()
  for (const coll of COLLECTIONS) for (const it of items(doc, coll)) out.add(it.id)
  for (const list of [doc.venue.buildings, doc.venue.levels, doc.venue.connectors]) for (const it of list ?? []) out.add(it.id)
  return out
}

/** A fresh id from a base, unique against `taken` (which it extends). */
export function uniqueId(base: string, taken: Set<string>): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item'
  let id = clean
  for (let n = 2; taken.has(id); n++) id = `${clean}-${n}`
  taken.add(id)
  return id
}

/** A new, empty venue: the editor's starting point when there is only a floor plan. */
export function emptyDoc(opts: { id?: string; width?: number; depth?: number } = {}): EditorDoc {
  const w = opts.width ?? 100
  const d = opts.depth ?? 60
  return {
    venue: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: opts.id ?? 'new-venue',
      name: { en: 'New venue', zh: '新展馆' },
      timezone: 'Asia/Shanghai',
      dates: { start: '2024-01-01', end: '2024-01-03' },
      hall: { footprint: [[0, 0], [w, 0], [w, d], [0, d]], height: 12 },
      ...singleLevel([[0, 0], [w, 0], [w, d], [0, d]], 12),
      zones: [],
      booths: [],
      pois: [],
      kiosks: [],
      walkways: { closed: [], steps: [] },
    } as unknown as Venue,
    sectors: [],
    exhibitors: [],
    sessions: [],
  }
}
