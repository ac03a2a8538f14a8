/**
 * Wayfinding at expo scale: the default hall (scenes/wdec-2023) and a synthetic hall built in
 * memory — rows of 3 × 3 m booths standing back to back, 3 m aisles between the rows, a 3 m
 * cross aisle every ten booths, zones of 6 × 10 blocks, entrances in the middle of each wall.
 * Prints the walkable network's build time and memory, and p50/p95/max of `route()` between
 * random places (booth, zone, POI and kiosk ids), directions included.
 * Budgets (issue 5): route p95 ≤ 10 ms on the default hall, ≤ 50 ms at 70,000 booths.
 *
 *   npx tsx scripts/bench/route-bench.ts [--booths 70000] [--routes 300] [--scene <folder>]… [--json]
 *
 * `--scene` adds a scene folder from disk (e.g. scenes-generated/expo-70000 from
 * `npm run generate:scene`), measured against the large-hall budget.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { networkFor } from '../../src/domain/routing/network.ts'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { CURRENT_SCHEMA_VERSION, type Booth, type Poi, type Scene, type Zone } from '../../src/domain/scene/schema.ts'
import { SINGLE_LEVEL_ID, singleLevel } from '../../src/domain/scene/singleLevel.ts'
import { numberArg as arg, percentile } from './stats.ts'
import { rng } from './syntheticExpo.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const BUDGET_DEFAULT_MS = 10
const BUDGET_LARGE_MS = 50

const rect = (x: number, z: number, w: number, d: number): [number, number][] => [
  [x, z],
  [x + w, z],
  [x + w, z + d],
  [x, z + d],
]
const t = (en: string, zh: string) => ({ en, zh })

/** A square-ish hall holding `n` booths of 3 × 3 m. */
export function syntheticHall(n: number): Scene {
  const BOOTH = 3
  const PER_ROW = 10
  const AISLE = 3
  const MARGIN = 6
  const blockW = PER_ROW * BOOTH // 30 m of booths, then a cross aisle
  const blockD = 2 * BOOTH // back to back
  const pitchX = blockW + AISLE
  const pitchZ = blockD + AISLE
  const blocks = Math.ceil(n / (2 * PER_ROW))
  const cols = Math.max(1, Math.round(Math.sqrt((blocks * pitchZ) / pitchX)))
  const rows = Math.ceil(blocks / cols)
  const width = cols * pitchX - AISLE + 2 * MARGIN
  const depth = rows * pitchZ - AISLE + 2 * MARGIN
  const x0 = -width / 2
  const z0 = -depth / 2
  const ZB_X = 6
  const ZB_Z = 10
  const zones: Zone[] = []
  const zoneOf = (bc: number, br: number): string => `zone-${Math.floor(bc / ZB_X)}-${Math.floor(br / ZB_Z)}`
  for (let zc = 0; zc * ZB_X < cols; zc++) {
    for (let zr = 0; zr * ZB_Z < rows; zr++) {
      const c1 = Math.min(cols, (zc + 1) * ZB_X)
      const r1 = Math.min(rows, (zr + 1) * ZB_Z)
      const zx = x0 + MARGIN + zc * ZB_X * pitchX
      const zz = z0 + MARGIN + zr * ZB_Z * pitchZ
      zones.push({
        id: `zone-${zc}-${zr}`,
        levelId: SINGLE_LEVEL_ID,
        kind: 'pavilion',
        name: t(`Pavilion ${zc}-${zr}`, `${zc}-${zr}号馆`),
        summary: t('Synthetic pavilion.', '合成展馆。'),
        footprint: rect(zx, zz, (c1 - zc * ZB_X) * pitchX - AISLE, (r1 - zr * ZB_Z) * pitchZ - AISLE),
        height: 4,
        color: '#3366cc',
      })
    }
  }
  const booths: Booth[] = []
  let k = 0
  for (let br = 0; br < rows && k < n; br++) {
    for (let bc = 0; bc < cols && k < n; bc++) {
      const bx = x0 + MARGIN + bc * pitchX
      const bz = z0 + MARGIN + br * pitchZ
      for (let side = 0; side < 2; side++) {
        for (let i = 0; i < PER_ROW && k < n; i++) {
          k++
          booths.push({ id: `booth-${k}`, zoneId: zoneOf(bc, br), levelId: SINGLE_LEVEL_ID, label: `S${k}`, footprint: rect(bx + i * BOOTH, bz + side * BOOTH, BOOTH, BOOTH) })
        }
      }
    }
  }
  const pois: Poi[] = [
    { id: 'entrance-south', levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: t('South Entrance', '南入口'), position: [0, -z0], width: 12 },
    { id: 'entrance-north', levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: t('North Entrance', '北入口'), position: [0, z0], width: 12 },
    { id: 'entrance-west', levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: t('West Entrance', '西入口'), position: [x0, 0], width: 12 },
    { id: 'entrance-east', levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: t('East Entrance', '东入口'), position: [-x0, 0], width: 12 },
    { id: 'info-south', levelId: SINGLE_LEVEL_ID, kind: 'information', name: t('Information', '问询处'), position: [10, -z0 - 3] },
  ]
  return {
    venue: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'route-bench',
      name: t('Route bench hall', '路线基准展馆'),
      timezone: 'Asia/Shanghai',
      dates: { start: '2023-10-13', end: '2023-10-15' },
      hall: { footprint: rect(x0, z0, width, depth), height: 16 },
      ...singleLevel(rect(x0, z0, width, depth), 16),
      zones,
      booths,
      pois,
      kiosks: [{ id: 'kiosk-south', levelId: SINGLE_LEVEL_ID, name: t('South Kiosk', '南导览屏'), position: [-10, -z0 - 3], heading: 0 }],
    },
    sectors: [],
    exhibitors: [],
    sessions: [],
  }
}

