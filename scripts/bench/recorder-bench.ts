/**
 * The recorder at venue scale (issue 23): 300 zones.
 *   - ingest: readings/s through the recorder's own path (parse and check each MQTT payload
 *     with the app's rules, evaluate alerts, write in batched transactions), in this one Node
 *     thread — one core. Budget ≥ 20,000 readings/s. SQLite always; PostgreSQL when Debian's
 *     server is installed (a temporary cluster, as the tests start it).
 *   - size: the SQLite file for one event day of 300 zones at one reading per 5 s
 *     (300 × 17,280 = 5.18 million readings), after a WAL checkpoint.
 *   - history: GET /api/history for one zone, one day, 1-minute steps, over HTTP against that
 *     day. Budget ≤ 50 ms.
 *
 *   npm run bench:recorder [-- --messages 300000] [--no-postgres] [--json]
 *
 * Figures from a shared, loaded machine vary between runs: read them as orders of magnitude.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import Database from 'better-sqlite3'
import { rect } from '../../src/domain/geometry/polygon.ts'
import { DEFAULT_THRESHOLDS } from '../../src/domain/ops/thresholds.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { createAlertEngine } from '../../src/server/alertEngine.ts'
import { createApiServer } from '../../src/server/httpApi.ts'
import { createIngest } from '../../src/server/ingest.ts'
import { openPostgresStore } from '../../src/server/store/postgresStore.ts'
import { openSqliteStore } from '../../src/server/store/sqliteStore.ts'
import type { Reading, Store } from '../../src/server/store/store.ts'
import { startPostgres } from '../../test/e2e/postgres.ts'
import { numberArg as arg } from './stats.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ZONES = 300
const DAY_READINGS_PER_ZONE = 86_400 / 5
const INGEST_BUDGET = 20_000
const HISTORY_BUDGET_MS = 50

/** The default scene with 300 extra zones laid out in a grid: ids zone-001 … zone-300. */
function venueOf300(): SceneIndex {
  const dir = path.join(ROOT, 'scenes/wdec-2023')
  const read = (f: string): unknown => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))
  const r = parseScene({ 'venue.json': read('venue.json'), 'exhibitors.json': read('exhibitors.json'), 'sessions.json': read('sessions.json') })
  if (!r.ok) throw new Error('default scene invalid')
  const template = r.scene.venue.zones[0]!
  const zones = Array.from({ length: ZONES }, (_, i) => ({ ...template, id: zoneId(i), footprint: rect((i % 20) * 10, Math.floor(i / 20) * 10, 10, 10).map(([x, z]) => [x, z] as [number, number]) }))
  const scene: Scene = { ...r.scene, venue: { ...r.scene.venue, zones: [...r.scene.venue.zones, ...zones] } }
  return buildSceneIndex(scene)
}

const zoneId = (i: number): string => `zone-${String(i + 1).padStart(3, '0')}`

/** CPU seconds this process used while `run` ran: on a loaded machine, closer to the work done than the wall clock. */
async function cpuSeconds<T>(run: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await run()
  const c = process.cpuUsage(c0)
  return { value, cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 }
}

async function ingestRate(index: SceneIndex, store: Store, messages: number): Promise<number> {
  const scene = index.scene.venue.id
  const ingest = createIngest({ scenes: new Map([[scene, index]]), store, alerts: createAlertEngine({ defaults: DEFAULT_THRESHOLDS, zones: {} }, []), onAlert: () => {} })
  const t0Reading = Date.now() - messages * 1000
  // Payloads as they arrive from the broker: Buffers of JSON text.
  const payloads = Array.from({ length: messages }, (_, k) =>
    Buffer.from(JSON.stringify({ count: (k * 7) % 900, capacity: 1000, ts: new Date(t0Reading + Math.floor(k / ZONES) * 1000).toISOString() })),
  )
  const topics = Array.from({ length: ZONES }, (_, i) => `venue/${scene}/zones/${zoneId(i)}/occupancy`)
  const t0 = performance.now()
  for (let k = 0; k < messages; k++) {
    ingest.message(topics[k % ZONES]!, payloads[k]!)
    // Let queued batch writes run, as the event loop does between socket reads.
    if (k % 2000 === 1999) await new Promise((r) => setImmediate(r))
  }
  await ingest.flush()
  const s = (performance.now() - t0) / 1000
  if (ingest.counts.stored !== messages) throw new Error(`stored ${ingest.counts.stored} of ${messages}: ${JSON.stringify(ingest.counts.invalid)}`)
  return messages / s
}

async function loadDay(store: Store, scene: string, dayStart: number): Promise<number> {
  const t0 = performance.now()
  let batch: Reading[] = []
  for (let k = 0; k < DAY_READINGS_PER_ZONE; k++) {
    for (let i = 0; i < ZONES; i++) {
      batch.push({ scene, kind: 'zone', id: zoneId(i), ts: dayStart + k * 5000, count: (k + i * 13) % 1000, capacity: 1000, queue: null })
    }
    if (batch.length >= 30_000) {
      await store.insertReadings(batch)
      batch = []
    }
  }
  await store.insertReadings(batch)
  return (performance.now() - t0) / 1000
}

