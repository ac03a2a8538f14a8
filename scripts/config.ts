/**
 * `npm run config -- <command>`: the deployment's settings file, venue-twin.config.json.
 *
 *   check [file]              validate it (exit 1 with every problem, like npm run validate)
 *   kiosk-pin <kiosk-id> [--file <file>]
 *                             set a kiosk's operator PIN: asks twice without echo on a terminal,
 *                             reads one line from standard input otherwise; stores only a salted
 *                             PBKDF2 hash.
 *
 * The file defaults to public/venue-twin.config.json (what the build ships); point --file at a
 * deployed copy to change a running site without a rebuild.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkConfig } from '../src/domain/config/configSchema.ts'
import { isPublicSuffix } from '../src/domain/embed/publicSuffix.ts'
import { CONFIG_FILE } from '../src/domain/config/deploymentConfig.ts'
import { hashPin, PIN_PATTERN } from '../src/domain/config/pinHash.ts'
import { KEBAB_CASE } from '../src/domain/scene/ids.ts'
import { formatIssue } from '../src/domain/scene/issues.ts'
import { readPin } from './config/readPin.ts'

const DEFAULT_FILE = path.join('public', CONFIG_FILE)

const USAGE = `Usage:
  npm run config -- check [file]                       check ${CONFIG_FILE} (default ${DEFAULT_FILE})
  npm run config -- kiosk-pin <kiosk-id> [--file <f>]  set a kiosk's operator PIN (stored hashed)

Exit code: 0 fine, 1 the file has problems, 2 usage error.`

class UsageError extends Error {}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`)
  const text = readFileSync(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch (e) {
    throw Object.assign(new Error(`${file} $ [json-syntax] ${(e as Error).message}`), { problem: true })
  }
}

function check(file: string): number {
  let raw: unknown
  try {
    raw = readJson(file)
  } catch (e) {
    if ((e as { problem?: boolean }).problem) {
      process.stdout.write(`${file}: FAILED\n  ✗ ${(e as Error).message}\n`)
      return 1
    }
    throw e
  }
  const result = checkConfig(raw, file, { isPublicSuffix })
  // Kept, but worth a look: printed whatever the verdict, never failing the check.
  for (const note of result.notes) process.stderr.write(`warning: ${formatIssue(note)}\n`)
  if (result.ok) {
    const kiosks = Object.entries(result.config.kiosks)
    const withPin = kiosks.filter(([, k]) => k.pinHash).length
    process.stdout.write(
      `${file}: OK (scenes from ${result.config.dataBaseUrl}, default scene ${result.config.defaultScene}, ` +
        `${result.config.embed.allowedOrigins.length} embedding origins, ${result.config.live.allowedBrokers.length} brokers, ` +
        `${withPin} of ${kiosks.length} kiosks with a PIN)\n`,
    )
    return 0
  }
  process.stdout.write(`${file}: FAILED — ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}\n`)
  for (const issue of result.issues) process.stdout.write(`  ✗ ${formatIssue(issue)}\n`)
  return 1
}

async function kioskPin(kioskId: string, file: string): Promise<number> {
  if (!KEBAB_CASE.test(kioskId)) throw new UsageError(`"${kioskId}" is not a kiosk id (kebab-case, as in venue.json kiosks[].id)`)
  const raw = existsSync(file) ? readJson(file) : {}
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`${file} does not hold a JSON object`)
  const pin = await readPin()
  if (!PIN_PATTERN.test(pin)) {
    process.stderr.write('config: a PIN is 4 to 12 digits; nothing written\n')
    return 1
  }
  const config = raw as { kiosks?: Record<string, { pinHash?: string }> }
  config.kiosks = { ...config.kiosks, [kioskId]: { ...config.kiosks?.[kioskId], pinHash: await hashPin(pin) } }
  const problems = checkConfig(config, file, { isPublicSuffix })
  if (!problems.ok) {
    process.stderr.write(`config: ${file} has other problems; fix them first (npm run config -- check ${file}); nothing written\n`)
    return 1
  }
  // Written whole, then renamed: a server never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(config, null, 2)}\n`)
  renameSync(tmp, file)
  process.stdout.write(`${file}: PIN of ${kioskId} set (salted PBKDF2-SHA-256)\n`)
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv.filter((a) => a !== '--')
  if (!command || command === '-h' || command === '--help') {
    process.stdout.write(`${USAGE}\n`)
    return command ? 0 : 2
  }
  if (command === 'check') {
    if (rest.length > 1) throw new UsageError('check takes one file')
    return check(rest[0] ?? DEFAULT_FILE)
  }
  if (command === 'kiosk-pin') {
    let file = DEFAULT_FILE
    const ids: string[] = []
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--file') file = rest[++i] ?? ''
      else ids.push(rest[i]!)
    }
    if (ids.length !== 1 || !file) throw new UsageError('kiosk-pin takes one kiosk id')
    return kioskPin(ids[0]!, file)
  }
  throw new UsageError(`unknown command ${command}`)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`config: ${e.message}\n\n${USAGE}\n`)
    process.exitCode = 2
  },
)
