/**
 * `npm run bench [-- --runs 9] [--no-lighthouse] [--lighthouse-runs 3] [--sizes 100,10000,70000] [--complex 70000x8x3|none]`
 *
 * One run of every performance figure of issues 8 and 25 (phone), printed as tables and written as JSON to
 * bench-results/ (git-ignored). It builds the production app and a baseline React Three Fiber
 * + drei starter (scripts/bench/baseline/), serves both through Vite's preview server on free
 * ports, and measures them side by side in headless Chromium, so load times are ratios taken
 * in the same run on the same machine. Node figures (pick, search, route) use the app's own
 * domain code on the default scene and generated venues of 10,000 and 70,000 booths.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeBundle, BUDGET_ENTRY_GZIP, BUDGET_THREE_GZIP } from './bench/bundle.ts'
import { launch, loadApp, loadBaseline, measurePhoneHeap, measureScale, type AppLoad, type PhoneHeap, type ScaleFigures } from './bench/browser.ts'
import { medianLighthouse, runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts'
import { phoneBudgets, phoneHeapBudget, phoneLighthouse, phoneReport, type PhonePage } from './bench/phone.ts'
import { pickBench, type PickFigures } from './bench/pick.ts'
import { budgetTable, int, kB, ms, table, type BudgetRow } from './bench/report.ts'
import { routeBench, type RouteFigures } from './bench/route.ts'
import { DEFAULT_SCENE, generatedScene, loadSceneIndex, type BenchScene } from './bench/scenes.ts'
import { SEARCH_PASSES, searchBench, type SearchFigures } from './bench/search.ts'
import { buildApp, buildBaseline, ROOT, serveApp, serveBaseline } from './bench/serve.ts'
import { median, round } from './bench/stats.ts'

function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? null) : null
}
// Nine cold loads each: on a shared 2-core machine the median of five moved the ratio by ±0.1 between runs.
const RUNS = Math.max(1, Number(option('runs') ?? 9) || 9)
const SIZES = (option('sizes') ?? '100,10000,70000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0)
/** A complex of halls on levels, `booths x halls x levels` (`none` to leave it out). */
const COMPLEX = /^(\d+)x(\d+)x(\d+)$/.exec(option('complex') ?? '70000x8x3')?.slice(1).map(Number) as [number, number, number] | undefined
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse')
/** Lighthouse runs swing by several points on a shared machine: the median of a few is reported. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(option('lighthouse-runs') ?? 3) || 3)
const OUT = path.join(ROOT, 'bench-results')

const started = performance.now()
const step = (what: string): void => console.log(`[${Math.round((performance.now() - started) / 1000)}s] ${what}`)

interface SceneResult {
  scene: string
  /** A generated venue (no hall model): the draw-call rows compare these. */
  generated: boolean
  levels: number
  booths: number
  exhibitors: number
  browser: ScaleFigures | { error: string }
  pick: PickFigures
  search: SearchFigures
  route: RouteFigures
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  step('generating scenes')
  const scenes: BenchScene[] = [DEFAULT_SCENE, ...SIZES.map((n) => generatedScene(n)), ...(COMPLEX ? [generatedScene(...COMPLEX)] : [])]

  step('building the app and the baseline starter (production)')
  const appDist = path.join(OUT, '.dist-app')
  const baseDist = path.join(OUT, '.dist-baseline')
  await buildApp(appDist)
  await buildBaseline(baseDist)
  const bundle = analyzeBundle(appDist)
  const baseBundle = analyzeBundle(baseDist)

  const app = await serveApp(appDist)
  const base = await serveBaseline(baseDist)
  const browser = await launch()
  const loads: { app: AppLoad[]; baseline: number[] } = { app: [], baseline: [] }
  const results: SceneResult[] = []
  let lh: LighthouseFigures = { status: 'n/a', reason: 'skipped (--no-lighthouse)' }
  const lhRuns: LighthouseFigures[] = []
  let phone: PhonePage[] = []
  let phoneHeap: PhoneHeap | null
  try {
    step(`load, default scene vs baseline: ${RUNS} runs each, interleaved`)
    // One untimed visit each first: the preview servers and the OS file cache warm up.
    await loadApp(browser, `${app.url}/?lang=en`)
    await loadBaseline(browser, `${base.url}/`)
    for (let i = 0; i < RUNS; i++) {
      loads.app.push(await loadApp(browser, `${app.url}/?lang=en`))
      loads.baseline.push(await loadBaseline(browser, `${base.url}/`))
    }

    for (const scene of scenes) {
      step(`scale: ${scene.label}`)
      const query = `?lang=en${scene.sceneId ? `&scene=${scene.sceneId}` : ''}`
      let figures: SceneResult['browser']
      try {
        figures = await measureScale(browser, `${app.url}/${query}`)
      } catch (e) {
        figures = { error: (e as Error).message.split('\n')[0]! }
      }
      const index = loadSceneIndex(scene)
      results.push({
        scene: scene.label,
        generated: scene.sceneId !== null,
        levels: index.scene.venue.levels.length,
        booths: index.scene.venue.booths.length,
        exhibitors: index.scene.exhibitors.length,
        browser: figures,
        pick: pickBench(index, 1000),
        search: await searchBench(index, 500),
        route: await routeBench(index, scene.sceneId ? 200 : 300),
      })
    }

    step('JS heap at a phone viewport')
    phoneHeap = await measurePhoneHeap(browser, `${app.url}/?lang=en`).catch((e: unknown) => {
      console.log(`  phone heap: ${(e as Error).message.split('\n')[0]}`)
      return null
    })

    if (LIGHTHOUSE) {
      step(`Lighthouse (desktop preset), default scene: ${LIGHTHOUSE_RUNS} runs`)
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) lhRuns.push(await runLighthouse(`${app.url}/?lang=en`))
      lh = medianLighthouse(lhRuns)
      step(`Lighthouse (mobile: default settings), three phone pages: ${LIGHTHOUSE_RUNS} runs each, interleaved`)
      phone = await phoneLighthouse(app.url, LIGHTHOUSE_RUNS)
    }
  } finally {
    await browser.close()
    await app.close()
    await base.close()
  }

  // ---- report ----
  const appFirst = median(loads.app.map((l) => l.firstFrameMs))
  const appUi = median(loads.app.map((l) => l.uiReadyMs))
  const baseFirst = median(loads.baseline)
  const ratio = appFirst / baseFirst
  const ok = (r: SceneResult): r is SceneResult & { browser: ScaleFigures } => !('error' in r.browser)
  // Same venue kind at every size: generated one-hall scenes (the default one adds its hall model's meshes).
  const generated = results.filter((r) => r.generated && r.levels === 1)
  const big = generated.at(-1) ?? results[0]!
  const complex = results.find((r) => r.levels > 1)
  const drawCalls = generated.filter(ok).map((r) => r.browser.drawCalls)
  const sameDrawCalls = drawCalls.length === generated.length && drawCalls.every((d) => d === drawCalls[0])
  const p95 = (f: SearchFigures | RouteFigures): number => (f.status === 'ok' ? f.p95Ms : NaN)

  console.log('\nBundle (gzip)')
  console.log(
    table(
      ['what', 'size'],
      [
        ['JS before the first usable UI (entry + what it imports)', `${kB(bundle.entryGzip)} in ${bundle.entryFiles.length} files`],
        ['3D view code (three + R3F + drei + the view), lazy', bundle.view3d ? `${kB(bundle.view3d.gzip)} in ${bundle.view3d.files.length} files` : 'n/a'],
        ['hall model loader (GLTF + meshopt), lazy, venues with a model', kB(bundle.modelLoaderGzip)],
        ['scene worker (validation, off the main thread)', kB(bundle.workerGzip)],
        ['all JS', `${kB(bundle.totalJsGzip)} in ${bundle.totalJsFiles} files`],
        ['hall model (meshopt GLB)', kB(bundle.modelBytes)],
        ...bundle.sceneAssets.flatMap((a): [string, string][] => [
          [`fascia font subset (${a.scene}), at the first zone view`, kB(a.fasciaFontBytes)],
          [`logo atlas (${a.scene}), at the first zone view with a logo`, a.logoAtlasBytes ? `${kB(a.logoAtlasBytes)}, ${a.logoAtlasPx} × ${a.logoAtlasPx} px` : 'none'],
          [`baked floor shadows (${a.scene}), after the first frame`, a.shadowBytes.length ? `${a.shadowBytes.map(kB).join(' + ')} (${a.shadowBytes.length} floor${a.shadowBytes.length === 1 ? '' : 's'})` : 'none'],
        ]),
        ['baseline starter: all JS', `${kB(baseBundle.totalJsGzip)} in ${baseBundle.totalJsFiles} file(s)`],
      ],
    ),
  )
  console.log(`\nLoad in headless Chromium (software WebGL), median of ${RUNS} cold runs, interleaved`)
  console.log(
    table(
      ['', 'first usable UI', 'first 3D frame'],
      [
        ['Venue Twin, default scene', ms(appUi), ms(appFirst)],
        ['baseline R3F + drei starter', '—', ms(baseFirst)],
        ['ratio app / baseline', '', `${round(ratio, 2).toFixed(2)} ×`],
      ],
    ),
  )
  console.log('\nAt scale (one cold load each in Chromium; pick/search/route in Node)')
  console.log(
    table(
      ['scene', 'draw calls', 'triangles', 'JS heap', 'UI ready', 'first frame', 'longest task', '…less commit wait', 'pick p95', 'search p95', 'route p95'],
      results.map((r) => {
        const b = ok(r) ? r.browser : null
        return [
          r.scene,
          b ? int(b.drawCalls) : 'error',
          b ? int(b.triangles) : '',
          b ? `${round(b.heapMB, 1)} MB` : '',
          b ? ms(b.uiReadyMs) : '',
          b ? ms(b.firstFrameMs) : '',
          b ? ms(b.longestTaskMs) : '',
          b ? ms(b.longestTaskWithoutCommitMs) : '',
          ms(r.pick.p95Ms, 3),
          r.search.status === 'ok' ? ms(r.search.p95Ms, 2) : 'n/a',
          r.route.status === 'ok' ? ms(r.route.p95Ms, 1) : 'n/a (routing not built yet)',
        ]
      }),
    ),
  )
  for (const r of results) if ('error' in r.browser) console.log(`  ${r.scene}: browser run failed: ${r.browser.error}`)
  const switches = complex && ok(complex) ? (complex.browser.levelSwitchMs ?? []) : []
  if (switches.length) console.log(`  ${complex!.scene}: level switch to the next frame, ${switches.length} switches: median ${ms(median(switches))}, max ${ms(Math.max(...switches))}`)
  for (const r of results) {
    const extra = [`pick index built in ${ms(r.pick.buildMs)}`]
    if (r.search.status === 'ok') extra.push(`search index in ${ms(r.search.buildMs)}, ${r.search.indexMB.toFixed(1)} MB with pinyin (search p95 best of ${SEARCH_PASSES} passes; first pass ${ms(r.search.firstPassP95Ms, 2)})`)
    else extra.push(r.search.reason)
    if (r.route.status === 'ok') extra.push(`walk network in ${ms(r.route.networkMs)}`)
    else extra.push(r.route.reason)
    console.log(`  ${r.scene}: ${extra.join(', ')}`)
  }
  if (lh.status === 'ok')
    console.log(
      `\nLighthouse desktop: performance ${lh.performance}, accessibility ${lh.accessibility} (FCP ${ms(lh.metrics.fcpMs!)}, LCP ${ms(lh.metrics.lcpMs!)}, TBT ${ms(lh.metrics.tbtMs!)}, CLS ${(lh.metrics.cls1000! / 1000).toFixed(3)})` +
        (lh.failedA11y.length ? `; accessibility audits failing: ${lh.failedA11y.join(', ')}` : '') +
        (lhRuns.length > 1 ? `\n  median of ${lhRuns.length} runs; performance per run: ${lhRuns.map((r) => (r.status === 'ok' ? r.performance : 'n/a')).join(', ')}` : ''),
    )
  else console.log(`\nLighthouse: ${lh.reason}`)
  if (phone.length) console.log(`\nLighthouse mobile (a mid-range phone on slow 4G, simulated), median of ${LIGHTHOUSE_RUNS}\n${phoneReport(phone)}`)

  const bigBrowser = ok(big) ? big.browser : null
  const budgets: BudgetRow[] = [
    { figure: 'JS before the first usable UI', value: kB(bundle.entryGzip), budget: '≤ 80 kB gzip', pass: bundle.entryGzip <= BUDGET_ENTRY_GZIP },
    { figure: "3D chunk (the 3D view's code before it draws)", value: bundle.view3d ? kB(bundle.view3d.gzip) : 'n/a', budget: '≤ 300 kB gzip', pass: bundle.view3d ? bundle.view3d.gzip <= BUDGET_THREE_GZIP : null },
    {
      figure: `draw calls, overview (${generated.map((r) => int(r.booths)).join(' / ')} booths)`,
      value: generated.map((r) => (ok(r) ? r.browser.drawCalls : '?')).join(' / '),
      budget: '≤ 30, same at every size',
      pass: drawCalls.length ? sameDrawCalls && Math.max(...drawCalls) <= 30 : null,
    },
    { figure: `pick p95, ${big.scene} (Node)`, value: ms(big.pick.p95Ms, 3), budget: '≤ 1 ms', pass: big.pick.p95Ms <= 1 },
    { figure: `search p95, ${int(big.exhibitors)} exhibitors`, value: ms(p95(big.search), 2), budget: '≤ 5 ms', pass: big.search.status === 'ok' ? big.search.p95Ms <= 5 : null },
    { figure: `route p95, ${big.scene}`, value: big.route.status === 'ok' ? ms(big.route.p95Ms, 1) : 'n/a (routing not built yet)', budget: '≤ 50 ms', pass: big.route.status === 'ok' ? big.route.p95Ms <= 50 : null },
    ...(complex
      ? [
          { figure: `draw calls, overview, ${complex.scene}`, value: ok(complex) ? int(complex.browser.drawCalls) : 'n/a', budget: '≤ 30', pass: ok(complex) ? complex.browser.drawCalls <= 30 : null },
          { figure: `route p95 across levels, ${complex.scene}`, value: complex.route.status === 'ok' ? ms(complex.route.p95Ms, 1) : 'n/a', budget: '≤ 50 ms', pass: complex.route.status === 'ok' ? complex.route.p95Ms <= 50 : null },
          { figure: `level switch to the next frame (max), ${complex.scene}`, value: switches.length ? ms(Math.max(...switches)) : 'n/a', budget: '≤ 100 ms', pass: switches.length ? Math.max(...switches) <= 100 : null },
        ]
      : []),
    { figure: 'first 3D frame vs baseline, default scene', value: `${round(ratio, 2).toFixed(2)} ×`, budget: '≤ 1.5 ×', pass: ratio <= 1.5 },
    { figure: `longest main-thread task after load, ${big.scene}`, value: bigBrowser ? ms(bigBrowser.longestTaskMs) : 'n/a', budget: '≤ 200 ms', pass: bigBrowser ? bigBrowser.longestTaskMs <= 200 : null },
    { figure: '  …less software-WebGL commit wait', value: bigBrowser ? ms(bigBrowser.longestTaskWithoutCommitMs) : 'n/a', budget: '(info)', pass: null },
    { figure: 'Lighthouse desktop performance', value: lh.status === 'ok' ? String(lh.performance) : 'n/a', budget: '≥ 95', pass: lh.status === 'ok' ? lh.performance >= 95 : null },
    { figure: 'Lighthouse desktop accessibility', value: lh.status === 'ok' ? String(lh.accessibility) : 'n/a', budget: '100', pass: lh.status === 'ok' ? lh.accessibility === 100 : null },
    ...phoneBudgets(phone),
    phoneHeapBudget(phoneHeap),
  ]
  console.log('\nBudgets (issues 8 and 25)')
  console.log(budgetTable(budgets))

  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const json = { date: new Date().toISOString(), runs: RUNS, machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, bundle, baselineBundle: baseBundle, loads, ratio, results, lighthouse: lh, lighthouseRuns: lhRuns, phone, phoneHeap, budgets }
  const file = path.join(OUT, `bench-${stamp}.json`)
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
  writeFileSync(path.join(OUT, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`)
  step(`wrote ${path.relative(process.cwd(), file)}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
