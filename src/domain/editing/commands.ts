/**
 * Every change the venue editor can make, as a named, serialisable command — the same set for
 * the toolbar, the keyboard and `window.venueTwinEditor`. A command compiles against the current
 * document to a `Patch` (patch.ts), which applies and undoes it.
 */
import type { Point2, Polygon } from '../geometry/types.ts'
import type { LocalizedText } from '../i18n/text.ts'
import { arrange, type AlignEdge } from './arrange.ts'
import { CommandError, zhThing } from './commandError.ts'
import {
  COLLECTIONS,
  findItem,
  items,
  locate,
  usedIds,
  uniqueId,
  type AnyItem,
  type CollectionItems,
  type CollectionName,
  type EditorDoc,
  type PlanCollection,
  type VenueMeta,
} from './doc.ts'
import { addConnectorOps, addLevelOps, deleteConnectorOps, deleteLevelOps, moveConnectorOps, updateLevelOps, type LevelChanges, type NewConnector, type NewLevel } from './levels.ts'
import { islandBlock, rowOfBooths, type IslandSpec, type RowSpec } from './generators.ts'
import { boxOf, moved, turned } from './geometryOf.ts'
import { applyPatch, insertOps, removeOps, replaceOps, venueOp, type Patch, type PatchOp } from './patch.ts'
import { centroid, rectAt, rectMeasure, unionBox } from './shapes.ts'

export type Command =
  | { type: 'add'; coll: CollectionName; item: AnyItem }
  | { type: 'update'; coll: CollectionName; id: string; changes: Record<string, unknown> }
  | { type: 'delete'; ids: string[] }
  | { type: 'move'; ids: string[]; dx: number; dz: number }
  | { type: 'rotate'; ids: string[]; degrees: number }
  | { type: 'resize-booth'; id: string; width: number; depth: number }
  | { type: 'set-footprint'; target: { coll: PlanCollection; id: string } | 'hall'; footprint: Polygon }
  | { type: 'generate-row'; spec: RowSpec }
  | { type: 'generate-island'; spec: IslandSpec }
  | { type: 'assign'; exhibitorId: string; boothId: string; replace?: boolean }
  | { type: 'unassign'; exhibitorId: string; boothId: string }
  | { type: 'paste'; items: { coll: CollectionName; item: AnyItem }[]; dx: number; dz: number }
  | { type: 'align'; ids: string[]; edge: AlignEdge }
  | { type: 'distribute'; ids: string[]; axis: 'x' | 'z' }
  | { type: 'set-venue'; changes: Partial<VenueMeta> }
  | { type: 'add-level'; level: NewLevel }
  | { type: 'update-level'; id: string; changes: LevelChanges }
  | { type: 'delete-level'; id: string }
  | { type: 'add-connector'; connector: NewConnector }

export type CommandType = Command['type']

export { CommandError }

/** What a command did: the patch to apply (and to undo) and the ids it created. */
export interface Compiled {
  patch: Patch
  created: string[]
}

