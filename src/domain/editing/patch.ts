/**
 * The one primitive every edit compiles to: item-level replacements, each carrying its before
 * and after, so a patch undoes itself by swapping them. High-level commands never need an
 * inverse of their own, and undo can never drift from what the command did.
 */
import { items, venueMeta, withItems, type AnyItem, type CollectionName, type EditorDoc, type VenueMeta } from './doc.ts'

export type PatchOp =
  /** before null: insert (at `index`, else at the end); after null: remove; both: replace. */
  | { coll: CollectionName; id: string; before: AnyItem | null; after: AnyItem | null; index: number }
  | { coll: 'venue'; before: VenueMeta; after: VenueMeta }

export type Patch = readonly PatchOp[]

export function applyPatch(doc: EditorDoc, patch: Patch): EditorDoc {
  // Copy each touched collection once, however many ops touch it.
  const lists = new Map<CollectionName, AnyItem[]>()
  let meta: VenueMeta | null = null
  const list = (coll: CollectionName): AnyItem[] => {
    let l = lists.get(coll)
    if (!l) {
      l = [...(items(doc, coll) as readonly AnyItem[])]
      lists.set(coll, l)
    }
    return l
  }
  for (const op of patch) {
    if (op.coll === 'venue') {
      meta = op.after
      continue
    }
    const l = list(op.coll)
    if (op.before === null) {
      if (op.after) l.splice(Math.min(op.index, l.length), 0, op.after)
      continue
    }
    const at = l[op.index]?.id === op.id ? op.index : l.findIndex((it) => it.id === op.id)
    if (at < 0) throw new Error(`patch: no ${op.coll} item "${op.id}"`)
    if (op.after === null) l.splice(at, 1)
    else l[at] = op.after
  }
  let out = doc
  if (meta) out = { ...out, venue: { ...out.venue, ...meta } }
  for (const [coll, l] of lists) out = withItems(out, coll, l as never)
  return out
}

export function invertPatch(patch: Patch): Patch {
  const out: PatchOp[] = []
  // Undo runs the ops backwards, so indices recorded at removal are right again at re-insertion.
  for (let i = patch.length - 1; i >= 0; i--) {
    const op = patch[i]!
    out.push(op.coll === 'venue' ? { coll: 'venue', before: op.after, after: op.before } : { ...op, before: op.after, after: op.before })
  }
  return out
}

/** Ops replacing items by id with new versions (items that did not change are left out). */
export function replaceOps<C extends CollectionName>(doc: EditorDoc, coll: C, next: readonly AnyItem[]): PatchOp[] {
  const current = items(doc, coll) as readonly AnyItem[]
  const indexOf = new Map(current.map((it, i) => [it.id, i]))
  const ops: PatchOp[] = []
  for (const after of next) {
    const index = indexOf.get(after.id)
    if (index === undefined) continue
    const before = current[index]!
    if (before !== after) ops.push({ coll, id: after.id, before, after, index })
  }
  return ops
}

export function insertOps(doc: EditorDoc, coll: CollectionName, added: readonly AnyItem[]): PatchOp[] {
  const start = items(doc, coll).length
  return added.map((after, i) => ({ coll, id: after.id, before: null, after, index: start + i }))
}

export function removeOps(doc: EditorDoc, coll: CollectionName, ids: ReadonlySet<string>): PatchOp[] {
  const current = items(doc, coll) as readonly AnyItem[]
  const ops: PatchOp[] = []
  // Highest index first: each recorded index is right at the moment its op runs.
  for (let i = current.length - 1; i >= 0; i--) {
    const it = current[i]!
    if (ids.has(it.id)) ops.push({ coll, id: it.id, before: it, after: null, index: i })
  }
  return ops
}

export function venueOp(doc: EditorDoc, patch: Partial<VenueMeta>): PatchOp {
  const before = venueMeta(doc)
  return { coll: 'venue', before, after: { ...before, ...patch } }
}
