/**
 * Organizer import from spreadsheets, through the real CSV/XLSX readers and the pure
 * converters, against the shipped default scene: every problem names its row and column.
 */
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { importTables, type ImportIssue, type ImportOptions } from '../../src/domain/interchange/importTables.ts'
import { parseSessionTime } from '../../src/domain/interchange/localTime.ts'
import { resolveCountry } from '../../src/domain/interchange/countries.ts'
import type { SheetTable } from '../../src/domain/interchange/table.ts'
import type { RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import type { Exhibitor, Scene, Session } from '../../src/domain/scene/schema.ts'
import { loadScene } from '../../scripts/import/loadScene.ts'
import { readCsv, readXlsx } from '../../scripts/import/readTable.ts'

const SCENE = path.resolve(import.meta.dirname, '../../scenes/wdec-2023')
let raw: RawSceneFiles
let scene: Scene
beforeAll(() => {
  const l = loadScene(SCENE)
  if (!l.ok) throw new Error(l.report)
  raw = l.raw
  scene = l.scene
})

const OPTS: ImportOptions = { prune: false, fillMissingLanguage: false }
const EX_HEADER = 'id,name_en,name_zh,country,booths,sectors,website,summary_en,summary_zh'

function csv(name: string, text: string): SheetTable {
  const r = readCsv(name, new TextEncoder().encode(text))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.table
}
const errors = (issues: readonly ImportIssue[]) => issues.filter((i) => i.severity === 'error')
const exhibitorsOf = (files: Partial<RawSceneFiles>) => (files['exhibitors.json'] as { exhibitors: Exhibitor[] }).exhibitors
const sessionsOf = (files: Partial<RawSceneFiles>) => (files['sessions.json'] as { sessions: Session[] }).sessions

describe('reading CSV as organizers save it', () => {
  it('a BOM, semicolons, CRLF and a quoted field with a line break and a separator in it', () => {
    const t = csv('ex.csv', `\uFEFFid;name_en;name_zh\r\nx;"Acme; ""Robots""\r\nLtd";艾克米\r\n`)
    expect(t.header).toEqual(['id', 'name_en', 'name_zh'])
    expect(t.rows[0]!.cells).toEqual(['x', 'Acme; "Robots"\r\nLtd', '艾克米'])
    expect(t.rows[0]!.row).toBe(2)
  })

  it('tab-separated, and GB18030 as Chinese Excel saves it (with a warning)', () => {
    const gbk = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x5f, 0x7a, 0x68, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]) // name_zh\n中文\n
    const r = readCsv('gbk.csv', gbk)
    expect(r.ok && r.table.rows[0]!.cells).toEqual(['中文'])
    expect(r.ok && r.notes[0]!.rule).toBe('encoding')
    expect(csv('t.tsv', 'a\tb\n1\t2\n').rows[0]!.cells).toEqual(['1', '2'])
  })

  it('an unclosed quote is reported with its row', () => {
    const r = readCsv('bad.csv', new TextEncoder().encode('a,b\n1,"oops\n'))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.issues[0]).toMatchObject({ file: 'bad.csv', row: 2, rule: 'csv-syntax' })
  })
})

