/**
 * A spreadsheet as the interchange converters see it: already parsed (CSV or XLSX, by the CLI),
 * every cell a string, every row carrying the row number the organizer sees in their
 * spreadsheet program (the header is row 1), so problems point at the right place.
 */
export interface SheetTable {
  /** The file name shown in reports, e.g. `exhibitors.csv`. */
  file: string
  header: readonly string[]
  rows: readonly SheetRow[]
}

export interface SheetRow {
  /** 1-based row number in the sheet (header = 1; blank rows still count). */
  row: number
  cells: readonly string[]
}

/** One problem (or, with `severity: 'warning'`, one note) at a cell: `file:row:column: message [rule]`. */
export interface RowIssue {
  file: string
  /** 1-based row; 1 is the header. */
  row: number
  /** 1-based column; 0 when the problem is the whole row. */
  column: number
  rule: string
  message: string
  severity: 'error' | 'warning'
}

export function formatRowIssue(i: RowIssue): string {
  return `${i.file}:${i.row}:${i.column}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message} [${i.rule}]`
}

/** A row with nothing but whitespace in it: skipped, as a spreadsheet's blank lines are. */
export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => c.trim() === '')
}
