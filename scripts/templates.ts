/**
 * `npm run templates` — writes the organizer templates in templates/ from the column
 * definitions the importer reads (src/domain/interchange/headers.ts), so the two never drift:
 * exhibitors.csv/.xlsx, sessions.csv/.xlsx, booths.csv. The .xlsx files carry a second sheet
 * explaining each column (the importer reads the first sheet).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { BOOTH_COLUMNS, EXHIBITOR_COLUMNS, SESSION_COLUMNS, type ColumnDef } from '../src/domain/interchange/headers.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'templates')

export const TEMPLATES: { name: string; columns: readonly ColumnDef[]; xlsx: boolean }[] = [
  { name: 'exhibitors', columns: EXHIBITOR_COLUMNS, xlsx: true },
  { name: 'sessions', columns: SESSION_COLUMNS, xlsx: true },
  { name: 'booths', columns: BOOTH_COLUMNS, xlsx: false },
]

export async function xlsxTemplate(name: string, columns: readonly ColumnDef[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  // Fixed metadata so regenerating an unchanged template changes as little as possible.
  wb.creator = 'Venue Twin'
  wb.created = new Date(Date.UTC(2023, 9, 1))
  wb.modified = wb.created
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.name, key: c.name, width: Math.max(12, Math.min(40, c.name.length + 14)) }))
  sheet.getRow(1).font = { bold: true }
  // Text cells, so a booth "007" or a time stays as typed instead of becoming a number or a date.
  for (let i = 1; i <= columns.length; i++) sheet.getColumn(i).numFmt = '@'
  const help = wb.addWorksheet('help')
  help.columns = [
    { header: 'column', key: 'column', width: 14 },
    { header: 'required', key: 'required', width: 10 },
    { header: 'what to write', key: 'help', width: 80 },
    { header: 'also accepted as header', key: 'aliases', width: 50 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of columns) help.addRow({ column: c.name, required: c.required ? 'yes' : '', help: c.help, aliases: c.aliases.join(', ') })
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  for (const t of TEMPLATES) {
    // UTF-8 with a BOM: Excel on Windows then opens the Chinese text correctly.
    writeFileSync(path.join(OUT, `${t.name}.csv`), `\uFEFF${t.columns.map((c) => c.name).join(',')}\r\n`)
    if (t.xlsx) writeFileSync(path.join(OUT, `${t.name}.xlsx`), await xlsxTemplate(t.name, t.columns))
    console.log(`wrote templates/${t.name}.csv${t.xlsx ? ` and templates/${t.name}.xlsx` : ''}`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
