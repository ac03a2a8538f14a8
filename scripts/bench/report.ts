/** The benchmark's printed table and its budget verdicts. */
import { round } from './stats.ts'

export interface BudgetRow {
  figure: string
  value: string
  budget: string
  /** null: informational, or the figure could not be measured. */
  pass: boolean | null
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}

export function budgetTable(rows: BudgetRow[]): string {
  return table(
    ['figure', 'value', 'budget', 'verdict'],
    rows.map((r) => [r.figure, r.value, r.budget, r.pass === null ? 'n/a' : r.pass ? 'PASS' : 'FAIL']),
  )
}

export const kB = (bytes: number): string => `${round(bytes / 1000, 1).toFixed(1)} kB`
export const ms = (v: number, digits = 0): string => (Number.isFinite(v) ? `${round(v, digits).toFixed(digits)} ms` : 'n/a')
export const int = (v: number): string => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : 'n/a')
