/**
 * Imported records into a scene's list: rows update the record with their id and add new ones;
 * with `prune`, records the file no longer has are removed. Also the diff a dry run prints.
 */
import type { Imported, Provenance } from './rowReader.ts'

export interface ListDiff {
  added: string[]
  /** Changed records with the names of the fields that changed. */
  changed: { id: string; fields: string[] }[]
  removed: string[]
}

export interface Merged {
  list: Record<string, unknown>[]
  diff: ListDiff
  /** Index in the merged list → where that record came from (imported rows only). */
  from: Map<number, Provenance>
}

type Rec = Record<string, unknown>

/**
 * `existing` are the records as they are on disk, so fields this importer does not know survive
 * an update; a field the row set to `undefined` is removed.
 */
export function mergeRecords(existing: readonly unknown[], incoming: readonly Imported<{ id: string }>[], prune: boolean): Merged {
  const byId = new Map(incoming.map((x) => [x.record.id, x]))
  const diff: ListDiff = { added: [], changed: [], removed: [] }
  const list: Rec[] = []
  const from = new Map<number, Provenance>()
  const kept = new Set<string>()
  for (const item of existing) {
    const old = item as Rec & { id: string }
    const x = byId.get(old.id)
    if (!x) {
      if (prune) diff.removed.push(old.id)
      else list.push(old)
      continue
    }
    kept.add(old.id)
    const next = withoutUndefined({ ...old, ...x.record })
    const fields = changedFields(old, next)
    if (fields.length) diff.changed.push({ id: old.id, fields })
    from.set(list.length, x.from)
    list.push(next)
  }
  for (const x of incoming) {
    if (kept.has(x.record.id)) continue
    diff.added.push(x.record.id)
    from.set(list.length, x.from)
    list.push(withoutUndefined({ ...x.record }))
  }
  return { list, diff, from }
}

function withoutUndefined(r: Rec): Rec {
  for (const k of Object.keys(r)) if (r[k] === undefined) delete r[k]
  return r
}

function changedFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return [...keys].filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k])).sort()
}

export function isEmptyDiff(d: ListDiff): boolean {
  return d.added.length === 0 && d.changed.length === 0 && d.removed.length === 0
}