export function compile(doc: EditorDoc, cmd: Command): Compiled {
  switch (cmd.type) {
    case 'add': {
      const taken = usedIds(doc)
      if (taken.has(cmd.item.id)) throw new CommandError(`the id "${cmd.item.id}" is already used`, `编号“${cmd.item.id}”已被占用`)
      return { patch: insertOps(doc, cmd.coll, [cmd.item]), created: [cmd.item.id] }
    }
    case 'update': {
      const item = findItem(doc, cmd.coll, cmd.id)
      if (!item) throw new CommandError(`there is no ${cmd.coll} item "${cmd.id}"`, `找不到${zhThing(cmd.coll)}“${cmd.id}”`)
      if ('id' in cmd.changes && cmd.changes.id !== cmd.id) throw new CommandError('an id cannot be changed by an update', '编号不能通过修改来更改')
      return { patch: replaceOps(doc, cmd.coll, [{ ...item, ...cmd.changes } as AnyItem]), created: [] }
    }
    case 'delete':
      return { patch: deleteOps(doc, new Set(cmd.ids)), created: [] }
    case 'move':
      return { patch: [...mapItems(doc, cmd.ids, (it) => moved(it, cmd.dx, cmd.dz)), ...moveConnectorOps(doc, new Set(cmd.ids), cmd.dx, cmd.dz)], created: [] }
    case 'rotate': {
      // A group turns around its common centre, a single item around its own.
      const boxes = cmd.ids.map((id) => itemById(doc, id)).flatMap((it) => (it ? [boxOf(it)] : [])).filter((b) => b !== null)
      const box = unionBox(boxes)
      const about: Point2 | undefined = cmd.ids.length > 1 && box ? [(box.minX + box.maxX) / 2, (box.minZ + box.maxZ) / 2] : undefined
      return { patch: mapItems(doc, cmd.ids, (it) => turned(it, cmd.degrees, about)), created: [] }
    }
    case 'resize-booth': {
      const booth = findItem(doc, 'booths', cmd.id)
      if (!booth) throw new CommandError(`there is no booth "${cmd.id}"`, `找不到展位“${cmd.id}”`)
      if (!(cmd.width > 0 && cmd.depth > 0)) throw new CommandError('a booth needs a positive width and depth', '展位的宽度和进深须大于 0')
      const m = rectMeasure(booth.footprint)
      const center = m?.center ?? centroid(booth.footprint)
      return { patch: replaceOps(doc, 'booths', [{ ...booth, footprint: rectAt(center, cmd.width, cmd.depth, m?.deg ?? 0) }]), created: [] }
    }
    case 'set-footprint': {
      if (cmd.footprint.length < 3) throw new CommandError('a footprint needs at least 3 points', '轮廓至少需要 3 个点')
      if (cmd.target === 'hall') {
        return { patch: [venueOp(doc, { hall: { ...doc.venue.hall, footprint: cmd.footprint.map((p) => [p[0], p[1]] as const) } })], created: [] }
      }
      const { coll, id } = cmd.target
      const item = findItem(doc, coll, id)
      if (!item) throw new CommandError(`there is no ${coll} item "${id}"`, `找不到${zhThing(coll)}“${id}”`)
      return { patch: replaceOps(doc, coll, [{ ...item, footprint: cmd.footprint } as AnyItem]), created: [] }
    }
    case 'generate-row':
    case 'generate-island': {
      const zoneId = cmd.spec.zoneId
      const zone = findItem(doc, 'zones', zoneId)
      if (!zone) throw new CommandError(`there is no zone "${zoneId}"`, `找不到区域“${zoneId}”`)
      const placed = cmd.type === 'generate-row' ? rowOfBooths(cmd.spec, usedIds(doc), labelsOf(doc)) : islandBlock(cmd.spec, usedIds(doc), labelsOf(doc))
      // A booth stands on its zone's level.
      const booths = placed.map((b) => ({ ...b, levelId: zone.levelId }))
      return { patch: insertOps(doc, 'booths', booths), created: booths.map((b) => b.id) }
    }
    case 'assign':
    case 'unassign': {
      const ex = findItem(doc, 'exhibitors', cmd.exhibitorId)
      if (!ex) throw new CommandError(`there is no exhibitor "${cmd.exhibitorId}"`, `找不到展商“${cmd.exhibitorId}”`)
      if (!findItem(doc, 'booths', cmd.boothId)) throw new CommandError(`there is no booth "${cmd.boothId}"`, `找不到展位“${cmd.boothId}”`)
      const boothIds =
        cmd.type === 'unassign'
          ? ex.boothIds.filter((b) => b !== cmd.boothId)
          : cmd.replace
            ? [cmd.boothId]
            : ex.boothIds.includes(cmd.boothId)
              ? ex.boothIds
              : [...ex.boothIds, cmd.boothId]
      return { patch: replaceOps(doc, 'exhibitors', [{ ...ex, boothIds }]), created: [] }
    }
    case 'paste': {
      const taken = usedIds(doc)
      const labels = labelsOf(doc)
      const ops: PatchOp[] = []
      const created: string[] = []
      const byColl = new Map<CollectionName, AnyItem[]>()
      for (const { coll, item } of cmd.items) {
        const id = uniqueId(copyBase(item.id), taken)
        let copy = moved({ ...item, id } as AnyItem, cmd.dx, cmd.dz)
        if ('label' in copy && typeof copy.label === 'string') copy = { ...copy, label: nextLabel(copy.label, labels) }
        const list = byColl.get(coll) ?? []
        list.push(copy)
        byColl.set(coll, list)
        created.push(id)
      }
      for (const [coll, list] of byColl) ops.push(...insertOps(doc, coll, list))
      return { patch: ops, created }
    }
    case 'align':
    case 'distribute': {
      const found = cmd.ids.map((id) => itemById(doc, id)).filter((it): it is AnyItem => !!it)
      const deltas = arrange(found, cmd.type === 'align' ? { align: cmd.edge } : { distribute: cmd.axis })
      return { patch: mapItems(doc, cmd.ids, (it) => {
        const d = deltas.get(it.id)
        return d ? moved(it, d[0], d[1]) : it
      }), created: [] }
    }
    case 'set-venue':
      return { patch: [venueOp(doc, cmd.changes)], created: [] }
    case 'add-level': {
      const { ops, id } = addLevelOps(doc, cmd.level)
      return { patch: ops, created: [id] }
    }
    case 'update-level':
      return { patch: updateLevelOps(doc, cmd.id, cmd.changes), created: [] }
    case 'delete-level':
      return { patch: deleteLevelOps(doc, cmd.id), created: [] }
    case 'add-connector': {
      const { ops, id } = addConnectorOps(doc, cmd.connector)
      return { patch: ops, created: [id] }
    }
  }
}