describe('exhibitor rows', () => {
  it('Chinese headers, country names in both languages, booths by label, empty rows skipped', () => {
    const t = csv('展商.csv', '英文名称,名称,国家,展位,行业,网址,英文简介,简介\nAcme Robotics,艾克米机器人,Germany,A01;a02,Artificial Intelligence,https://acme.example,Robots.,机器人。\n,,,,,,,\n\nBeta Labs,贝塔实验室,德国,A03,,,Labs.,实验室。\n')
    const r = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(errors(r.issues)).toEqual([])
    const added = exhibitorsOf(r.files).filter((e) => r.diff.exhibitors!.added.includes(e.id))
    expect(added.map((e) => [e.id, e.country, e.boothIds])).toEqual([
      ['acme-robotics', 'DE', ['booth-a01', 'booth-a02']],
      ['beta-labs', 'DE', ['booth-a03']],
    ])
    expect(added[0]!.sectors).toEqual(['artificial-intelligence'])
    expect(r.ok).toBe(true)
  })

  it('an unknown booth and a bad country: each with its row and column, all at once', () => {
    const t = csv('ex.csv', `${EX_HEADER}\n,Acme,艾克米,Germani,Z99,,,a,b\n,Beta,贝塔,DE,A01,,,a,b\n,Gamma,伽马,Atlantis,A02,,,a,b\n`)
    const r = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(r.ok).toBe(false)
    expect(r.files).toEqual({})
    expect(errors(r.issues).map((i) => `${i.file}:${i.row}:${i.column} [${i.rule}]`)).toEqual([
      'ex.csv:2:4 [country-iso-3166]',
      'ex.csv:2:5 [exhibitor-booth-exists]',
      'ex.csv:4:4 [country-iso-3166]',
    ])
    expect(r.issues[1]!.message).toContain('"Z99"')
  })

  it('duplicate ids in the file, and an id that another scene record already has', () => {
    const zone = scene.venue.zones[0]!.id
    const t = csv('ex.csv', `${EX_HEADER}\nacme,Acme,艾克米,DE,A01,,,a,b\nacme,Acme 2,艾克米2,DE,A02,,,a,b\n${zone},Zed,泽德,DE,A03,,,a,b\n`)
    const r = importTables(raw, scene, { exhibitors: t }, OPTS)
    const e = errors(r.issues)
    expect(e.find((i) => i.row === 3)).toMatchObject({ column: 1, rule: 'unique-id' })
    expect(e.find((i) => i.row === 4)).toMatchObject({ column: 1, rule: 'unique-id' })
  })

  it('both languages required; --fill-missing-language copies and lists each filled cell', () => {
    const t = csv('ex.csv', `${EX_HEADER}\n,Acme,,DE,A01,,,Robots.,\n`)
    const strict = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(errors(strict.issues).map((i) => [i.column, i.rule])).toEqual([
      [3, 'bilingual-text'],
      [9, 'bilingual-text'],
    ])
    const filled = importTables(raw, scene, { exhibitors: t }, { ...OPTS, fillMissingLanguage: true })
    expect(filled.ok).toBe(true)
    expect(filled.issues.filter((i) => i.rule === 'language-filled').map((i) => i.column)).toEqual([3, 9])
    expect(exhibitorsOf(filled.files).find((x) => x.id === 'acme')!.name).toEqual({ en: 'Acme', zh: 'Acme' })
  })

  it('stable ids: the same rows get the same ids on the next import, even with two rows of one name', () => {
    const t = csv('ex.csv', `${EX_HEADER}\n,Acme Robotics,艾克米,DE,A01,,,a,b\n,Acme Robotics,艾克米二,DE,A02,,,a,b\n`)
    const first = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(first.diff.exhibitors!.added).toEqual(['acme-robotics', 'acme-robotics-2'])
    const raw2 = { ...raw, ...first.files }
    const second = importTables(raw2, first.scene!, { exhibitors: t }, OPTS)
    expect(second.diff.exhibitors).toEqual({ added: [], changed: [], removed: [] })
  })

  it('the diff: added, changed with field names, removed with --prune', () => {
    const [a, b] = scene.exhibitors
    const t = csv('ex.csv', `id,website\n${a!.id},https://changed.example\n`)
    const upd = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(upd.ok).toBe(true)
    expect(upd.diff.exhibitors).toEqual({ added: [], changed: [{ id: a!.id, fields: ['website'] }], removed: [] })
    const pruned = importTables(raw, scene, { exhibitors: t }, { ...OPTS, prune: true })
    expect(pruned.diff.exhibitors!.removed).toContain(b!.id)
    expect(pruned.diff.exhibitors!.removed).toHaveLength(scene.exhibitors.length - 1)
  })

  it('a bad website is caught by the scene validator and traced back to its cell', () => {
    const t = csv('ex.csv', `${EX_HEADER}\n,Acme,艾克米,DE,A01,,javascript:alert(1),a,b\n`)
    const r = importTables(raw, scene, { exhibitors: t }, OPTS)
    expect(errors(r.issues)).toMatchObject([{ file: 'ex.csv', row: 2, column: 7, rule: 'link-http' }])
  })

  it('country cells: codes in any case, English and Chinese names, usual short forms', () => {
    expect(['de', 'Germany', '德国', 'USA', '美国', 'Hong Kong', 'United Kingdom', 'the Netherlands'].map(resolveCountry)).toEqual(['DE', 'DE', 'DE', 'US', 'US', 'HK', 'GB', 'NL'])
    expect(resolveCountry('XX')).toBeNull()
  })
})

