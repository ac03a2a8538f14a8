/**
 * `npm run import:imdf -- <archive.zip|folder> --out <dir> [--level <ordinal|id>] [--lang <code>…]
 *    [--id <scene-id>] [--timezone <IANA>] [--country <code>]`
 *
 * Turns an IMDF 1.0 archive from any indoor-map tool into a new scene folder: every level, with
 * its buildings and the connectors between levels, or the one `--level` names. What the scene
 * cannot hold is counted and listed. The result must pass the validator,
 * or nothing is written. Exit code: 0 written, 1 problems, 2 usage.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { importImdf, isImdf } from '../src/domain/interchange/imdf/importImdf.ts'
import { KEBAB_CASE } from '../src/domain/scene/ids.ts'
import { formatIssue } from '../src/domain/scene/issues.ts'
import { parseScene } from '../src/domain/scene/parseScene.ts'
import { SCENE_FILES } from '../src/domain/scene/schema.ts'
import { readArchive } from './imdf/archive.ts'
import { parseArgs, runCli, UsageError } from './import/args.ts'
import { sceneJson, writeFilesAtomically } from './import/writeAtomic.ts'
import { reachabilityIssues } from '../src/domain/routing/reachabilityIssues.ts'

const USAGE = `Usage: npm run import:imdf -- <archive.zip|folder> --out <dir> [--level <ordinal|id>] [--lang <code>…]
                              [--id <scene-id>] [--timezone <IANA zone>] [--country <code>]

  --out DIR        the new scene folder (must not hold a scene yet)
  --level L        import only this level (ordinal or level id); default every level, joined by
                   the archive's stairs, escalators, lifts and ramps. The levels found are listed.
  --lang CODE      language order for names missing in English or Chinese (repeat; default en,
                   then the manifest's language, then any)
  --id ID          scene id (default: the --out folder's name)
  --timezone TZ    the venue's IANA time zone (default: from the occupants' validity offset)
  --country CODE   exhibitors' country (default: the venue address's country)`

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['out', 'level', 'lang', 'id', 'timezone', 'country'], [])
  const source = args.positional[0]
  const outArg = args.values.get('out')?.[0]
  if (!source || !outArg) throw new UsageError('give the archive (or folder) and --out')
  if (args.positional.length > 1) throw new UsageError(`unexpected argument ${args.positional[1]}`)
  const out = path.resolve(outArg)
  const sceneId = args.values.get('id')?.[0] ?? path.basename(out)
  if (!KEBAB_CASE.test(sceneId)) throw new UsageError(`scene id "${sceneId}" is not kebab-case (pass --id)`)
  if (existsSync(out) && readdirSync(out).some((f) => (SCENE_FILES as readonly string[]).includes(f))) {
    console.log(`${outArg} already holds a scene: import into a new folder (to merge exhibitors into an existing scene, use npm run import)`)
    return 1
  }

  const read = readArchive(source)
  if (!read.ok) {
    console.log(`${source}: ${read.message}`)
    return 1
  }
  const notImdf = isImdf(read.files)
  if (notImdf) {
    console.log(`${source} is not an IMDF archive: ${notImdf}. Found: ${read.names.slice(0, 12).join(', ') || 'no JSON files'}${read.names.length > 12 ? ', …' : ''}`)
    return 1
  }
  for (const u of read.unreadable) console.log(`warning: skipped ${u}`)

  const langs = args.values.get('lang')?.flatMap((l) => l.split(',')).filter(Boolean)
  const result = importImdf(read.files, {
    sceneId,
    ...(args.values.has('level') ? { level: args.values.get('level')![0]! } : {}),
    ...(langs?.length ? { lang: langs } : {}),
    ...(args.values.has('timezone') ? { timezone: args.values.get('timezone')![0]! } : {}),
    ...(args.values.has('country') ? { country: args.values.get('country')![0]! } : {}),
  })
  if (result.levels.length) {
    console.log('Levels in the archive:')
    for (const l of result.levels) console.log(`  ordinal ${l.ordinal}: ${l.name} (${l.units} units)${result.ok && result.imported.includes(l.id) ? '  ← imported' : ''}`)
  }
  if (!result.ok) {
    for (const e of result.errors) console.log(`error: ${e}`)
    console.log('Nothing was written.')
    return 1
  }
  for (const w of result.warnings) console.log(`warning: ${w}`)
  const skipped = Object.entries(result.skipped)
  if (skipped.length) console.log(`Skipped (the scene cannot hold them): ${skipped.map(([k, n]) => `${n} ${k}`).join(', ')}`)

  if (result.sceneLevels.length > 1) {
    for (const b of result.buildings) {
      const mine = result.sceneLevels.filter((l) => l.buildingId === b.id)
      console.log(`Building ${b.id} "${b.name.en}" / ${b.name.zh}: ${mine.map((l) => `${l.id} "${l.name.en}" (ordinal ${l.ordinal}, ${l.elevation} m)`).join(', ')}`)
    }
    console.log(`Connectors (${result.connectors.length}):`)
    for (const c of result.connectors) console.log(`  ${c.kind}${c.direction ? ` (${c.direction})` : ''} ${c.id} "${c.name.en}": ${c.stops.map((s) => s.levelId).join(c.direction ? ' → ' : ' ↔ ')}`)
  }
  const parsed = parseScene(result.files)
  const issues = parsed.ok ? reachabilityIssues(parsed.scene) : parsed.issues
  if (issues.length) {
    for (const i of issues.slice(0, 200)) console.log(formatIssue(i))
    if (issues.length > 200) console.log(`… and ${issues.length - 200} more`)
    console.log(`\nThe converted venue does not pass the scene validator (${issues.length} problem${issues.length === 1 ? '' : 's'}). Nothing was written.`)
    return 1
  }
  mkdirSync(out, { recursive: true })
  writeFilesAtomically(out, Object.fromEntries(Object.entries(result.files).map(([f, v]) => [f, sceneJson(v)])))
  const c = result.counts
  const structure = result.sceneLevels.length > 1 ? `${result.buildings.length} building${result.buildings.length === 1 ? '' : 's'}, ${result.sceneLevels.length} levels, ${c.connectors} connectors, ` : ''
  console.log(`wrote ${outArg}: ${structure}${c.zones} zones, ${c.booths} booths, ${c.pois} service points, ${c.kiosks} kiosks, ${c.exhibitors} exhibitors`)
  console.log(`open it with ?scene=${sceneId} (under scenes/ or scenes-generated/)  ·  add sessions with npm run import -- --scene ${outArg} --sessions <file>`)
  return 0
}

runCli(USAGE, 'import:imdf', main)
