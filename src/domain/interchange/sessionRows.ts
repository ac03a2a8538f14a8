/** Session rows → session records: times in the venue's zone, places by id, label or name. */
import type { Session, SessionKind, Speaker, Venue } from '../scene/schema.ts'
import { SESSION_KINDS } from '../scene/schema.ts'
import { convertTable, type TableResult } from './convertTable.ts'
import { SESSION_COLUMNS } from './headers.ts'
import { kebabId } from './ids.ts'
import { parseSessionTime } from './localTime.ts'
import { RecordMatcher, type ConvertOptions } from './rowReader.ts'
import type { SheetTable } from './table.ts'

export interface SessionContext {
  venue: Venue
  sessions: readonly Session[]
  sceneIds: Iterable<string>
}

const FIELDS = { id: 'id', title: 'title_en', kind: 'kind', start: 'start', end: 'end', locationId: 'location', speakers: 'speakers', summary: 'summary_en' } as const

/** Session kinds in the words Chinese plans use. */
export const SESSION_KIND_ALIASES: Record<string, SessionKind> = {
  仪式: 'ceremony', 开幕式: 'ceremony', 闭幕式: 'ceremony', 典礼: 'ceremony', 论坛: 'forum', 峰会: 'forum', 会议: 'forum',
  展览: 'exhibition', 展示: 'exhibition', 发布: 'exhibition', 投资: 'investment', 招商: 'investment', 签约: 'investment',
  消费: 'consumption', 促销: 'consumption',
}

export function resolveSessionKind(cell: string): SessionKind | null {
  const k = cell.trim().toLowerCase()
  if ((SESSION_KINDS as readonly string[]).includes(k)) return k as SessionKind
  return SESSION_KIND_ALIASES[cell.trim()] ?? null
}

/** "Name (Affiliation); Name" → speakers; a name is the same in both languages. */
export function parseSpeakers(cell: string): Speaker[] {
  return cell
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*[(（]\s*(.+?)\s*[)）]\s*$/.exec(s)
      const name = (m ? m[1]! : s).trim()
      const affiliation = m?.[2]?.trim()
      return { name: { en: name, zh: name }, ...(affiliation ? { affiliation: { en: affiliation, zh: affiliation } } : {}) }
    })
}

export function locationLookup(venue: Venue): Map<string, string> {
  const byKey = new Map<string, string>()
  const put = (k: string, id: string): void => {
    const key = k.trim().toLowerCase()
    if (key && !byKey.has(key)) byKey.set(key, id)
  }
  const all = [...venue.zones, ...venue.pois, ...venue.kiosks]
  for (const x of [...all, ...venue.booths]) put(x.id, x.id)
  for (const b of venue.booths) put(b.label, b.id)
  for (const x of all) {
    put(x.name.en, x.id)
    put(x.name.zh, x.id)
  }
  return byKey
}

export function sessionRows(table: SheetTable, ctx: SessionContext, options: ConvertOptions): TableResult<Session> {
  const places = locationLookup(ctx.venue)
  const matcher = new RecordMatcher(ctx.sessions, (s) => s.title.en)
  const tz = ctx.venue.timezone
  return convertTable(table, SESSION_COLUMNS, ctx.sceneIds, options, (r, ids) => {
    const explicit = r.id('id')
    const titleEn = r.cell('title_en')
    const existing = explicit ? matcher.byIdOf(explicit) : titleEn ? matcher.byNameOf(titleEn) : undefined
    const title = r.bilingual('title_en', 'title_zh', existing?.title, 'the session title')

    let kind = existing?.kind
    const kindCell = r.required('kind', existing?.kind, SESSION_KINDS.join(', '))
    if (kindCell !== undefined) {
      const k = resolveSessionKind(kindCell)
      if (k) kind = k
      else r.error('kind', 'schema:invalid_value', `"${kindCell}" is not a session kind (${SESSION_KINDS.join(', ')}, or 仪式, 论坛, 展览, 投资, 消费)`)
    }

    const time = (col: 'start' | 'end', prior: string | undefined): string | undefined => {
      const v = r.cell(col)
      if (!v) return r.required(col, prior, `like 2023-10-13 09:30 in ${tz}`)
      const t = parseSessionTime(v, tz)
      if (t.ok) return t.iso
      r.error(col, 'session-time', t.reason)
      return undefined
    }
    const start = time('start', existing?.start)
    const end = time('end', existing?.end)

    let locationId = existing?.locationId
    const placeCell = r.required('location', existing?.locationId, 'a zone, booth, service point or kiosk')
    if (placeCell !== undefined && placeCell !== existing?.locationId) {
      const id = places.get(placeCell.toLowerCase())
      if (id) locationId = id
      else r.error('location', 'session-location-exists', `"${placeCell}" is not a zone, booth, service point or kiosk of this venue (by id, label or name)`)
    }

    const speakerCell = r.cell('speakers')
    const speakers = speakerCell === undefined ? (existing?.speakers ?? []) : parseSpeakers(speakerCell)
    const summary = r.bilingual('summary_en', 'summary_zh', existing?.summary, 'the session summary')
    if (r.failed || !title || !kind || !start || !end || !locationId || !summary) return undefined
    const id = explicit ?? existing?.id ?? ids.fresh(kebabId(title.en) ?? 'session')
    const record: Session = { ...existing, id, title, kind, start, end, locationId, speakers, summary }
    return { record, from: { file: table.file, row: r.row.row, columns: r.columnsOf(FIELDS) } }
  })
}
