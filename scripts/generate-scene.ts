/**
 * `npm run generate:scene -- --booths N [--halls H] [--levels L] [--out <dir>] [--id <scene-id>] [--seed <n>]`
 *
 * Writes a synthetic trade-fair venue of N booths (several hall blocks, themed pavilions,
 * international trade zones, stages, one fictional bilingual exhibitor per booth, three days
 * of sessions, kiosks, entrances and services) for scale testing — with `--halls`/`--levels`,
 * a complex of H buildings of L levels joined by escalators, stairs and lifts. Deterministic (seeded).
 * By default it goes to the git-ignored `scenes-generated/expo-<N>/`, which dev and preview
 * serve, so the app opens it with `?scene=expo-<N>`. Check it with `npm run validate -- expo-<N>`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { KEBAB_CASE } from '../src/domain/scene/ids.ts'
import { DEFAULT_SEED, defaultSceneId, generateScene, writeScene } from './generate-scene/generate.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const MAX_BOOTHS = 500_000
/** Buildings are lettered Area A … Z. */
const MAX_HALLS = 26
const MAX_LEVELS = 20

const USAGE = `Usage: npm run generate:scene -- --booths N [--halls H] [--levels L] [--out <dir>] [--id <scene-id>] [--seed <n>]

  --booths N   number of booths (1 … ${MAX_BOOTHS.toLocaleString('en')})
  --halls H    buildings, side by side on one site (1 … ${MAX_HALLS}, default 1)
  --levels L   levels in each building (1 … ${MAX_LEVELS}, default 1); the booths are spread over every floor
  --out DIR    folder to write (default scenes-generated/<id>/)
  --id ID      scene id, kebab-case (default expo-<N>, expo-<N>-<H>x<L> for a complex, or the --out folder's name)
  --seed N     random seed (default ${DEFAULT_SEED})`

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { booths: number; halls: number; levels: number; out: string; id: string; seed: number } {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') continue
    if (a === '-h' || a === '--help') throw new UsageError('')
    const m = /^--(booths|halls|levels|out|id|seed)(?:=(.*))?$/.exec(a)
    if (!m) throw new UsageError(`unknown argument ${a}`)
    const v = m[2] ?? argv[++i]
    if (v === undefined) throw new UsageError(`--${m[1]} needs a value`)
    values.set(m[1]!, v)
  }
  const booths = Number(values.get('booths'))
  if (!values.has('booths') || !Number.isInteger(booths) || booths < 1 || booths > MAX_BOOTHS)
    throw new UsageError(`--booths must be a whole number from 1 to ${MAX_BOOTHS}`)
  const whole = (name: string, max: number): number => {
    const n = values.has(name) ? Number(values.get(name)) : 1
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`)
    return n
  }
  const halls = whole('halls', MAX_HALLS)
  const levels = whole('levels', MAX_LEVELS)
  if (booths < halls * levels) throw new UsageError(`${halls} halls × ${levels} levels are ${halls * levels} floors: --booths must be at least that`)
  const seed = values.has('seed') ? Number(values.get('seed')) : DEFAULT_SEED
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number')
  const outArg = values.get('out')
  const id = values.get('id') ?? (outArg ? path.basename(path.resolve(outArg)) : defaultSceneId(booths, halls, levels))
  if (!KEBAB_CASE.test(id)) throw new UsageError(`scene id "${id}" is not kebab-case (pass --id)`)
  const out = outArg ? path.resolve(outArg) : path.join(ROOT, 'scenes-generated', id)
  return { booths, halls, levels, out, id, seed }
}

try {
  const args = parseArgs(process.argv.slice(2))
  const t0 = performance.now()
  const scene = generateScene({ booths: args.booths, halls: args.halls, levels: args.levels, id: args.id, seed: args.seed })
  const { bytes } = writeScene(args.out, scene)
  const v = scene.venue
  const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
  console.log(
    `wrote ${path.relative(process.cwd(), args.out) || '.'}: ${count(v.booths.length, 'booth')} in ${count(v.zones.length, 'zone')}, ` +
      `${count(scene.exhibitors.exhibitors.length, 'exhibitor')}, ${count(scene.sessions.sessions.length, 'session')}, ` +
      `${count(v.pois.length, 'point')}, ${count(v.kiosks.length, 'kiosk')}` +
      (v.levels.length > 1 ? `, ${count(v.buildings.length, 'building')}, ${count(v.levels.length, 'level')}, ${count(v.connectors.length, 'connector')}` : '') +
      `; ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`,
  )
  console.log(`open it with ?scene=${args.id}  ·  check it with npm run validate -- ${path.relative(process.cwd(), args.out) || '.'}`)
} catch (e) {
  if (!(e instanceof UsageError)) throw e
  process.stderr.write(`${e.message ? `generate:scene: ${e.message}\n\n` : ''}${USAGE}\n`)
  process.exitCode = e.message ? 2 : 0
}
