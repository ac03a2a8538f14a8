/**
 * `npm run simulate -- --broker ws://127.0.0.1:9001 --scene wdec-2023 [--speed 60] [--start ISO]
 *   [--duration S] [--rate N] [--seed N] [--retain] [--quiet]`
 *
 * Publishes the in-browser simulator's messages (src/domain/live/simulator.ts) to a real MQTT
 * broker, for demos and tests: the same topics, payloads and numbers a visitor sees with
 * `live=sim`. The simulated clock starts at --start (default: now at --speed 1, else 08:30 venue
 * time on the scene's first day) and runs --speed times faster than real time.
 *
 * Exit codes: 0 done (duration reached or Ctrl+C), 1 broker or scene problem, 2 usage error.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import mqtt from 'mqtt'
import { DEFAULT_SEED, simulateAt } from '../src/domain/live/simulator.ts'
import { formatMinute, venueInstant, venueWallClock } from '../src/domain/live/venueTime.ts'
import { parseScene } from '../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../src/domain/scene/sceneIndex.ts'
import { readSceneDir } from './validate/readSceneDir.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const USAGE = `Usage: npm run simulate -- --broker <ws(s)://host:port | mqtt://host:port> [options]

Publishes simulated occupancy and attendance messages for a scene to an MQTT broker.

  --broker URL     broker to publish to (required)
  --scene ID|DIR   scene id under scenes/ or scenes-generated/, or a scene folder (default wdec-2023)
  --speed N        simulated seconds per real second (default 1)
  --start ISO      simulated start instant, e.g. 2023-10-13T09:00:00+08:00
                   (default: now at speed 1, else 08:30 venue time on the scene's first day)
  --duration S     stop after S real seconds (default: run until Ctrl+C)
  --rate N         messages per real second, all topics round-robin (default: every topic every 2 s)
  --seed N         simulator seed (default ${DEFAULT_SEED}, the app's)
  --retain         publish retained messages (a visitor connecting later gets the state at once)
  --quiet          no progress lines
  -h, --help       show this help`

export interface SimulateArgs {
  broker: string
  scene: string
  speed: number
  start: number | null
  duration: number | null
  rate: number | null
  seed: number
  retain: boolean
  quiet: boolean
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): SimulateArgs | 'help' {
  const a: SimulateArgs = { broker: '', scene: 'wdec-2023', speed: 1, start: null, duration: null, rate: null, seed: DEFAULT_SEED, retain: false, quiet: false }
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v)
    if (v === undefined || !Number.isFinite(n) || n < min) throw new UsageError(`${name} needs a number ≥ ${min}, got ${JSON.stringify(v ?? '')}`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = (): string | undefined => argv[++i]
    switch (arg) {
      case '-h':
      case '--help':
        return 'help'
      case '--broker': {
        const v = value()
        if (!v || !/^(wss?|mqtts?):\/\/\S+$/.test(v)) throw new UsageError(`--broker needs a ws://, wss://, mqtt:// or mqtts:// URL, got ${JSON.stringify(v ?? '')}`)
        a.broker = v
        break
      }
      case '--scene': {
        const v = value()
        if (!v) throw new UsageError('--scene needs a scene id or folder')
        a.scene = v
        break
      }
      case '--speed':
        a.speed = num('--speed', value(), 0.001)
        break
      case '--start': {
        const v = value()
        const t = v ? Date.parse(v) : NaN
        if (!v || Number.isNaN(t) || !/(Z|[+-]\d{2}:\d{2})$/.test(v)) throw new UsageError(`--start needs ISO 8601 with an offset, got ${JSON.stringify(v ?? '')}`)
        a.start = t
        break
      }
      case '--duration':
        a.duration = num('--duration', value(), 0)
        break
      case '--rate':
        a.rate = num('--rate', value(), 0.1)
        break
      case '--seed':
        a.seed = Math.trunc(num('--seed', value(), 0))
        break
      case '--retain':
        a.retain = true
        break
      case '--quiet':
        a.quiet = true
        break
      default:
        throw new UsageError(`unknown option ${arg}`)
    }
  }
  if (!a.broker) throw new UsageError('--broker is required')
  return a
}

export function loadSceneIndex(scene: string): SceneIndex {
  const candidates = scene.includes('/') || scene.includes(path.sep) ? [path.resolve(scene)] : ['scenes', 'scenes-generated'].map((d) => path.join(ROOT, d, scene))
  const dir = candidates.find((d) => existsSync(d))
  if (!dir) throw new Error(`no scene "${scene}" (looked in ${candidates.join(', ')})`)
  const read = readSceneDir(dir)
  const parsed = parseScene(read.files)
  if (read.issues.length || !parsed.ok) {
    const issues = [...read.issues, ...(parsed.ok ? [] : parsed.issues)]
    throw new Error(`scene ${dir} is invalid (${issues.length} problem(s); run npm run validate): ${issues[0]?.message ?? ''}`)
  }
  return buildSceneIndex(parsed.scene)
}

const TICK_MS = 50

export async function run(args: SimulateArgs, log: (line: string) => void = console.log): Promise<{ sent: number }> {
  const index = loadSceneIndex(args.scene)
  const { timezone, dates } = index.scene.venue
  const start = args.start ?? (args.speed === 1 ? Date.now() : venueInstant(dates.start, 8 * 60 + 30, timezone))
  const client = mqtt.connect(args.broker, { reconnectPeriod: 1000, connectTimeout: 10_000, clientId: `venue-twin-sim-${process.pid}` })
  await new Promise<void>((resolve, reject) => {
    const fail = (e: Error): void => {
      client.end(true)
      reject(new Error(`could not connect to ${args.broker}: ${e.message}`))
    }
    client.once('connect', () => {
      client.off('error', fail)
      resolve()
    })
    client.once('error', fail)
    setTimeout(() => fail(new Error('timed out after 10 s')), 10_000).unref()
  })
  client.on('error', (e) => log(`broker error: ${e.message}`))

  const realStart = Date.now()
  let sent = 0
  let cursor = 0
  let lastLog = realStart
  const topicsEvery2s = (): number => simulateAt(index, start, { seed: args.seed }).length / 2
  const rate = args.rate ?? topicsEvery2s()
  log(`simulate: ${index.scene.venue.id} → ${args.broker} at ${rate} msg/s, speed ×${args.speed}${args.retain ? ', retained' : ''}`)

  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = Date.now()
      const elapsed = (now - realStart) / 1000
      const simT = start + elapsed * 1000 * args.speed
      const msgs = simulateAt(index, simT, { seed: args.seed })
      const due = Math.floor(elapsed * rate) - sent
      for (let i = 0; i < due && msgs.length; i++) {
        const m = msgs[cursor++ % msgs.length]!
        client.publish(m.topic, m.payload, { qos: 0, retain: args.retain })
        sent++
      }
      if (!args.quiet && now - lastLog >= 5000) {
        lastLog = now
        const clock = venueWallClock(simT, timezone)
        log(`  ${clock.day} ${formatMinute(clock.minute)} venue time · ${sent} messages`)
      }
      if (args.duration !== null && elapsed >= args.duration) finish()
    }
    const id = setInterval(tick, TICK_MS)
    const finish = (): void => {
      clearInterval(id)
      process.off('SIGINT', finish)
      process.off('SIGTERM', finish)
      resolve()
    }
    process.once('SIGINT', finish)
    process.once('SIGTERM', finish)
    tick()
  })
  await new Promise<void>((resolve) => client.end(false, {}, () => resolve()))
  log(`simulate: done, ${sent} messages`)
  return { sent }
}

async function main(): Promise<void> {
  let args: SimulateArgs | 'help'
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`simulate: ${e.message}\n\n${USAGE}`)
      process.exit(2)
    }
    throw e
  }
  if (args === 'help') {
    console.log(USAGE)
    return
  }
  try {
    await run(args)
  } catch (e) {
    console.error(`simulate: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
