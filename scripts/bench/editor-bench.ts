/**
 * The venue editor on a 10,000-booth venue, in headless Chromium against the production build:
 * how long an edit takes to reach the plan (command → store → React → canvas redrawn), and how
 * long the validator takes in its worker after the edit (never on the main thread).
 * Budgets (issue 19): redraw p95 ≤ 50 ms; validation ≤ 500 ms.
 *
 *   npm run bench:editor [-- --booths 10000] [--edits 60] [--dist <dir>]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { launch } from './browser.ts'
import { generatedScene } from './scenes.ts'
import { buildApp, serveApp } from './serve.ts'
import { percentile, round } from './stats.ts'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback
}

const booths = Number(arg('booths', '10000'))
const edits = Number(arg('edits', '60'))
const given = process.argv.includes('--dist') ? path.resolve(arg('dist', '')) : null
const outDir = given ?? mkdtempSync(path.join(tmpdir(), 'venue-twin-editor-bench-'))

const sceneId = generatedScene(booths).sceneId!
if (!given) {
  process.env.NODE_ENV = 'production'
  await buildApp(outDir)
}
const server = await serveApp(outDir)
const browser = await launch()
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(`${server.url}/edit.html?scene=${sceneId}`)
  await page.waitForFunction(() => window.venueTwinEditor && window.venueTwinEditor.revision > 0, null, { timeout: 120_000 })
  console.log(`editor open on ${sceneId}; waiting for the first check`)
  await page.evaluate(() => window.venueTwinEditor!.problems())
  const ids = await page.evaluate(() => (window.venueTwinEditor!.exportScene().venue as { booths: { id: string }[] }).booths.map((b) => b.id))
  const redraw: number[] = []
  const execute: number[] = []
  const validation: number[] = []
  for (let i = 0; i < edits; i++) {
    const id = ids[(i * 7919) % ids.length]!
    const dx = i % 2 ? -0.1 : 0.1
    const t = await page.evaluate(async ({ id, dx }) => {
      const ed = window.venueTwinEditor!
      const t0 = performance.now()
      ed.execute({ type: 'move', ids: [id], dx, dz: 0 })
      const executed = performance.now() - t0
      const rev = ed.revision
      while (ed.stats().drawnRevision < rev) await new Promise((r) => setTimeout(r, 1))
      return { redraw: ed.stats().lastDrawEnd - t0, executed }
    }, { id, dx })
    redraw.push(t.redraw)
    execute.push(t.executed)
    if (i % 10 === 0) {
      await page.evaluate(() => window.venueTwinEditor!.problems())
      validation.push(await page.evaluate(() => window.venueTwinEditor!.stats().validationMs))
    }
  }
  const drawOnly = await page.evaluate(() => window.venueTwinEditor!.stats().recentDrawMs)
  const report = {
    booths,
    edits,
    redrawP50Ms: round(percentile(redraw, 50), 1),
    redrawP95Ms: round(percentile(redraw, 95), 1),
    redrawMaxMs: round(Math.max(...redraw), 1),
    executeP95Ms: round(percentile(execute, 95), 1),
    drawOnlyP95Ms: round(percentile(drawOnly, 95), 1),
    validationMedianMs: round(percentile(validation, 50)),
    validationMaxMs: round(Math.max(...validation)),
  }
  console.log(JSON.stringify(report, null, 2))
  console.log(`redraw p95 ${report.redrawP95Ms} ms (budget ≤ 50 ms): ${report.redrawP95Ms <= 50 ? 'PASS' : 'FAIL'}`)
  console.log(`validation in its worker, max ${report.validationMaxMs} ms (budget ≤ 500 ms): ${report.validationMaxMs <= 500 ? 'PASS' : 'FAIL'}`)
} finally {
  await browser.close()
  await server.close()
  if (!given) rmSync(outDir, { recursive: true, force: true })
}
