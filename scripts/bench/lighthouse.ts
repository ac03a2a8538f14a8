/**
 * Lighthouse (12.2.3: the last release that runs on Node 20) against the production build, in
 * the same system Chromium with the e2e flags: the desktop preset, or the default config — a
 * mid-range phone (Moto G Power viewport, 4× CPU slowdown, slow 4G, simulated). Performance and
 * accessibility scores, 0–100, the metrics behind the performance score, and where the main
 * thread's time went (by kind of work and by script) and what moved.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROME_ARGS, chromePath } from '../../test/e2e/browser.ts'

export type LighthousePreset = 'desktop' | 'mobile'

export interface MainThread {
  /** Milliseconds by kind of work (script evaluation, style & layout, rendering…), as Lighthouse groups them. */
  byGroup: Record<string, number>
  /** Script evaluation + parse/compile by script file (files over 50 ms), file name only. */
  byScript: { file: string; scriptingMs: number; parseCompileMs: number }[]
}

export type LighthouseFigures =
  | {
      status: 'ok'
      performance: number
      accessibility: number
      metrics: Record<string, number>
      failedA11y: string[]
      mainThread: MainThread
      /** The largest layout shifts: the element that moved most, and its share of the score. */
      layoutShifts: { node: string; score: number }[]
    }
  | { status: 'n/a'; reason: string }

interface TableItem {
  [key: string]: unknown
}
const items = (details: unknown): TableItem[] => ((details as { items?: TableItem[] } | undefined)?.items ?? [])
const fileOf = (url: unknown): string => String(url).replace(/^.*\//, '') || String(url)

// On a loaded machine Lighthouse can give up on a page (PROTOCOL_TIMEOUT) while one of its own
// waits is still pending; that wait rejects later, outside any await. The run is reported as
// n/a by the catch below; the stray rejection must not end the whole benchmark.
let strayHandled = false
function tolerateStrayLighthouseErrors(): void {
  if (strayHandled) return
  strayHandled = true
  process.on('unhandledRejection', (e: unknown) => {
    if ((e as { code?: string } | null)?.code === 'PROTOCOL_TIMEOUT' || (e as { lhrRuntimeError?: boolean } | null)?.lhrRuntimeError) {
      console.warn(`Lighthouse: a stray ${(e as Error).message.split('\n')[0]} after its run was over (ignored)`)
      return
    }
    throw e
  })
}

export async function runLighthouse(url: string, preset: LighthousePreset = 'desktop'): Promise<LighthouseFigures> {
  tolerateStrayLighthouseErrors()
  let chrome: chromeLauncher.LaunchedChrome | null = null
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', ...CHROME_ARGS] })
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance', 'accessibility'] }
    // No config: Lighthouse's default, the mobile form factor with its default throttling.
    const result = preset === 'desktop' ? await lighthouse(url, flags, desktopConfig) : await lighthouse(url, flags)
    const lhr = result?.lhr
    if (!lhr) return { status: 'n/a', reason: 'Lighthouse returned no report' }
    if (lhr.runtimeError) return { status: 'n/a', reason: `Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}` }
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const metric = (id: string): number => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? []
    const failedA11y = a11yRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id)
    const byGroup = Object.fromEntries(items(lhr.audits['mainthread-work-breakdown']?.details).map((i) => [String(i.groupLabel), Math.round(Number(i.duration))]))
    const byScript = items(lhr.audits['bootup-time']?.details).map((i) => ({
      file: fileOf(i.url),
      scriptingMs: Math.round(Number(i.scripting)),
      parseCompileMs: Math.round(Number(i.scriptParseCompile)),
    }))
    const layoutShifts = items(lhr.audits['layout-shifts']?.details).map((i) => {
      const node = i.node as { selector?: string; snippet?: string } | undefined
      return { node: node?.selector ?? node?.snippet ?? '(unknown)', score: Math.round(Number(i.score) * 1000) / 1000 }
    })
    return {
      status: 'ok',
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls1000: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000),
        siMs: metric('speed-index'),
      },
      failedA11y,
      mainThread: { byGroup, byScript },
      layoutShifts,
    }
  } catch (e) {
    return { status: 'n/a', reason: `Lighthouse could not run: ${(e as Error).message.split('\n')[0]}` }
  } finally {
    await chrome?.kill()
  }
}

/** The run with the median performance score (its metrics, breakdown and accessibility with it). */
export function medianLighthouse(runs: LighthouseFigures[]): LighthouseFigures {
  const ok = runs.filter((r): r is Extract<LighthouseFigures, { status: 'ok' }> => r.status === 'ok').sort((a, b) => a.performance - b.performance)
  if (!ok.length) return runs[0] ?? { status: 'n/a', reason: 'no run' }
  return ok[(ok.length - 1) >> 1]!
}
