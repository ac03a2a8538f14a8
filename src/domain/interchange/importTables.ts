/**
 * The organizer import as one pure step: a valid scene (its raw files and parsed form) and the
 * parsed sheets in; the new file contents, the diff and every problem out. Problems found by
 * the scene validator on the merged result are traced back to the row and column they came from.
 */
import type { SceneIssue } from '../scene/issues.ts'
import { parseScene, type RawSceneFiles } from '../scene/parseScene.ts'
import type { Scene, SceneFileName } from '../scene/schema.ts'
import { boothRows } from './boothRows.ts'
import { exhibitorRows } from './exhibitorRows.ts'
import { mergeRecords, type ListDiff } from './merge.ts'
import type { ConvertOptions, Provenance } from './rowReader.ts'
import { sessionRows } from './sessionRows.ts'
import type { RowIssue, SheetTable } from './table.ts'

export interface ImportTables {
  booths?: SheetTable
  exhibitors?: SheetTable
  sessions?: SheetTable
}

export interface ImportOptions extends ConvertOptions {
  prune: boolean
}

export type ImportKind = keyof ImportTables

export interface ImportResult {
  ok: boolean
  /** Errors and warnings, rows first, in file order. */
  issues: ImportIssue[]
  /** New contents of the files that change (none when not ok). */
  files: Partial<RawSceneFiles>
  diff: Partial<Record<ImportKind | 'sectors', ListDiff>>
  /** The merged scene, validated (when ok). */
  scene?: Scene
  /** Merged-list index → source row, per list, to place later checks (e.g. reachability) on rows. */
  from: Partial<Record<ImportKind, Map<number, Provenance>>>
}

/** A row problem, or a problem in a scene file the import did not come from (`path` set). */
export type ImportIssue = RowIssue & { path?: string }

export function formatImportIssue(i: ImportIssue): string {
  const where = i.path ? `${i.file} ${i.path}` : `${i.file}:${i.row}:${i.column}`
  return `${where}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message} [${i.rule}]`
}

type Obj = Record<string, unknown>
const asObj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const asList = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : [])

export function sceneIds(scene: Scene): string[] {
  const v = scene.venue
  return [...v.zones, ...v.booths, ...v.pois, ...v.kiosks, ...scene.exhibitors, ...scene.sessions].map((x) => x.id)
}

export function importTables(raw: RawSceneFiles, scene: Scene, tables: ImportTables, options: ImportOptions): ImportResult {
  const issues: ImportIssue[] = []
  const diff: ImportResult['diff'] = {}
  const from: ImportResult['from'] = {}
  const files: Partial<RawSceneFiles> = {}
  let venue = scene.venue
  const { exhibitors, sectors, sessions } = scene
  const ids = sceneIds(scene)

  if (tables.booths) {
    const r = boothRows(tables.booths, { venue, sceneIds: ids }, options)
    issues.push(...r.issues)
    const m = mergeRecords(asList(asObj(raw['venue.json']).booths), r.records, options.prune)
    diff.booths = m.diff
    from.booths = m.from
    venue = { ...venue, booths: m.list as unknown as typeof venue.booths }
    files['venue.json'] = { ...asObj(raw['venue.json']), booths: m.list }
  }
  if (tables.exhibitors) {
    const r = exhibitorRows(tables.exhibitors, { booths: venue.booths, sectors, exhibitors, sceneIds: ids }, options)
    issues.push(...r.issues)
    const rawFile = asObj(raw['exhibitors.json'])
    const m = mergeRecords(asList(rawFile.exhibitors), r.records, options.prune)
    diff.exhibitors = m.diff
    from.exhibitors = m.from
    if (r.newSectors.length) {
      diff.sectors = { added: r.newSectors.map((s) => s.id), changed: [], removed: [] }
    }
    files['exhibitors.json'] = { ...rawFile, sectors: [...asList(rawFile.sectors), ...r.newSectors], exhibitors: m.list }
  }
  if (tables.sessions) {
    const r = sessionRows(tables.sessions, { venue, sessions, sceneIds: ids }, options)
    issues.push(...r.issues)
    const rawFile = asObj(raw['sessions.json'])
    const m = mergeRecords(asList(rawFile.sessions), r.records, options.prune)
    diff.sessions = m.diff
    from.sessions = m.from
    files['sessions.json'] = { ...rawFile, sessions: m.list }
  }

  const merged: RawSceneFiles = { ...raw, ...files }
  const parsed = parseScene(merged)
  if (!parsed.ok) issues.push(...placeSceneIssues(parsed.issues, from))
  const ok = parsed.ok && !issues.some((i) => i.severity === 'error')
  return ok ? { ok, issues, files, diff, scene: parsed.scene, from } : { ok, issues, files: {}, diff, from }
}

const LIST_OF: Record<string, { file: SceneFileName; kind: ImportKind }> = {
  booths: { file: 'venue.json', kind: 'booths' },
  exhibitors: { file: 'exhibitors.json', kind: 'exhibitors' },
  sessions: { file: 'sessions.json', kind: 'sessions' },
}

/** Scene-validator issues placed on the sheet row and column of the record they are about, where it came from a sheet. */
export function placeSceneIssues(found: readonly SceneIssue[], from: ImportResult['from']): ImportIssue[] {
  return found.map((i) => {
    const m = /^\$\.(booths|exhibitors|sessions)\[(\d+)\](?:\.([A-Za-z]+))?/.exec(i.path)
    const list = m ? LIST_OF[m[1]!] : undefined
    const prov = list && list.file === i.file ? from[list.kind]?.get(Number(m![2])) : undefined
    if (!prov) return { file: i.file, row: 0, column: 0, path: i.path, rule: i.rule, message: i.message, severity: 'error' as const }
    const column = prov.columns[m![3] ?? 'id'] ?? prov.columns.id ?? 0
    return { file: prov.file, row: prov.row, column, rule: i.rule, message: i.message, severity: 'error' as const }
  })
}

export function countDiff(d: ListDiff): string {
  return `${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`
}
