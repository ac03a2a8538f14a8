/** Booth rows (rectangles in metres: centre, size, heading) → booth records. */
import { BOOTH_TYPES, type BoothType } from '../scene/boothType.ts'
import type { Booth, Venue } from '../scene/schema.ts'
import { convertTable, type TableResult } from './convertTable.ts'
import { BOOTH_COLUMNS } from './headers.ts'
import { kebabId } from './ids.ts'
import { RecordMatcher, type ConvertOptions } from './rowReader.ts'
import type { SheetTable } from './table.ts'

export interface BoothContext {
  venue: Venue
  sceneIds: Iterable<string>
}

const FIELDS = { id: 'id', label: 'label', zoneId: 'zone', footprint: 'x', type: 'type' } as const

/** Booth types in the words Chinese floor plans use; `auto` / 自动 leaves it to the booth's size and place. */
export const BOOTH_TYPE_ALIASES: Record<string, BoothType | 'auto'> = {
  标摊: 'shell', 标展: 'shell', 标准展位: 'shell', 标准展台: 'shell',
  光地: 'island', 特装: 'island', 特装展位: 'island', 岛型: 'island', 岛型展位: 'island',
  舞台: 'stage', 演讲台: 'stage', 洽谈区: 'lounge', 休息区: 'lounge', 休闲区: 'lounge', 自动: 'auto',
}

export function resolveBoothType(cell: string): BoothType | 'auto' | null {
  const k = cell.trim().toLowerCase()
  if (k === 'auto' || (BOOTH_TYPES as readonly string[]).includes(k)) return k as BoothType | 'auto'
  return BOOTH_TYPE_ALIASES[cell.trim()] ?? null
}

const mm = (v: number): number => Math.round(v * 1000) / 1000 || 0

/**
 * A width × depth rectangle centred on (x, z), turned `heading` degrees clockwise (seen from
 * above, with −z north as everywhere in the scene).
 */
export function boothRectangle(x: number, z: number, width: number, depth: number, heading: number): [number, number][] {
  const a = (heading * Math.PI) / 180
  const c = Math.cos(a)
  const s = Math.sin(a)
  const hw = width / 2
  const hd = depth / 2
  return (
    [
      [-hw, -hd],
      [hw, -hd],
      [hw, hd],
      [-hw, hd],
    ] as const
  ).map(([u, v]): [number, number] => [mm(x + u * c - v * s), mm(z + u * s + v * c)])
}

export function boothRows(table: SheetTable, ctx: BoothContext, options: ConvertOptions): TableResult<Booth> {
  const zoneBy = new Map<string, string>()
  for (const z of ctx.venue.zones) for (const k of [z.id, z.name.en, z.name.zh]) zoneBy.set(k.trim().toLowerCase(), z.id)
  const matcher = new RecordMatcher(ctx.venue.booths, (b) => b.label)
  return convertTable(table, BOOTH_COLUMNS, ctx.sceneIds, options, (r, ids) => {
    const explicit = r.id('id')
    const labelCell = r.cell('label')
    const existing = explicit ? matcher.byIdOf(explicit) : labelCell ? matcher.byNameOf(labelCell) : undefined
    const label = r.required('label', existing?.label, 'the printed booth number, e.g. D01')
    if (label && label.length > 12) r.error('label', 'schema:too_big', `label "${label}" is longer than 12 characters`)

    let zoneId = existing?.zoneId
    const zoneCell = r.required('zone', existing?.zoneId, 'zone id or name')
    if (zoneCell !== undefined && zoneCell !== existing?.zoneId) {
      const id = zoneBy.get(zoneCell.toLowerCase())
      if (id) zoneId = id
      else r.error('zone', 'booth-zone-exists', `"${zoneCell}" is not a zone of this venue (known: ${ctx.venue.zones.map((z) => z.id).join(', ')})`)
    }

    let footprint = existing?.footprint
    const geometryGiven = (['x', 'z', 'width', 'depth', 'heading'] as const).some((c) => r.cell(c))
    if (geometryGiven || !existing) {
      const x = r.number('x', undefined, 'metres')
      const z = r.number('z', undefined, 'metres')
      const w = r.number('width', undefined, 'metres', { positive: true })
      const d = r.number('depth', undefined, 'metres', { positive: true })
      const h = r.cell('heading') ? r.number('heading', 0, 'degrees') : 0
      if (x !== undefined && z !== undefined && w !== undefined && d !== undefined && h !== undefined) footprint = boothRectangle(x, z, w, d, h)
    }
    // Left empty, a booth keeps the type it has; `auto` clears it.
    let type = existing?.type
    const typeCell = r.cell('type')
    if (typeCell) {
      const t = resolveBoothType(typeCell)
      if (t) type = t === 'auto' ? undefined : t
      else r.error('type', 'schema:invalid_value', `"${typeCell}" is not a booth type (${BOOTH_TYPES.join(', ')}, auto, or 标摊, 光地, 舞台, 洽谈区)`)
    }
    if (r.failed || !label || !zoneId || !footprint) return undefined
    const id = explicit ?? existing?.id ?? ids.fresh(`booth-${kebabId(label) ?? 'x'}`)
    // A booth stands on its zone's level.
    const levelId = ctx.venue.zones.find((z) => z.id === zoneId)?.levelId ?? existing?.levelId ?? ctx.venue.levels[0]?.id ?? ''
    const record: Booth = { ...existing, id, label, zoneId, levelId, footprint }
    if (type) record.type = type
    else delete record.type
    return { record, from: { file: table.file, row: r.row.row, columns: r.columnsOf(FIELDS) } }
  })
}
