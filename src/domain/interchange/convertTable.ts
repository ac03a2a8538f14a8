/**
 * The loop every sheet goes through: map the headers, skip blank rows, convert each row, and
 * catch an id used by two rows. Rows with an error are left out of the result (their problems
 * are in `issues`), so the rest can still be checked against the scene in the same run.
 */
import { mapHeaders, type ColumnDef, type ColumnName } from './headers.ts'
import { IdAllocator } from './ids.ts'
import { RowReader, type ConvertOptions, type Imported } from './rowReader.ts'
import { isBlankRow, type RowIssue, type SheetTable } from './table.ts'

export interface TableResult<T> {
  records: Imported<T>[]
  issues: RowIssue[]
}

export function convertTable<C extends readonly ColumnDef[], T extends { id: string }>(
  table: SheetTable,
  columns: C,
  sceneIds: Iterable<string>,
  options: ConvertOptions,
  convert: (r: RowReader<ColumnName<C>>, ids: IdAllocator) => Imported<T> | undefined,
): TableResult<T> {
  const headers = mapHeaders(table, columns)
  const issues = [...headers.issues]
  const idCol = headers.index['id' as ColumnName<C>]
  // Ids the file states are reserved up front, so a generated id never takes one a later row names.
  const ids = new IdAllocator(sceneIds)
  if (idCol !== undefined) for (const row of table.rows) ids.claim((row.cells[idCol] ?? '').trim())
  const records: Imported<T>[] = []
  const firstRowOf = new Map<string, number>()
  for (const row of table.rows) {
    if (isBlankRow(row)) continue
    const r = new RowReader(table, row, headers, issues, options)
    const out = convert(r, ids)
    if (!out || r.failed) continue
    const prior = firstRowOf.get(out.record.id)
    if (prior !== undefined) {
      issues.push({
        file: table.file,
        row: row.row,
        column: idCol === undefined ? 0 : idCol + 1,
        rule: 'unique-id',
        message: `id "${out.record.id}" is already used by row ${prior} of this file`,
        severity: 'error',
      })
      continue
    }
    firstRowOf.set(out.record.id, row.row)
    records.push(out)
  }
  return { records, issues }
}
