/**
 * Search at expo scale: 70,000 generated exhibitors (one booth each) in memory, the real
 * index built from them, then ~500 queries the way visitors type them — each keystroke of a
 * name, typos, booth labels, countries, Chinese fragments. Prints index build time and
 * per-query p50/p95/max. Budget (issue 4): p95 ≤ 5 ms.
 *
 *   npx tsx scripts/bench/search-bench.ts [--exhibitors 70000] [--queries 500] [--passes 3] [--json] [--slowest]
 */
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { readPinyin } from '../../src/data/pinyinReader.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { buildSearchIndex, buildSearchIndexAsync, matchingBoothIds, search } from '../../src/domain/search/searchIndex.ts'
import { numberArg as arg, percentile, settledHeap } from './stats.ts'
import { generateQueries, generateScene, rng } from './syntheticExpo.ts'

const BUDGET_P95_MS = 5

const n = arg('exhibitors', 70_000)
// --no-pinyin: the index as it was before pinyin, for comparing memory and speed.
const withPinyin = !process.argv.includes('--no-pinyin')
const queryCount = arg('queries', 500)
const random = rng(2023_10_13)
const scene = generateScene(n, random)
const sceneIndex = buildSceneIndex(scene)
const heapBefore = settledHeap()
const t0 = performance.now()
const index = buildSearchIndex(sceneIndex, withPinyin ? readPinyin : undefined)
const buildMs = performance.now() - t0
const indexMB = (settledHeap() - heapBefore) / 1e6
const queries = generateQueries(scene, queryCount, random, withPinyin ? readPinyin : undefined)
// What the app does for a venue this size: names searchable first, descriptions after.
const t1 = performance.now()
await buildSearchIndexAsync(sceneIndex)
const searchableMs = performance.now() - t1

// Warm the JIT the way a visitor's first few keystrokes would, then measure.
for (const q of queries.slice(0, 50)) search(index, q, { lang: 'en' })
// Several passes; each query keeps its fastest. On a shared machine the slower passes measure
// the neighbours (other processes, GC of the build), not the search. Pass 1 is reported too.
const passes = arg('passes', 3)
const best = queries.map(() => Infinity)
const first: number[] = []
let hits = 0
for (let pass = 0; pass < passes; pass++) {
  queries.forEach((q, i) => {
    const s = performance.now()
    const r = search(index, q, { lang: q.match(/\p{Script=Han}/u) ? 'zh' : 'en' })
    matchingBoothIds(r)
    const t = performance.now() - s
    if (pass === 0) {
      first.push(t)
      hits += r.total
    }
    best[i] = Math.min(best[i]!, t)
  })
}
if (process.argv.includes('--slowest')) {
  const slowest = queries.map((q, i) => [q, best[i]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 25)
  for (const [q, t] of slowest) console.log(`  ${t.toFixed(2).padStart(7)} ms  ${JSON.stringify(q)}`)
}
const times = [...best].sort((a, b) => a - b)
const firstSorted = [...first].sort((a, b) => a - b)
const result = {
  exhibitors: n,
  pinyin: withPinyin,
  documents: index.entries.size,
  terms: index.words.mini.termCount,
  buildMs: Math.round(buildMs),
  indexMB: +indexMB.toFixed(1),
  searchableAfterMs: Math.round(searchableMs),
  queries: times.length,
  passes,
  meanHits: Math.round(hits / times.length),
  p50Ms: +percentile(times, 50).toFixed(2),
  p95Ms: +percentile(times, 95).toFixed(2),
  maxMs: +times[times.length - 1]!.toFixed(2),
  firstPassP95Ms: +percentile(firstSorted, 95).toFixed(2),
  loadAverage: +loadavg()[0]!.toFixed(2),
  budgetP95Ms: BUDGET_P95_MS,
}
if (process.argv.includes('--json')) console.log(JSON.stringify(result))
else {
  console.log(`search over ${n.toLocaleString('en')} exhibitors (${result.documents.toLocaleString('en')} documents, ${result.terms.toLocaleString('en')} terms)`)
  console.log(`  index memory  ${result.indexMB} MB (heap after GC, the built index kept)`)
  console.log(`  index build   ${result.buildMs} ms in one go; searchable by name after ${result.searchableAfterMs} ms when built in chunks (descriptions follow)`)
  console.log(`  ${result.queries} queries, best of ${passes} passes: p50 ${result.p50Ms} ms   p95 ${result.p95Ms} ms   max ${result.maxMs} ms   (mean ${result.meanHits} hits)`)
  console.log(`  first pass alone: p95 ${result.firstPassP95Ms} ms   (load average ${result.loadAverage} on ${cpus().length} CPUs)`)
  console.log(`  budget p95 ≤ ${BUDGET_P95_MS} ms: ${result.p95Ms <= BUDGET_P95_MS ? 'PASS' : 'FAIL'}`)
}
process.exitCode = result.p95Ms <= BUDGET_P95_MS ? 0 : 1