function loadDir(dir: string): SceneIndex {
  const read = (f: string): unknown => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))
  const r = parseScene({ 'venue.json': read('venue.json'), 'exhibitors.json': read('exhibitors.json'), 'sessions.json': read('sessions.json') })
  if (!r.ok) throw new Error(`default scene invalid: ${JSON.stringify(r.issues.slice(0, 3))}`)
  return buildSceneIndex(r.scene)
}

function placeIds(index: SceneIndex): string[] {
  const v = index.scene.venue
  return [...v.booths.map((b) => b.id), ...v.zones.map((z) => z.id), ...v.pois.map((p) => p.id), ...v.kiosks.map((k) => k.id)]
}

interface Result {
  hall: string
  booths: number
  cells: number
  rects: number
  buildMs: number
  networkMB: number
  heapDeltaMB: number
  routes: number
  unreachable: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** CPU time of the route call: steadier than wall time on a shared machine. */
  cpuP95Ms: number
  meanLengthM: number
  budgetP95Ms: number
  pass: boolean
}

function measure(hall: string, index: SceneIndex, routes: number, budget: number, random: () => number): Result {
  const ids = placeIds(index)
  global.gc?.()
  const heap0 = process.memoryUsage()
  const net = networkFor(index)
  const heap1 = process.memoryUsage()
  const r = net.rects
  const networkBytes =
    net.grid.cells.byteLength +
    r.rectOf.byteLength +
    r.c0.byteLength * 4 +
    r.cls.byteLength +
    r.adjStart.byteLength +
    r.adjRect.byteLength +
    r.portal.byteLength +
    net.component.byteLength * 2
  const pick = (): string => ids[Math.floor(random() * ids.length)]!
  // Warm-up: the JIT, and the search scratch buffers.
  for (let i = 0; i < 30; i++) route(index, pick(), pick())
  const times: number[] = []
  const cpu: number[] = []
  let none = 0
  let length = 0
  for (let i = 0; i < routes; i++) {
    const a = pick()
    const b = pick()
    const c = process.cpuUsage()
    const s = performance.now()
    const res = route(index, a, b)
    times.push(performance.now() - s)
    const dc = process.cpuUsage(c)
    cpu.push((dc.user + dc.system) / 1000)
    if (!res) none++
    else length += res.lengthM
  }
  times.sort((x, y) => x - y)
  cpu.sort((x, y) => x - y)
  const p95 = percentile(times, 95)
  return {
    hall,
    booths: index.scene.venue.booths.length,
    cells: net.grid.cols * net.grid.rows,
    rects: r.count,
    buildMs: Math.round(net.buildMs),
    networkMB: +(networkBytes / 2 ** 20).toFixed(1),
    heapDeltaMB: +((heap1.heapUsed + heap1.arrayBuffers - heap0.heapUsed - heap0.arrayBuffers) / 2 ** 20).toFixed(1),
    routes,
    unreachable: none,
    p50Ms: +percentile(times, 50).toFixed(2),
    p95Ms: +p95.toFixed(2),
    maxMs: +times[times.length - 1]!.toFixed(2),
    cpuP95Ms: +percentile(cpu, 95).toFixed(2),
    meanLengthM: Math.round(length / Math.max(1, routes - none)),
    budgetP95Ms: budget,
    pass: p95 <= budget,
  }
}

function main(): void {
  const n = arg('booths', 70_000)
  const routes = arg('routes', 300)
  const random = rng(2023_10_13)
  const results = [measure('wdec-2023', loadDir(path.join(ROOT, 'scenes/wdec-2023')), routes, BUDGET_DEFAULT_MS, random)]
  process.argv.forEach((a, i) => {
    const dir = a === '--scene' ? process.argv[i + 1] : undefined
    if (dir) results.push(measure(dir, loadDir(path.resolve(dir)), routes, BUDGET_LARGE_MS, random))
  })
  const t0 = performance.now()
  const big = buildSceneIndex(syntheticHall(n))
  const genMs = performance.now() - t0
  results.push(measure(`synthetic ${n.toLocaleString('en')} booths`, big, routes, BUDGET_LARGE_MS, random))
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
  else {
    for (const r of results) {
      console.log(`${r.hall}: ${r.booths.toLocaleString('en')} booths`)
      console.log(`  network  ${r.cells.toLocaleString('en')} cells → ${r.rects.toLocaleString('en')} rectangles, built in ${r.buildMs} ms, ${r.networkMB} MB (heap +${r.heapDeltaMB} MB)`)
      console.log(`  ${r.routes} routes  p50 ${r.p50Ms} ms   p95 ${r.p95Ms} ms   max ${r.maxMs} ms   cpu p95 ${r.cpuP95Ms} ms   (mean ${r.meanLengthM} m, ${r.unreachable} unreachable)`)
      console.log(`  budget p95 ≤ ${r.budgetP95Ms} ms: ${r.pass ? 'PASS' : 'FAIL'}`)
    }
    console.log(`(synthetic hall generated in ${Math.round(genMs)} ms)`)
  }
  process.exitCode = results.every((r) => r.pass) ? 0 : 1
}

main()
