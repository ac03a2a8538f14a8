/**
 * Levels and connectors as editor commands. Both live in the venue's own fields (not in an item
 * collection), so each compiles to one venue patch op: its inverse is the venue as it was.
 */
import type { LocalizedText } from '../i18n/text.ts'
import type { Connector, ConnectorKind, Level } from '../scene/schema.ts'
import { CommandError, zhConnector, zhThing } from './commandError.ts'
import { COLLECTIONS, items, usedIds, uniqueId, type EditorDoc } from './doc.ts'
import { venueOp, type PatchOp } from './patch.ts'

/** A level to add: the id and building are chosen when not given (the first level's building). */
export interface NewLevel {
  id?: string
  buildingId?: string
  name: LocalizedText
  shortName: LocalizedText
  ordinal: number
  elevation: number
  height: number
}

export type LevelChanges = Partial<Pick<Level, 'name' | 'shortName' | 'ordinal' | 'elevation' | 'height'>>

/** A connector to add: at least two stops, each on a different existing level. */
export interface NewConnector {
  id?: string
  kind: ConnectorKind
  name: LocalizedText
  stops: { levelId: string; position: [number, number] }[]
  direction?: 'up' | 'down'
  seconds: number
  waitSeconds?: number
}


export function addLevelOps(doc: EditorDoc, level: NewLevel): { ops: PatchOp[]; id: string } {
  const v = doc.venue
  const buildingId = level.buildingId ?? v.levels[0]?.buildingId ?? v.buildings[0]?.id
  if (!buildingId || !v.buildings.some((b) => b.id === buildingId)) throw new CommandError(`there is no building "${level.buildingId ?? ''}"`, `找不到场馆“${level.buildingId ?? ''}”`)
  if (!Number.isInteger(level.ordinal)) throw new CommandError('a level’s ordinal is a whole number (0 ground, 1 the floor above, −1 below)', '楼层序号须为整数（0 为地面层，1 为上一层，−1 为地下一层）')
  if (!(level.height > 0) || !Number.isFinite(level.elevation)) throw new CommandError('a level needs a positive height and an elevation in metres', '楼层须有大于 0 的层高和以米为单位的标高')
  const clash = v.levels.find((l) => l.buildingId === buildingId && l.ordinal === level.ordinal)
  if (clash) throw new CommandError(`level "${clash.id}" already has ordinal ${level.ordinal} in building "${buildingId}"`, `场馆“${buildingId}”中的楼层“${clash.id}”已使用序号 ${level.ordinal}`)
  const taken = usedIds(doc)
  if (level.id && taken.has(level.id)) throw new CommandError(`the id "${level.id}" is already used`, `编号“${level.id}”已被占用`)
  const id = level.id ?? uniqueId(`level-${level.ordinal >= 0 ? level.ordinal + 1 : `b${-level.ordinal}`}`, taken)
  const added: Level = {
    id,
    buildingId,
    name: { ...level.name },
    shortName: { ...level.shortName },
    ordinal: level.ordinal,
    elevation: level.elevation,
    height: level.height,
  }
  return { ops: [venueOp(doc, { levels: [...v.levels, added] })], id }
}

export function updateLevelOps(doc: EditorDoc, id: string, changes: LevelChanges & { id?: string; buildingId?: string }): PatchOp[] {
  const v = doc.venue
  const level = v.levels.find((l) => l.id === id)
  if (!level) throw new CommandError(`there is no level "${id}"`, `找不到楼层“${id}”`)
  if (changes.id !== undefined && changes.id !== id) throw new CommandError('a level’s id cannot be changed: everything on it names it', '楼层编号不能更改：该层上的所有内容都引用了它')
  if (changes.buildingId !== undefined && changes.buildingId !== level.buildingId) throw new CommandError('a level cannot move to another building', '楼层不能移到其他场馆')
  if (changes.ordinal !== undefined) {
    if (!Number.isInteger(changes.ordinal)) throw new CommandError('a level’s ordinal is a whole number', '楼层序号须为整数')
    const clash = v.levels.find((l) => l.id !== id && l.buildingId === level.buildingId && l.ordinal === changes.ordinal)
    if (clash) throw new CommandError(`level "${clash.id}" already has ordinal ${changes.ordinal}`, `楼层“${clash.id}”已使用序号 ${changes.ordinal}`)
  }
  return [venueOp(doc, { levels: v.levels.map((l) => (l.id === id ? { ...l, ...changes } : l)) })]
}

