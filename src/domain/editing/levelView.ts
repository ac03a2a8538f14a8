/**
 * One level's plan out of the whole document: the editor draws, picks and snaps against this
 * view, so things on other levels can be neither seen nor touched by mistake. Edits still go to
 * the whole document by id.
 */
import type { Connector, Level } from '../scene/schema.ts'
import { PLAN_COLLECTIONS, items, withItems, type EditorDoc } from './doc.ts'

/** The level the plan shows: the chosen one while it exists, else the first. */
export function shownLevel(doc: EditorDoc, levelId: string | null): Level | undefined {
  const levels = doc.venue.levels ?? []
  return levels.find((l) => l.id === levelId) ?? levels[0]
}

/**
 * The document with only the plan items on `levelId`. An item naming no existing level (a
 * draft's mistake) shows on the first level, so it can be found and fixed.
 */
export function onLevel(doc: EditorDoc, levelId: string): EditorDoc {
  const levels = doc.venue.levels ?? []
  if (levels.length <= 1) return doc
  const known = new Set(levels.map((l) => l.id))
  const first = levels[0]?.id
  const here = (it: { levelId?: unknown }) => it.levelId === levelId || (levelId === first && !known.has(it.levelId as string))
  let out = doc
  for (const coll of PLAN_COLLECTIONS) out = withItems(out, coll, (items(doc, coll) as readonly { levelId?: unknown }[]).filter(here) as never)
  return out
}

/** The connectors with a stop on a level, each with that stop's position. */
export function stopsOn(doc: EditorDoc, levelId: string): { connector: Connector; position: readonly [number, number] }[] {
  const out: { connector: Connector; position: readonly [number, number] }[] = []
  for (const c of doc.venue.connectors ?? []) {
    const stop = c.stops.find((s) => s.levelId === levelId)
    if (stop) out.push({ connector: c, position: stop.position })
  }
  return out
}

/** The level a plan item or connector (its first stop) stands on. */
export function levelOfItem(doc: EditorDoc, id: string): string | undefined {
  for (const coll of PLAN_COLLECTIONS) {
    const it = (items(doc, coll) as readonly { id: string; levelId?: unknown }[]).find((x) => x.id === id)
    if (it) return typeof it.levelId === 'string' ? it.levelId : undefined
  }
  return doc.venue.connectors?.find((c) => c.id === id)?.stops[0]?.levelId ?? doc.venue.levels?.find((l) => l.id === id)?.id
}