async function historyTimes(store: Store, scene: string, dayStart: number, runs = 30): Promise<number[]> {
  const server = createApiServer({ store, thresholds: { defaults: DEFAULT_THRESHOLDS, zones: {} }, origins: [], health: async () => ({}), act: async () => ({ error: 'n/a', status: 400 }) })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  const times: number[] = []
  for (let k = 0; k < runs; k++) {
    const zone = zoneId((k * 37) % ZONES)
    const t0 = performance.now()
    const res = await fetch(`http://127.0.0.1:${port}/api/history?scene=${scene}&zone=${zone}&from=${dayStart}&to=${dayStart + 86_400_000}&step=60`)
    const body = (await res.json()) as { series: Record<string, { t: number[] }> }
    times.push(performance.now() - t0)
    if (body.series[zone]?.t.length !== 1440) throw new Error(`history of ${zone}: ${body.series[zone]?.t.length} points, expected 1440`)
  }
  await new Promise<void>((r) => server.close(() => r()))
  return times.sort((a, b) => a - b)
}

const median = (xs: number[]): number => xs[Math.floor(xs.length / 2)]!
const fmt = (n: number): string => Math.round(n).toLocaleString('en')

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  const messages = arg('messages', 300_000)
  const index = venueOf300()
  const scene = index.scene.venue.id
  const dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-recbench-'))
  const out: Record<string, unknown> = {}
  const log = (line: string): void => {
    if (!json) console.log(line)
  }
  try {
    log(`recorder bench: ${ZONES} zones (shared, loaded machine: figures vary between runs)`)
    const sqlite = openSqliteStore(path.join(dir, 'ingest.sqlite'))
    const run = await cpuSeconds(() => ingestRate(index, sqlite, messages))
    await sqlite.close()
    const rate = run.value
    const perCpu = messages / run.cpu
    out.ingestSqlite = Math.round(rate)
    out.ingestSqlitePerCpuSecond = Math.round(perCpu)
    log(
      `ingest, SQLite: ${fmt(rate)} readings/s wall clock, ${fmt(perCpu)} per CPU second of this one thread (${fmt(messages)} messages, budget ≥ ${fmt(INGEST_BUDGET)})${perCpu >= INGEST_BUDGET ? '' : '  OVER BUDGET'}`,
    )

    if (!process.argv.includes('--no-postgres')) {
      try {
        const pg = await startPostgres()
        try {
          const store = await openPostgresStore(pg.url)
          const pr = await cpuSeconds(() => ingestRate(index, store, messages))
          await store.close()
          out.ingestPostgres = Math.round(pr.value)
          out.ingestPostgresPerCpuSecond = Math.round(messages / pr.cpu)
          log(`ingest, PostgreSQL (local server, fsync off): ${fmt(pr.value)} readings/s wall clock, ${fmt(messages / pr.cpu)} per CPU second of the recorder (the server's own CPU not counted)`)
        } finally {
          await pg.stop()
        }
      } catch (e) {
        log(`ingest, PostgreSQL: skipped (${(e as Error).message.split('\n')[0]})`)
      }
    }

    const file = path.join(dir, 'day.sqlite')
    const day = openSqliteStore(file)
    const dayStart = Date.UTC(2023, 9, 13) - 8 * 3_600_000
    const loadS = await loadDay(day, scene, dayStart)
    const rows = ZONES * DAY_READINGS_PER_ZONE
    const db = new Database(file)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const bytes = statSync(file).size
    out.dayRows = rows
    out.dayBytes = bytes
    log(`one event day, ${ZONES} zones × one reading per 5 s: ${fmt(rows)} readings, SQLite file ${(bytes / 1024 / 1024).toFixed(0)} MB (${(bytes / rows).toFixed(1)} bytes/reading; written in ${loadS.toFixed(1)} s)`)

    const hist = await cpuSeconds(() => historyTimes(day, scene, dayStart))
    const times = hist.value
    await day.close()
    out.historyCpuMsPerRequest = Number(((hist.cpu * 1000) / times.length).toFixed(1))
    out.historyMedianMs = Number(median(times).toFixed(1))
    out.historyMaxMs = Number(times[times.length - 1]!.toFixed(1))
    log(`/api/history, one zone, one day, 1-min steps (1,440 points) over HTTP: median ${median(times).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms of ${times.length}; ${((hist.cpu * 1000) / times.length).toFixed(1)} ms CPU per request, server and client (budget ≤ ${HISTORY_BUDGET_MS} ms)`)
    if (json) console.log(JSON.stringify(out))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