describe('session rows', () => {
  const HEAD = 'id,title_en,title_zh,kind,start,end,location,speakers,summary_en,summary_zh'
  it('venue-local times get the venue offset; places by name; speakers with affiliations', () => {
    const t = csv('s.csv', `${HEAD}\n,Robot Forum,机器人论坛,论坛,2023-10-14 09:30,2023-10-14 11:00,Information Desk,Lu Jing (Ningbo Univ.); 陈明,A forum.,论坛。\n`)
    const r = importTables(raw, scene, { sessions: t }, OPTS)
    expect(errors(r.issues)).toEqual([])
    const s = sessionsOf(r.files).find((x) => x.id === 'robot-forum')!
    expect([s.kind, s.start, s.end, s.locationId]).toEqual(['forum', '2023-10-14T09:30:00+08:00', '2023-10-14T11:00:00+08:00', 'info-desk'])
    expect(s.speakers).toEqual([{ name: { en: 'Lu Jing', zh: 'Lu Jing' }, affiliation: { en: 'Ningbo Univ.', zh: 'Ningbo Univ.' } }, { name: { en: '陈明', zh: '陈明' } }])
  })

  it('an impossible date and a session outside the event days, with row and column', () => {
    const t = csv('s.csv', `${HEAD}\n,A,甲,forum,2023-02-30 09:00,2023-02-30 10:00,info-desk,,a,b\n,B,乙,forum,2023-10-20 09:00,2023-10-20 10:00,info-desk,,a,b\n,C,丙,forum,2023-10-13 09:00,2023-10-13 10:00,nowhere,,a,b\n`)
    const r = importTables(raw, scene, { sessions: t }, OPTS)
    const e = errors(r.issues).map((i) => `${i.row}:${i.column} [${i.rule}]`)
    expect(e).toEqual(['2:5 [session-time]', '2:6 [session-time]', '4:7 [session-location-exists]', '3:5 [session-within-dates]'])
    expect(errors(r.issues)[0]!.message).toContain('2023-02-30 is not a real calendar date')
  })

  it('time parsing keeps an explicit offset and follows daylight saving', () => {
    expect(parseSessionTime('2023-10-13T09:30:00Z', 'Asia/Shanghai')).toEqual({ ok: true, iso: '2023-10-13T09:30:00Z' })
    expect(parseSessionTime('2023-07-01 12:00', 'Europe/Berlin')).toEqual({ ok: true, iso: '2023-07-01T12:00:00+02:00' })
    expect(parseSessionTime('2023-12-01 12:00', 'Europe/Berlin')).toEqual({ ok: true, iso: '2023-12-01T12:00:00+01:00' })
    expect(parseSessionTime('2023-10-13 25:00', 'Asia/Shanghai').ok).toBe(false)
  })
})

