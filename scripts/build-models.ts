/**
 * npm run build:models [-- --check] [scene-id …]
 *
 * Builds public/models/<model> for every scene under scenes/ whose venue.json names a `model`
 * (or only the scene ids given). With --check nothing is written: the command fails when a
 * committed model differs from a fresh build, for CI.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatIssue } from '../src/domain/scene/issues.ts'
import { buildHallModel, type ModelStats } from './models/hallGlb.ts'
import { loadVenueFile } from './models/loadVenue.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCENES = path.join(ROOT, 'scenes')
const MODELS = path.join(ROOT, 'public', 'models')

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const only = argv.filter((a) => !a.startsWith('--'))
  const sceneIds = existsSync(SCENES)
    ? readdirSync(SCENES, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(SCENES, d.name, 'venue.json')))
        .map((d) => d.name)
        .sort()
    : []
  const unknown = only.filter((id) => !sceneIds.includes(id))
  if (unknown.length) {
    for (const id of unknown) console.error(`build-models: no scenes/${id}/venue.json`)
    return 1
  }
  const rows: (ModelStats & { name: string; status: string })[] = []
  let failed = false
  for (const id of only.length ? only : sceneIds) {
    const file = path.join(SCENES, id, 'venue.json')
    const loaded = loadVenueFile(file)
    if (!loaded.ok) {
      console.error(`build-models: scenes/${id}/venue.json is not valid, no model built:`)
      for (const issue of loaded.issues) console.error(`  ${formatIssue(issue)}`)
      failed = true
      continue
    }
    const { venue } = loaded
    if (!venue.model) continue
    const built = await buildHallModel(venue)
    for (const w of built.warnings) console.warn(`build-models: scenes/${id}: ${w}`)
    const out = path.join(MODELS, venue.model)
    let status = 'written'
    if (check) {
      const same = existsSync(out) && sameBytes(readFileSync(out), built.glb)
      status = same ? 'up to date' : existsSync(out) ? 'OUT OF DATE' : 'MISSING'
      if (!same) failed = true
    } else {
      mkdirSync(MODELS, { recursive: true })
      writeFileSync(out, built.glb)
    }
    rows.push({ name: `public/models/${venue.model}`, status, ...built.stats })
  }
  if (!rows.length && !failed) console.log('build-models: no scene names a model; nothing to do')
  for (const r of rows) {
    console.log(
      `${r.name}  ${r.bytes.toLocaleString('en-US')} bytes  ${r.primitives} primitives  ` +
        `${r.triangles.toLocaleString('en-US')} triangles  ${r.vertices.toLocaleString('en-US')} vertices  [${r.status}]`,
    )
  }
  if (check && failed) console.error('build-models: run `npm run build:models` and commit public/models/')
  return failed ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(err)
    process.exitCode = 1
  },
)
