/**
 * Reading one sheet row by column name, with the problems it finds attached to the right cell.
 * Shared by the exhibitor, session and booth converters.
 */
import type { LocalizedText } from '../i18n/text.ts'
import { KEBAB_CASE } from '../scene/ids.ts'
import type { HeaderMap } from './headers.ts'
import type { RowIssue, SheetRow, SheetTable } from './table.ts'

export interface ConvertOptions {
  /** Copy the one language given into the missing one (each filled cell is listed as a warning). */
  fillMissingLanguage: boolean
}

/** Where an imported record came from: its row, and which sheet column holds each of its fields. */
export interface Provenance {
  file: string
  row: number
  /** Record field (e.g. `boothIds`) → 1-based sheet column. */
  columns: Record<string, number>
}

export interface Imported<T> {
  record: T
  from: Provenance
}

/** Splits a list cell: `;` as the templates say, and the separators spreadsheets and Chinese keyboards produce. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export class RowReader<F extends string> {
  private hadError = false
  constructor(
    readonly table: SheetTable,
    readonly row: SheetRow,
    private readonly headers: HeaderMap<F>,
    private readonly issues: RowIssue[],
    readonly options: ConvertOptions,
  ) {}

  get failed(): boolean {
    return this.hadError
  }

  has(name: F): boolean {
    return this.headers.index[name] !== undefined
  }

  /** The trimmed cell, or undefined when the sheet has no such column. */
  cell(name: F): string | undefined {
    const i = this.headers.index[name]
    return i === undefined ? undefined : (this.row.cells[i] ?? '').trim()
  }

  /** 1-based sheet column of a field, 0 when the sheet lacks it. */
  col(name: F): number {
    const i = this.headers.index[name]
    return i === undefined ? 0 : i + 1
  }

  error(name: F | null, rule: string, message: string): void {
    this.hadError = true
    this.issues.push({ file: this.table.file, row: this.row.row, column: name ? this.col(name) : 0, rule, message, severity: 'error' })
  }

  warn(name: F | null, rule: string, message: string): void {
    this.issues.push({ file: this.table.file, row: this.row.row, column: name ? this.col(name) : 0, rule, message, severity: 'warning' })
  }

  /** A required single value: the cell, else the existing record's value, else an error. */
  required(name: F, existing: string | undefined, what: string): string | undefined {
    const v = this.cell(name)
    if (v) return v
    if (v === undefined && existing !== undefined) return existing
    this.error(name, 'required-value', v === undefined ? `a new record needs a "${name}" column (${what})` : `${name} is empty (${what})`)
    return undefined
  }

  /** An explicit id cell, checked to be kebab-case. */
  id(name: F): string | undefined {
    const v = this.cell(name)
    if (!v) return undefined
    if (!KEBAB_CASE.test(v)) {
      this.error(name, 'schema:invalid_format', `id "${v}" is not kebab-case (a-z, 0-9, single hyphens), e.g. ${suggestKebab(v)}`)
      return undefined
    }
    return v
  }

  /**
   * Both languages of a text from its `_en` and `_zh` columns. A column the sheet lacks keeps
   * the existing record's text; an empty half is an error unless the organizer asked to fill it.
   */
  bilingual(en: F, zh: F, existing: LocalizedText | undefined, what: string): LocalizedText | undefined {
    let e = this.cell(en) ?? existing?.en ?? ''
    let z = this.cell(zh) ?? existing?.zh ?? ''
    if (!e && !z) {
      this.error(this.has(en) ? en : this.has(zh) ? zh : null, 'required-value', `${what} is missing in both languages (${en}, ${zh})`)
      return undefined
    }
    if (!e || !z) {
      const [missing, given] = e ? [zh, en] : [en, zh]
      if (!this.options.fillMissingLanguage) {
        this.error(this.has(missing) ? missing : given, 'bilingual-text', `${missing} is empty: ${what} is needed in English and Chinese (or run with --fill-missing-language to copy ${given})`)
        return undefined
      }
      this.warn(this.has(missing) ? missing : given, 'language-filled', `${missing} was empty; filled with ${given} "${e || z}"`)
      if (!e) e = z
      else z = e
    }
    return { en: e, zh: z }
  }

  /** A finite number cell. */
  number(name: F, existing: number | undefined, what: string, opts: { positive?: boolean } = {}): number | undefined {
    const v = this.cell(name)
    if (v === undefined || v === '') {
      if (existing !== undefined) return existing
      this.error(name, 'required-value', `${name} is empty (${what})`)
      return undefined
    }
    const n = Number(v.replace(',', '.'))
    if (!Number.isFinite(n) || (opts.positive && n <= 0)) {
      this.error(name, 'number', `"${v}" is not ${opts.positive ? 'a positive number' : 'a number'} (${what})`)
      return undefined
    }
    return n
  }

  columnsOf(map: Record<string, F>): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [field, name] of Object.entries(map)) out[field] = this.col(name)
    return out
  }
}

function suggestKebab(v: string): string {
  const s = v
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return s || 'acme-robotics'
}

/**
 * The record a row updates: by id when the row gives one, else by the English name (each
 * existing record matched at most once, so two rows of the same name keep two ids).
 */
export class RecordMatcher<T extends { id: string }> {
  private readonly byId: Map<string, T>
  private readonly byName = new Map<string, string[]>()
  private readonly used = new Set<string>()
  constructor(records: readonly T[], nameOf: (r: T) => string) {
    this.byId = new Map(records.map((r) => [r.id, r]))
    for (const r of records) {
      const k = nameOf(r).trim().toLowerCase()
      const list = this.byName.get(k)
      if (list) list.push(r.id)
      else this.byName.set(k, [r.id])
    }
  }
  byIdOf(id: string): T | undefined {
    this.used.add(id)
    return this.byId.get(id)
  }
  byNameOf(name: string): T | undefined {
    const list = this.byName.get(name.trim().toLowerCase())
    const id = list?.find((i) => !this.used.has(i))
    if (id === undefined) return undefined
    this.used.add(id)
    return this.byId.get(id)
  }
}
