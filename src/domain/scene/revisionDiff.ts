/**
 * What changed between two revisions of a scene, counted the way a visitor would say it: "2
 * sessions moved, 1 exhibitor added". Pure; ids are what make two items the same.
 */
import type { Scene } from './schema.ts'

export interface RevisionDiff {
  sessionsMoved: number
  sessionsAdded: number
  sessionsRemoved: number
  exhibitorsAdded: number
  exhibitorsRemoved: number
  exhibitorsChanged: number
  boothsChanged: number
}

export const DIFF_KEYS = ['sessionsMoved', 'sessionsAdded', 'sessionsRemoved', 'exhibitorsAdded', 'exhibitorsRemoved', 'exhibitorsChanged', 'boothsChanged'] as const

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]))
}

function compare<T extends { id: string }>(before: readonly T[], after: readonly T[], changed: (a: T, b: T) => boolean): { added: number; removed: number; changed: number } {
  const old = byId(before)
  let added = 0
  let changes = 0
  for (const item of after) {
    const was = old.get(item.id)
    if (!was) added++
    else if (changed(was, item)) changes++
  }
  const now = byId(after)
  let removed = 0
  for (const item of before) if (!now.has(item.id)) removed++
  return { added, removed, changed: changes }
}

/** Deep equality of JSON data, without building strings: 20,000 items per revision at expo scale. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false
    return true
  }
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  return true
}

const differs = (a: unknown, b: unknown): boolean => !same(a, b)

export function revisionDiff(before: Scene, after: Scene): RevisionDiff {
  const sessions = compare(before.sessions, after.sessions, (a, b) => a.start !== b.start || a.end !== b.end || a.locationId !== b.locationId)
  const exhibitors = compare(before.exhibitors, after.exhibitors, differs)
  const booths = compare(before.venue.booths, after.venue.booths, differs)
  return {
    sessionsMoved: sessions.changed,
    sessionsAdded: sessions.added,
    sessionsRemoved: sessions.removed,
    exhibitorsAdded: exhibitors.added,
    exhibitorsRemoved: exhibitors.removed,
    exhibitorsChanged: exhibitors.changed,
    boothsChanged: booths.added + booths.removed + booths.changed,
  }
}
