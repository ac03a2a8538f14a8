/**
 * A spreadsheet file → the SheetTable the converters take. CSV through papaparse (UTF-8 with or
 * without BOM, or the GB18030 that Chinese Excel saves; delimiter detected: comma, semicolon or
 * tab; quoted fields with separators, quotes and line breaks; CRLF), XLSX through exceljs (first
 * sheet or a named one). Row numbers are the ones a spreadsheet program shows.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { RowIssue, SheetRow, SheetTable } from '../../src/domain/interchange/table.ts'

export type ReadResult = { ok: true; table: SheetTable; notes: RowIssue[] } | { ok: false; issues: RowIssue[] }

const fail = (file: string, rule: string, message: string, row = 0, column = 0): ReadResult => ({
  ok: false,
  issues: [{ file, row, column, rule, message, severity: 'error' }],
})

export async function readTable(file: string, sheet?: string): Promise<ReadResult> {
  const name = path.basename(file)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return fail(name, 'file-unreadable', code === 'ENOENT' ? `${file} does not exist` : `${file} could not be read: ${(e as Error).message}`)
  }
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(name, bytes)
  if (ext === '.xlsx') return readXlsx(name, bytes, sheet)
  if (ext === '.xls') return fail(name, 'file-format', 'this is an old Excel .xls file: save it as .xlsx (Excel workbook) or .csv (UTF-8) and import that')
  return fail(name, 'file-format', `"${ext || 'no extension'}" is not a spreadsheet this importer reads: use .csv or .xlsx`)
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Excel on Chinese Windows saves "CSV" in the ANSI code page, GBK; GB18030 is its superset.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

export function readCsv(name: string, bytes: Uint8Array): ReadResult {
  const { text, encoding } = decodeText(bytes)
  const notes: RowIssue[] = []
  if (encoding === 'gb18030')
    notes.push({ file: name, row: 0, column: 0, rule: 'encoding', message: 'the file is not UTF-8; read it as GB18030 (Chinese Windows). Save as "CSV UTF-8" to be sure', severity: 'warning' })
  const body = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: headerDelimiter(body) })
  const bad = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'InvalidQuotes')
  if (bad) return fail(name, 'csv-syntax', `${bad.message} (a quote is opened and never closed)`, (bad.row ?? 0) + 1)
  const rows: SheetRow[] = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c ?? '') }))
  return toTable(name, rows, notes)
}

/**
 * The separator the header row uses most (comma, semicolon or tab). The header alone decides:
 * papaparse's own guess weighs every row and is thrown by blank lines, which we keep so row
 * numbers match the organizer's spreadsheet.
 */
export function headerDelimiter(text: string): string {
  const end = text.search(/\r?\n/)
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '')
  let best = ','
  let most = 0
  for (const d of [',', ';', '\t']) {
    const n = header.split(d).length - 1
    if (n > most) [best, most] = [d, n]
  }
  return best
}

function toTable(name: string, rows: SheetRow[], notes: RowIssue[]): ReadResult {
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''))
  if (headerAt < 0) return fail(name, 'file-empty', 'the file has no header row and no data')
  return { ok: true, table: { file: name, header: rows[headerAt]!.cells, rows: rows.slice(headerAt + 1) }, notes }
}

export async function readXlsx(name: string, bytes: Uint8Array, sheet?: string): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (e) {
    return fail(name, 'file-format', `not a readable .xlsx workbook (${(e as Error).message})`)
  }
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet)
  if (!ws) {
    const names = wb.worksheets.map((w) => `"${w.name}"`).join(', ')
    return fail(name, 'sheet-missing', sheet === undefined ? 'the workbook has no sheets' : `no sheet named "${sheet}" (sheets: ${names})`)
  }
  const rows: SheetRow[] = []
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[]
    const cells: string[] = []
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]))
    rows.push({ row: n, cells })
  })
  return toTable(name, rows, [])
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** A cell's value as the text an organizer typed (dates as venue wall-clock "YYYY-MM-DD HH:MM"). */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) {
    // Excel stores wall-clock date-times without a zone; exceljs hands them over as UTC.
    const d = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
    const t = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}${v.getUTCSeconds() ? `:${pad(v.getUTCSeconds())}` : ''}`
    return t === '00:00' ? d : `${d} ${t}`
  }
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJS.CellValue)
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
  if ('error' in v) return ''
  return String(v)
}
