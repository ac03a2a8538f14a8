/**
 * `npm run validate [--json] [scene-folder …]`
 *
 * Checks scene folders (venue.json, exhibitors.json, sessions.json) with the same rules the app
 * applies on load, and reports every problem with its file, JSON path and rule. With no folders
 * given it checks every folder under scenes/ and scenes-generated/.
 *
 * Exit code: 0 all scenes valid, 1 some scene failed, 2 usage error (bad option, no such folder).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCENE_FILES } from '../src/domain/scene/schema.ts'
import { checkScene, type SceneResult } from './validate/checkScene.ts'
import { readSceneDir } from './validate/readSceneDir.ts'
import { exitCode, formatJson, formatText } from './validate/report.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCENE_ROOTS = ['scenes', 'scenes-generated']

const USAGE = `Usage: npm run validate -- [--json] [--no-color] [scene-folder | scene-id | folder-of-scenes ...]

Checks each scene folder (venue.json, exhibitors.json, sessions.json) and reports every
problem as: <file> <JSON path> [<rule>] <message> (value: ...).
With no arguments, checks every folder under ${SCENE_ROOTS.join('/ and ')}/.

  --json       print a machine-readable JSON report instead of text
  --no-color   no ANSI colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help   show this help

Exit code: 0 all scenes valid, 1 a scene has problems, 2 usage error.`

class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message)
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function subfolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => path.join(dir, d.name))
    .sort()
}

/** A folder holding scene files is a scene; a folder of folders (like scenes/) is a root of scenes. */
function expand(dir: string): string[] {
  const hasSceneFile = SCENE_FILES.some((f) => existsSync(path.join(dir, f)))
  if (hasSceneFile) return [dir]
  const subs = subfolders(dir)
  return subs.length ? subs : [dir]
}

function resolveTargets(args: readonly string[]): string[] {
  if (args.length === 0) {
    const dirs = SCENE_ROOTS.map((r) => path.join(ROOT, r))
      .filter(isDir)
      .flatMap(subfolders)
    if (dirs.length === 0) throw new UsageError(`no scene folders found under ${SCENE_ROOTS.map((r) => `${r}/`).join(' or ')} in ${ROOT}`)
    return dirs
  }
  const missing: string[] = []
  const out: string[] = []
  for (const arg of args) {
    const candidates = [path.resolve(arg), ...(/^[a-z0-9][a-z0-9-]*$/.test(arg) ? SCENE_ROOTS.map((r) => path.join(ROOT, r, arg)) : [])]
    const found = candidates.find(isDir)
    if (!found) {
      const why = existsSync(path.resolve(arg)) ? 'is not a folder' : 'does not exist'
      missing.push(`no scene folder "${arg}": ${path.resolve(arg)} ${why}`)
      continue
    }
    out.push(...expand(found))
  }
  if (missing.length) throw new UsageError(missing.join('\n'))
  return out
}

function display(abs: string): string {
  const rel = path.relative(process.cwd(), abs)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs
}

function validateDir(dir: string): SceneResult {
  const shown = display(dir)
  try {
    return checkScene({ ...readSceneDir(dir), dir: shown })
  } catch (e) {
    return {
      dir: shown,
      ok: false,
      migratedFrom: {},
      issues: [{ file: '(validator)', path: '$', rule: 'internal-error', message: `the validator crashed: ${(e as Error).stack ?? String(e)}` }],
    }
  }
}

function main(argv: readonly string[]): number {
  let json = false
  let color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  const targets: string[] = []
  let literal = false
  for (const arg of argv) {
    if (!literal && arg === '--') literal = true
    else if (!literal && arg === '--json') json = true
    else if (!literal && arg === '--no-color') color = false
    else if (!literal && (arg === '-h' || arg === '--help')) {
      process.stdout.write(`${USAGE}\n`)
      return 0
    } else if (!literal && arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`, true)
    else targets.push(arg)
  }
  const results = resolveTargets(targets).map(validateDir)
  process.stdout.write(json ? formatJson(results) : formatText(results, { color }))
  return exitCode(results)
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (e) {
  if (!(e instanceof UsageError)) throw e
  process.stderr.write(`validate: ${e.message}\n${e.showUsage ? `\n${USAGE}\n` : ''}`)
  process.exitCode = 2
}