describe('booth rows', () => {
  it('a new rectangular booth in a zone named in Chinese, then exhibitors on it in the same run', () => {
    const zone = scene.venue.zones.find((z) => z.id === 'digital-trade')!
    const booths = csv('b.csv', `id,label,zone,x,z,width,depth,heading\n,X01,${zone.name.zh},7,-9,3,3,0\n`)
    const ex = csv('e.csv', `${EX_HEADER}\n,New Co,新公司,CN,X01,,,a,b\n`)
    const r = importTables(raw, scene, { booths, exhibitors: ex }, OPTS)
    expect(errors(r.issues)).toEqual([])
    const b = r.scene!.venue.booths.find((x) => x.label === 'X01')!
    expect(b).toMatchObject({ id: 'booth-x01', zoneId: 'digital-trade' })
    expect(b.footprint).toEqual([[5.5, -10.5], [8.5, -10.5], [8.5, -7.5], [5.5, -7.5]])
    expect(r.scene!.exhibitors.find((e) => e.id === 'new-co')!.boothIds).toEqual(['booth-x01'])
  })

  it('a type column sets the booth type, in English or Chinese; empty keeps it, auto clears it; a wrong one names its cell', () => {
    const [a, b, c] = scene.venue.booths
    const t = csv('b.csv', `label,zone,type\n${a!.label},${a!.zoneId},光地\n${b!.label},${b!.zoneId},Stage\n${c!.label},${c!.zoneId},\n`)
    const r = importTables(raw, scene, { booths: t }, OPTS)
    expect(errors(r.issues)).toEqual([])
    const byLabel = (s: typeof scene, l: string) => s.venue.booths.find((x) => x.label === l)!
    expect(byLabel(r.scene!, a!.label).type).toBe('island')
    expect(byLabel(r.scene!, b!.label).type).toBe('stage')
    expect(byLabel(r.scene!, c!.label).type).toBe(c!.type)
    // Geometry is kept when only the type is given.
    expect(byLabel(r.scene!, a!.label).footprint).toEqual(a!.footprint)
    const again = importTables(raw, r.scene!, { booths: csv('b.csv', `label,zone,展位类型\n${a!.label},${a!.zoneId},自动\n`) }, OPTS)
    expect(errors(again.issues)).toEqual([])
    expect(byLabel(again.scene!, a!.label)).not.toHaveProperty('type')
    const bad = importTables(raw, scene, { booths: csv('b.csv', `label,zone,type\n${a!.label},${a!.zoneId},pavilion\n`) }, OPTS)
    expect(errors(bad.issues)).toMatchObject([{ file: 'b.csv', row: 2, column: 3, rule: 'schema:invalid_value' }])
    expect(bad.scene).toBeUndefined()
  })

  it('an overlapping booth is traced to its row', () => {
    const a01 = scene.venue.booths[0]!
    const xs = a01.footprint.map((p) => p[0])
    const zs = a01.footprint.map((p) => p[1])
    const t = csv('b.csv', `label,zone,x,z,width,depth\nX02,${a01.zoneId},${(Math.min(...xs) + Math.max(...xs)) / 2},${(Math.min(...zs) + Math.max(...zs)) / 2},2,2\n`)
    const r = importTables(raw, scene, { booths: t }, OPTS)
    expect(errors(r.issues)).toMatchObject([{ file: 'b.csv', row: 2, column: 3, rule: 'booths-do-not-overlap' }])
  })
})

describe('reading XLSX', () => {
  it('the first sheet or a named one; dates typed as dates become venue wall-clock times', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('notes').addRow(['nothing here'])
    const ws = wb.addWorksheet('plan')
    ws.addRow(['title_en', 'start'])
    ws.addRow(['Opening', new Date(Date.UTC(2023, 9, 13, 9, 30))])
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const first = await readXlsx('plan.xlsx', bytes)
    expect(first.ok && first.table.header).toEqual(['nothing here'])
    const named = await readXlsx('plan.xlsx', bytes, 'plan')
    expect(named.ok && named.table.rows[0]!.cells).toEqual(['Opening', '2023-10-13 09:30'])
    const missing = await readXlsx('plan.xlsx', bytes, 'other')
    expect(!missing.ok && missing.issues[0]!.message).toContain('"plan"')
  })
})