/** What stands on a level, by kind: a level is deleted only when this is empty. */
export function levelContents(doc: EditorDoc, levelId: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const coll of COLLECTIONS) {
    const n = (items(doc, coll) as readonly { levelId?: unknown }[]).filter((it) => it.levelId === levelId).length
    if (n) out[coll] = n
  }
  const stops = doc.venue.connectors.filter((c) => c.stops.some((s) => s.levelId === levelId)).length
  if (stops) out.connectors = stops
  return out
}

export function deleteLevelOps(doc: EditorDoc, id: string): PatchOp[] {
  const v = doc.venue
  if (!v.levels.some((l) => l.id === id)) throw new CommandError(`there is no level "${id}"`, `找不到楼层“${id}”`)
  if (v.levels.length === 1) throw new CommandError('a venue keeps at least one level', '场馆至少要保留一个楼层')
  const on = Object.entries(levelContents(doc, id))
  if (on.length) throw new CommandError(
      `level "${id}" is not empty (${on.map(([k, n]) => `${k}: ${n}`).join(', ')}): move or delete those first`,
      `楼层“${id}”上还有内容（${on.map(([k, n]) => `${zhThing(k)} ${n} 个`).join('，')}），请先移走或删除`,
    )
  return [venueOp(doc, { levels: v.levels.filter((l) => l.id !== id) })]
}

export function addConnectorOps(doc: EditorDoc, c: NewConnector): { ops: PatchOp[]; id: string } {
  const v = doc.venue
  if (c.stops.length < 2) throw new CommandError('a connector joins at least 2 levels', '楼层连接至少要连通 2 个楼层')
  const seen = new Set<string>()
  for (const s of c.stops) {
    if (!v.levels.some((l) => l.id === s.levelId)) throw new CommandError(`there is no level "${s.levelId}"`, `找不到楼层“${s.levelId}”`)
    if (seen.has(s.levelId)) throw new CommandError(`a connector stops on level "${s.levelId}" only once`, `楼层连接在楼层“${s.levelId}”只能设一个站点`)
    seen.add(s.levelId)
  }
  if (c.kind === 'escalator' && (c.stops.length !== 2 || !c.direction)) throw new CommandError('an escalator joins two levels and runs "up" or "down"', '自动扶梯连接两个楼层，方向为上行或下行')
  if (c.kind !== 'escalator' && c.direction) throw new CommandError(`only escalators run one way, not a ${c.kind}`, `只有自动扶梯是单向的，${zhConnector(c.kind)}不是`)
  if (!(c.seconds > 0)) throw new CommandError('a connector needs a positive time from one stop to the next', '楼层连接从一站到下一站的用时须大于 0 秒')
  const taken = usedIds(doc)
  if (c.id && taken.has(c.id)) throw new CommandError(`the id "${c.id}" is already used`, `编号“${c.id}”已被占用`)
  const id = c.id ?? uniqueId(`${c.kind}-${v.connectors.filter((x) => x.kind === c.kind).length + 1}`, taken)
  const added: Connector = {
    id,
    kind: c.kind,
    name: { ...c.name },
    stops: c.stops.map((s) => ({ levelId: s.levelId, position: [s.position[0], s.position[1]] })),
    ...(c.direction ? { direction: c.direction } : {}),
    seconds: c.seconds,
    ...(c.waitSeconds !== undefined ? { waitSeconds: c.waitSeconds } : {}),
  }
  return { ops: [venueOp(doc, { connectors: [...v.connectors, added] })], id }
}

/** Connectors among deleted ids go with the rest of a `delete`, as one venue op. */
export function deleteConnectorOps(doc: EditorDoc, ids: ReadonlySet<string>): PatchOp[] {
  const kept = doc.venue.connectors.filter((c) => !ids.has(c.id))
  return kept.length === doc.venue.connectors.length ? [] : [venueOp(doc, { connectors: kept })]
}

/** Connectors among moved ids move whole: every stop by the same offset (a shaft stays a shaft). */
export function moveConnectorOps(doc: EditorDoc, ids: ReadonlySet<string>, dx: number, dz: number): PatchOp[] {
  if (!doc.venue.connectors.some((c) => ids.has(c.id))) return []
  const r = (v: number) => Math.round(v * 1000) / 1000
  const connectors = doc.venue.connectors.map((c) =>
    ids.has(c.id) ? { ...c, stops: c.stops.map((s) => ({ ...s, position: [r(s.position[0] + dx), r(s.position[1] + dz)] as [number, number] })) } : c,
  )
  return [venueOp(doc, { connectors })]
}
