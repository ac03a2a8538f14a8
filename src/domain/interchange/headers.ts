/**
 * Column names as organizers write them: case, spaces, `-` and `_` do not matter, and the usual
 * Chinese headers of registration-system exports are accepted too. One table per file kind; the
 * templates, the header matcher and the organizer guide all read these definitions.
 */
import type { RowIssue, SheetTable } from './table.ts'

export interface ColumnDef<F extends string = string> {
  /** The canonical header, as written in the templates. */
  name: F
  /** Other accepted headers (normalised on comparison). */
  aliases: readonly string[]
  required: boolean
  /** One line for the organizer guide and the templates' second sheet. */
  help: string
}

export const EXHIBITOR_COLUMNS = [
  { name: 'id', aliases: ['编号', 'ID号', '展商编号'], required: false, help: 'kebab-case id; left empty, one is made from name_en and kept on later imports' },
  { name: 'name_en', aliases: ['name', 'english name', '英文名称', '英文名', '名称（英文）', '名称(英文)'], required: true, help: 'exhibitor name in English' },
  { name: 'name_zh', aliases: ['chinese name', '名称', '中文名称', '中文名', '展商名称', '名称（中文）', '名称(中文)'], required: true, help: 'exhibitor name in Chinese' },
  { name: 'country', aliases: ['country code', 'nation', '国家', '国家/地区', '国家或地区', '国别'], required: true, help: 'ISO code (DE) or country name in English or Chinese (Germany, 德国)' },
  { name: 'booths', aliases: ['booth', 'stand', 'stands', 'booth number', 'booth numbers', '展位', '展位号'], required: true, help: 'booth labels (D01) or ids, separated by ;' },
  { name: 'sectors', aliases: ['sector', 'industry', 'industries', '行业', '所属行业', '领域'], required: false, help: 'sector ids or names, separated by ;' },
  { name: 'website', aliases: ['url', 'web', 'homepage', '网址', '网站', '官网'], required: false, help: 'http(s) address' },
  { name: 'summary_en', aliases: ['summary', 'description', 'english summary', '英文简介', '简介（英文）', '简介(英文)'], required: true, help: 'one or two sentences in English' },
  { name: 'summary_zh', aliases: ['chinese summary', '简介', '中文简介', '简介（中文）', '简介(中文)', '展商简介'], required: true, help: 'one or two sentences in Chinese' },
] as const satisfies readonly ColumnDef[]

export const SESSION_COLUMNS = [
  { name: 'id', aliases: ['编号', '活动编号'], required: false, help: 'kebab-case id; left empty, one is made from title_en and kept on later imports' },
  { name: 'title_en', aliases: ['title', 'english title', '英文标题', '标题（英文）', '标题(英文)'], required: true, help: 'session title in English' },
  { name: 'title_zh', aliases: ['chinese title', '标题', '中文标题', '活动名称', '标题（中文）', '标题(中文)'], required: true, help: 'session title in Chinese' },
  { name: 'kind', aliases: ['type', 'category', '类型', '活动类型'], required: true, help: 'ceremony, forum, exhibition, investment or consumption (or 仪式, 论坛, 展览, 投资, 消费)' },
  { name: 'start', aliases: ['start time', 'begins', '开始', '开始时间'], required: true, help: '2023-10-13 09:30 in the venue\'s time zone, or ISO 8601 with an offset' },
  { name: 'end', aliases: ['end time', 'ends', '结束', '结束时间'], required: true, help: 'as start' },
  { name: 'location', aliases: ['place', 'venue', 'room', 'where', '地点', '场地', '活动地点'], required: true, help: 'a zone, booth, service point or kiosk, by id, label or English name' },
  { name: 'speakers', aliases: ['speaker', 'guests', '嘉宾', '演讲嘉宾', '发言人'], required: false, help: 'Name (Affiliation); Name' },
  { name: 'summary_en', aliases: ['summary', 'description', 'english summary', '英文简介', '简介（英文）', '简介(英文)'], required: true, help: 'one or two sentences in English' },
  { name: 'summary_zh', aliases: ['chinese summary', '简介', '中文简介', '活动简介', '简介（中文）', '简介(中文)'], required: true, help: 'one or two sentences in Chinese' },
] as const satisfies readonly ColumnDef[]

