/**
 * `npm run import -- --scene <dir> [--exhibitors <file>] [--sessions <file>] [--booths <file>]
 *    [--sheet NAME] [--dry-run] [--prune] [--fill-missing-language]`
 *
 * Brings an event's exhibitors, sessions and booths from spreadsheets (.csv or .xlsx) into a
 * scene folder. Every problem is reported as `file:row:column: message [rule]`, all at once; any
 * error leaves the folder exactly as it was. Exit code: 0 imported (or dry run), 1 problems, 2 usage.
 */
import path from 'node:path'
import { formatImportIssue, importTables, placeSceneIssues, type ImportIssue, type ImportKind, type ImportTables } from '../src/domain/interchange/importTables.ts'
import type { ListDiff } from '../src/domain/interchange/merge.ts'
import { SCENE_FILES } from '../src/domain/scene/schema.ts'
import { parseArgs, runCli, UsageError } from './import/args.ts'
import { loadScene } from './import/loadScene.ts'
import { readTable } from './import/readTable.ts'
import { sceneJson, writeFilesAtomically } from './import/writeAtomic.ts'
import { reachabilityIssues } from '../src/domain/routing/reachabilityIssues.ts'

const USAGE = `Usage: npm run import -- --scene <dir> [--exhibitors <file>] [--sessions <file>] [--booths <file>]
                         [--sheet NAME] [--dry-run] [--prune] [--fill-missing-language]

Imports spreadsheets (.csv UTF-8/GB18030 with comma, semicolon or tab; .xlsx) into a scene folder.
Templates: templates/exhibitors.csv|.xlsx, sessions.csv|.xlsx, booths.csv (guide: docs/organizers.md).

  --scene DIR               the scene folder to update (venue.json, exhibitors.json, sessions.json)
  --booths FILE             booths: id, label, zone, x, z, width, depth, heading (imported first)
  --exhibitors FILE         exhibitors: id, name_en, name_zh, country, booths, sectors, website, summary_en, summary_zh
  --sessions FILE           sessions: id, title_en, title_zh, kind, start, end, location, speakers, summary_en, summary_zh
  --sheet NAME              the .xlsx sheet to read (default: the first)
  --dry-run                 print what would change; write nothing
  --prune                   remove records of an imported kind that the file no longer lists
  --fill-missing-language   copy English into empty Chinese cells and back (each listed as a warning)

Exit code: 0 imported (or dry run), 1 problems found (nothing written), 2 usage error.`

const MAX_LINES = 200
const count = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`
const KINDS: ImportKind[] = ['booths', 'exhibitors', 'sessions']

function printIssues(issues: readonly ImportIssue[]): void {
  const shown = issues.slice(0, MAX_LINES)
  for (const i of shown) console.log(formatImportIssue(i))
  if (issues.length > shown.length) console.log(`… and ${issues.length - shown.length} more`)
}

function diffLines(kind: string, d: ListDiff): string[] {
  const lines = [`${kind}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`]
  const cap = 30
  for (const id of d.added.slice(0, cap)) lines.push(`  + ${id}`)
  for (const c of d.changed.slice(0, cap)) lines.push(`  ~ ${c.id}: ${c.fields.join(', ')}`)
  for (const id of d.removed.slice(0, cap)) lines.push(`  - ${id}`)
  const more = Math.max(0, d.added.length - cap) + Math.max(0, d.changed.length - cap) + Math.max(0, d.removed.length - cap)
  if (more) lines.push(`  … and ${more} more`)
  return lines
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['scene', 'exhibitors', 'sessions', 'booths', 'sheet'], ['dry-run', 'prune', 'fill-missing-language'])
  if (args.positional.length) throw new UsageError(`unexpected argument ${args.positional[0]}`)
  const one = (k: string): string | undefined => {
    const v = args.values.get(k)
    if (v && v.length > 1) throw new UsageError(`--${k} is given twice`)
    return v?.[0]
  }
  const sceneDir = one('scene')
  if (!sceneDir) throw new UsageError('--scene is required')
  const files = Object.fromEntries(KINDS.map((k) => [k, one(k)]).filter(([, v]) => v)) as Partial<Record<ImportKind, string>>
  if (Object.keys(files).length === 0) throw new UsageError('give at least one of --booths, --exhibitors, --sessions')
  const dryRun = args.flags.has('dry-run')

  const loaded = loadScene(path.resolve(sceneDir))
  if (!loaded.ok) {
    console.log(`${sceneDir}: the scene has problems of its own; fix them first (npm run validate -- ${sceneDir}):\n${loaded.report}`)
    return 1
  }

  const tables: ImportTables = {}
  const issues: ImportIssue[] = []
  for (const kind of KINDS) {
    const file = files[kind]
    if (!file) continue
    const r = await readTable(file, one('sheet'))
    if (r.ok) {
      tables[kind] = r.table
      issues.push(...r.notes)
    } else issues.push(...r.issues)
  }
  if (issues.some((i) => i.severity === 'error')) {
    printIssues(issues)
    console.log(`\nNothing was written.`)
    return 1
  }

  const result = importTables(loaded.raw, loaded.scene, tables, { prune: args.flags.has('prune'), fillMissingLanguage: args.flags.has('fill-missing-language') })
  issues.push(...result.issues)
  // New or moved booths must still leave every place walkable, as `npm run validate` demands.
  if (result.ok && result.scene && tables.booths) issues.push(...placeSceneIssues(reachabilityIssues(result.scene), result.from))
  const errors = issues.filter((i) => i.severity === 'error')
  const warnings = issues.length - errors.length
  printIssues(issues)
  if (errors.length) {
    console.log(`\n${errors.length} problem${errors.length === 1 ? '' : 's'}${warnings ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}. Nothing was written: ${sceneDir} is unchanged.`)
    return 1
  }

  if (issues.length) console.log('')
  for (const kind of [...KINDS, 'sectors'] as const) {
    const d = result.diff[kind]
    if (d) console.log(diffLines(kind, d).join('\n'))
  }
  if (dryRun) {
    console.log(`\nDry run: nothing written.`)
    return 0
  }
  const out: Record<string, string> = {}
  for (const f of SCENE_FILES) if (result.files[f] !== undefined) out[f] = sceneJson(result.files[f])
  writeFilesAtomically(path.resolve(sceneDir), out)
  const s = result.scene!
  console.log(
    `\nImported into ${sceneDir}: wrote ${Object.keys(out).join(', ')}. The scene now has ${count(s.venue.booths.length, 'booth')}, ` +
      `${count(s.exhibitors.length, 'exhibitor')}, ${count(s.sessions.length, 'session')}${warnings ? ` (${count(warnings, 'warning')} above)` : ''}.`,
  )
  return 0
}

runCli(USAGE, 'import', main)
