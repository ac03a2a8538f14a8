/**
 * `npm run publish:scene -- <scene-dir> --to <data-folder> [--id <scene-id>]`
 * `npm run publish:scene -- --to <data-folder> --id <scene-id> --rollback <revision>`
 *
 * Publishes a scene folder into a deployed data folder (the one venue-twin.config.json
 * `dataBaseUrl` points at, e.g. dist/scenes) without a rebuild: validates it with the same
 * rules as `npm run validate`, copies each file under its content-hashed name
 * (`<id>/files/venue.<hash>.json`), keeps a copy of the manifest as `<id>/revisions/<n>.json`,
 * writes each floor's baked contact shadows (`<id>/floor-shadow-<fingerprint>.png`, read from
 * the same base as the fascia font), and writes `<id>/manifest.json` last, by an atomic rename: a page or kiosk reading the
 * folder sees the old revision or the new one, never a mix. Open pages pick it up by
 * themselves (visitors within minutes, kiosks at their next idle reset).
 *
 * --rollback <n> republishes revision n's files as a new revision (so every page moves to it).
 * Exit code: 0 published (or nothing changed), 1 the scene is invalid, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SCENE_FILES, type SceneFileName } from '../src/domain/scene/files.ts'
import { KEBAB_CASE } from '../src/domain/scene/ids.ts'
import { LOGO_MAP_FILE } from '../src/domain/logos/atlasMap.ts'
import { formatIssue } from '../src/domain/scene/issues.ts'
import { MANIFEST_FILE, parseManifest, REVISIONS_DIR, type SceneManifest } from '../src/domain/scene/manifest.ts'
import { floorShadowFilesIn } from './floor-shadow.ts'
import { logoAtlasFiles } from './publish/logoAtlasFiles.ts'
import { planPublish } from './publish/planPublish.ts'
import { checkScene } from './validate/checkScene.ts'
import { readSceneDir } from './validate/readSceneDir.ts'

const USAGE = `Usage:
  npm run publish:scene -- <scene-dir> --to <data-folder> [--id <scene-id>]
  npm run publish:scene -- --to <data-folder> --id <scene-id> --rollback <revision>

Validates the scene, copies its files under content-hashed names into <data-folder>/<scene-id>/
and writes manifest.json last. Exit code: 0 published, 1 invalid scene, 2 usage error.`

class UsageError extends Error {}

/** Written whole under a temporary name, then renamed: readers never see half a file. */
function writeAtomic(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, bytes)
  renameSync(tmp, file)
}

function readManifest(file: string): SceneManifest | null {
  if (!existsSync(file)) return null
  const parsed = parseManifest(JSON.parse(readFileSync(file, 'utf8')))
  if (typeof parsed === 'string') throw new UsageError(`${file}: ${parsed}`)
  return parsed
}

async function publish(sceneDir: string, to: string, id: string): Promise<number> {
  const started = performance.now()
  const read = readSceneDir(sceneDir)
  const result = checkScene({ ...read, dir: sceneDir })
  if (!result.ok) {
    process.stdout.write(`${sceneDir}: FAILED — not published (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})\n`)
    for (const issue of result.issues) process.stdout.write(`  ✗ ${formatIssue(issue)}\n`)
    return 1
  }
  const bytes = Object.fromEntries(SCENE_FILES.map((f) => [f, readFileSync(path.join(sceneDir, f))])) as Record<SceneFileName, Buffer>
  const dest = path.join(to, id)
  const previous = readManifest(path.join(dest, MANIFEST_FILE))
  const plan = planPublish(id, bytes, previous, new Date().toISOString())
  // The logo atlas is not part of a revision (a logo file can change while the JSON does not): it
  // is brought up to date on every publish, before the manifest.
  const logos = await logoAtlasFiles(sceneDir)
  for (const f of logos) if (!f.immutable || !existsSync(path.join(dest, f.path))) writeAtomic(path.join(dest, f.path), f.bytes)
  // A scene that no longer has logos must not keep showing the last ones.
  if (!logos.length) rmSync(path.join(dest, LOGO_MAP_FILE), { force: true })
  if (plan.unchanged) {
    process.stdout.write(`${dest}: unchanged, still revision ${previous!.revision}\n`)
    return 0
  }
  for (const f of plan.files) if (!f.immutable || !existsSync(path.join(dest, f.path))) writeAtomic(path.join(dest, f.path), f.bytes)
  // Before the manifest, so a page reading the new revision finds its floors' shadows. Named by
  // what shapes them, so one already there holds these very texels.
  for (const f of floorShadowFilesIn(sceneDir).files) if (!existsSync(path.join(dest, f.fileName))) writeAtomic(path.join(dest, f.fileName), f.png())
  writeAtomic(path.join(dest, MANIFEST_FILE), plan.manifestBytes)
  const s = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(`${dest}: published revision ${plan.manifest.revision} (${result.counts?.booths} booths, ${result.counts?.exhibitors} exhibitors, ${result.counts?.sessions} sessions) in ${s} s\n`)
  return 0
}

function rollback(to: string, id: string, revision: number): number {
  const dest = path.join(to, id)
  const old = readManifest(path.join(dest, REVISIONS_DIR, `${revision}.json`))
  if (!old) throw new UsageError(`no revision ${revision} in ${dest}/${REVISIONS_DIR}/`)
  const bytes = {} as Record<SceneFileName, Buffer>
  for (const f of SCENE_FILES) {
    const file = path.join(dest, old.files[f].path)
    if (!existsSync(file)) throw new UsageError(`revision ${revision}'s ${f} (${file}) is gone; republish it from its source folder`)
    bytes[f] = readFileSync(file)
  }
  const current = readManifest(path.join(dest, MANIFEST_FILE))
  const plan = planPublish(id, bytes, current, new Date().toISOString())
  for (const f of plan.files) if (!f.immutable) writeAtomic(path.join(dest, f.path), f.bytes)
  writeAtomic(path.join(dest, MANIFEST_FILE), plan.manifestBytes)
  process.stdout.write(`${dest}: revision ${plan.manifest.revision} is revision ${revision}'s content again\n`)
  return 0
}

function main(argv: string[]): number | Promise<number> {
  let to: string | null = null
  let id: string | null = null
  let back: number | null = null
  const dirs: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') continue
    if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    if (a === '--to') to = argv[++i] ?? null
    else if (a === '--id') id = argv[++i] ?? null
    else if (a === '--rollback') back = Number(argv[++i])
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`)
    else dirs.push(a)
  }
  if (!to) throw new UsageError('--to <data-folder> is required')
  if (back !== null) {
    if (!id || !Number.isInteger(back) || back < 1) throw new UsageError('--rollback needs --id <scene-id> and a revision number')
    return rollback(to, id, back)
  }
  if (dirs.length !== 1) throw new UsageError('give one scene folder')
  const sceneDir = dirs[0]!
  if (!existsSync(sceneDir)) throw new UsageError(`no scene folder ${sceneDir}`)
  const sceneId = id ?? path.basename(path.resolve(sceneDir))
  if (!KEBAB_CASE.test(sceneId)) throw new UsageError(`"${sceneId}" is not a scene id (kebab-case); pass --id`)
  return publish(sceneDir, to, sceneId)
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (e) {
  if (!(e instanceof UsageError)) throw e
  process.stderr.write(`publish:scene: ${e.message}\n\n${USAGE}\n`)
  process.exitCode = 2
}