export const BOOTH_COLUMNS = [
  { name: 'id', aliases: ['编号'], required: false, help: 'kebab-case id; left empty, booth-<label> (booth-d01)' },
  { name: 'label', aliases: ['booth', 'booth number', 'number', '展位', '展位号'], required: true, help: 'the printed booth number, e.g. D01' },
  { name: 'zone', aliases: ['hall', 'pavilion', 'area', '展馆', '展区', '区域'], required: true, help: 'zone id or name (English or Chinese)' },
  { name: 'x', aliases: ['centre x', 'center x', 'x (m)', 'x坐标'], required: true, help: 'centre, metres east of the scene origin' },
  { name: 'z', aliases: ['centre z', 'center z', 'z (m)', 'z坐标'], required: true, help: 'centre, metres south of the scene origin' },
  { name: 'width', aliases: ['w', 'width (m)', '宽', '宽度'], required: true, help: 'metres along x before turning' },
  { name: 'depth', aliases: ['d', 'depth (m)', '深', '进深', '深度'], required: true, help: 'metres along z before turning' },
  { name: 'heading', aliases: ['rotation', 'angle', '朝向', '角度'], required: false, help: 'degrees clockwise (0 when empty)' },
  {
    name: 'type',
    aliases: ['booth type', 'stand type', '展位类型', '展台类型', '类型'],
    required: false,
    help: 'shell, island, stage or lounge (or 标摊, 光地, 舞台, 洽谈区); auto or empty: worked out from its size and place',
  },
] as const satisfies readonly ColumnDef[]

export type ColumnName<C extends readonly ColumnDef[]> = C[number]['name']

/** Lower-case, with spaces, `-`, `_` and full-width spaces removed: "Name EN", "name-en" and "NAME_EN" agree. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_\u3000]+/g, '')
}

export interface HeaderMap<F extends string> {
  /** Canonical column → 0-based cell index in the sheet. */
  index: Partial<Record<F, number>>
  issues: RowIssue[]
}

/** Which sheet column holds each known column; unknown and duplicate headers are reported. */
export function mapHeaders<C extends readonly ColumnDef[]>(table: SheetTable, columns: C): HeaderMap<ColumnName<C>> {
  const lookup = new Map<string, ColumnName<C>>()
  // Canonical names first so an alias never shadows another column's real name.
  for (const c of columns) lookup.set(normaliseHeader(c.name), c.name)
  for (const c of columns) for (const a of c.aliases) if (!lookup.has(normaliseHeader(a))) lookup.set(normaliseHeader(a), c.name)
  const index: Partial<Record<ColumnName<C>, number>> = {}
  const issues: RowIssue[] = []
  const at = (column: number, rule: string, message: string, severity: RowIssue['severity'] = 'error'): void => {
    issues.push({ file: table.file, row: 1, column, rule, message, severity })
  }
  table.header.forEach((raw, i) => {
    if (raw.trim() === '') return
    const name = lookup.get(normaliseHeader(raw))
    if (!name) {
      at(i + 1, 'header-unknown', `column "${raw}" is not one this file takes (known: ${columns.map((c) => c.name).join(', ')}); it is ignored`, 'warning')
      return
    }
    if (index[name] !== undefined) {
      at(i + 1, 'header-duplicate', `column "${raw}" is a second "${name}" column (the first is column ${index[name]! + 1})`)
      return
    }
    index[name] = i
  })
  // A missing required column is not an error here: a file of ids and websites may update
  // existing records; rows that would create a record report what they lack.
  return { index, issues }
}