export function execute(doc: EditorDoc, cmd: Command): { doc: EditorDoc } & Compiled {
  const compiled = compile(doc, cmd)
  return { doc: applyPatch(doc, compiled.patch), ...compiled }
}

function itemById(doc: EditorDoc, id: string): AnyItem | undefined {
  const at = locate(doc, id)
  return at ? (items(doc, at.coll) as readonly AnyItem[])[at.index] : undefined
}

function mapItems(doc: EditorDoc, ids: readonly string[], fn: (it: AnyItem) => AnyItem): PatchOp[] {
  const wanted = new Set(ids)
  const ops: PatchOp[] = []
  for (const coll of COLLECTIONS) {
    const list = items(doc, coll) as readonly AnyItem[]
    const next: AnyItem[] = []
    for (const it of list) if (wanted.has(it.id)) next.push(fn(it))
    if (next.length) ops.push(...replaceOps(doc, coll, next))
  }
  return ops
}

/** Deleting a booth also takes it off its exhibitors' lists; nothing else is cascaded. Connectors go too. */
function deleteOps(doc: EditorDoc, ids: ReadonlySet<string>): PatchOp[] {
  const ops: PatchOp[] = []
  const exhibitors = items(doc, 'exhibitors')
  const touched: CollectionItems['exhibitors'][] = []
  for (const ex of exhibitors) {
    if (ids.has(ex.id)) continue
    if (ex.boothIds.some((b) => ids.has(b))) touched.push({ ...ex, boothIds: ex.boothIds.filter((b) => !ids.has(b)) })
  }
  ops.push(...replaceOps(doc, 'exhibitors', touched))
  for (const coll of COLLECTIONS) ops.push(...removeOps(doc, coll, ids))
  ops.push(...deleteConnectorOps(doc, ids))
  return ops
}

function labelsOf(doc: EditorDoc): Set<string> {
  return new Set(items(doc, 'booths').map((b) => b.label))
}

function copyBase(id: string): string {
  return id.replace(/-\d+$/, '')
}

/** The next free label in a label's series: A07 → A08 (or A07-2 when it has no number). */
function nextLabel(label: string, taken: Set<string>): string {
  const m = /^(.*?)(\d+)$/.exec(label)
  let out = label
  if (m) {
    const [, prefix = '', digits = ''] = m
    for (let n = Number(digits) + 1; taken.has(out); n++) out = `${prefix}${String(n).padStart(digits.length, '0')}`
  } else {
    for (let n = 2; taken.has(out); n++) out = `${label}-${n}`
  }
  taken.add(out)
  return out
}

export type { LocalizedText }
