/**
 * `npm run recorder -- --broker <mqtt-url> --db <file | postgres://…> [--port N] [options]`
 *
 * Exit codes: 0 stopped (Ctrl+C / SIGTERM), 1 could not start (broker URL, database, scene or
 * config problem), 2 usage error.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, readConfig } from './config.ts'
import { startRecorder } from './recorder.ts'
import { loadScenes } from './scenes.ts'
import { openStore } from './store/openStore.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = `Usage: npm run recorder -- --broker <url> --db <file | postgres://…> [options]

Records live readings from an MQTT broker, raises threshold alerts and serves history.

  --broker URL          mqtt://, mqtts://, ws:// or wss:// broker (required)
  --db FILE|URL         SQLite file (created if missing) or postgres:// URL (required)
  --port N              HTTP port (default 8787; 0 picks a free one)
  --host H              HTTP interface (default 127.0.0.1)
  --config FILE         venue-twin.config.json: thresholds, recorder origins, retention
  --origin URL          allow this origin to call the API from a browser (repeatable)
  --retention-days N    keep readings this many days (default 30)
  --scenes DIR          scene folder or folder of scenes (repeatable; default scenes/)
  --client-id ID        MQTT client id; the broker keeps its session (default venue-twin-recorder)
  -h, --help            show this help`

export interface CliArgs {
  broker: string
  db: string
  port: number
  host: string
  config: string | null
  origins: string[]
  retentionDays: number | null
  scenes: string[]
  clientId: string
}

class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  const a: CliArgs = { broker: '', db: '', port: 8787, host: '127.0.0.1', config: null, origins: [], retentionDays: null, scenes: [], clientId: 'venue-twin-recorder' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`)
      return v
    }
    switch (arg) {
      case '-h':
      case '--help':
        return 'help'
      case '--broker':
        a.broker = value()
        if (!/^(mqtts?|wss?):\/\/\S+$/.test(a.broker)) throw new UsageError(`--broker needs an mqtt://, mqtts://, ws:// or wss:// URL, got ${JSON.stringify(a.broker)}`)
        break
      case '--db':
        a.db = value()
        break
      case '--port': {
        const n = Number(value())
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port needs a port number 0–65535')
        a.port = n
        break
      }
      case '--host':
        a.host = value()
        break
      case '--config':
        a.config = value()
        break
      case '--origin': {
        const o = value()
        if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new UsageError(`--origin needs an origin like https://ops.example.org, got ${JSON.stringify(o)}`)
        a.origins.push(o)
        break
      }
      case '--retention-days': {
        const n = Number(value())
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--retention-days needs a positive number')
        a.retentionDays = n
        break
      }
      case '--scenes':
        a.scenes.push(value())
        break
      case '--client-id':
        a.clientId = value()
        break
      default:
        throw new UsageError(`unknown option ${JSON.stringify(arg)}`)
    }
  }
  if (!a.broker) throw new UsageError('--broker is required')
  if (!a.db) throw new UsageError('--db is required')
  return a
}

async function main(): Promise<number> {
  let args: CliArgs | 'help'
  try {
    args = parseCliArgs(process.argv.slice(2))
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    console.error(`recorder: ${e.message}\n\n${USAGE}`)
    return 2
  }
  if (args === 'help') {
    console.log(USAGE)
    return 0
  }
  try {
    const config = readConfig(args.config)
    config.warnings.forEach((w) => console.warn(`recorder: ${w}`))
    const scenes = loadScenes(args.scenes.length ? args.scenes : [path.join(ROOT, 'scenes')])
    if (!scenes.size) throw new Error(`no scenes found in ${args.scenes.join(', ') || 'scenes/'}`)
    const store = await openStore(args.db)
    const recorder = await startRecorder({
      broker: args.broker,
      store,
      scenes,
      thresholds: config.thresholds,
      port: args.port,
      host: args.host,
      origins: [...config.origins, ...args.origins],
      retentionDays: args.retentionDays ?? config.retentionDays ?? 30,
      clientId: args.clientId,
    })
    console.log(`recorder: ${store.kind} store, scenes ${[...scenes.keys()].join(', ')}; API on http://${args.host}:${recorder.port}/api/health`)
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        resolve()
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
    await recorder.close()
    return 0
  } catch (e) {
    console.error(`recorder: ${e instanceof ConfigError ? 'config ' : ''}${(e as Error).message}`)
    return 1
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code))
}
