/**
 * Lighthouse (12.2.3: the last release that runs on Node 20) with its desktop preset, against
 * the production build, in the same system Chromium with the e2e flags. Performance and
 * accessibility scores, 0–100, and the metrics behind the performance score.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROME_ARGS, chromePath } from '../../test/e2e/browser.ts'

export type LighthouseFigures =
  | { status: 'ok'; performance: number; accessibility: number; metrics: Record<string, number>; failedA11y: string[] }
  | { status: 'n/a'; reason: string }

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  let chrome: chromeLauncher.LaunchedChrome | null = null
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: ['--headless=new', ...CHROME_ARGS] })
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, desktopConfig)
    const lhr = result?.lhr
    if (!lhr) return { status: 'n/a', reason: 'Lighthouse returned no report' }
    if (lhr.runtimeError) return { status: 'n/a', reason: `Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}` }
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const metric = (id: string): number => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? []
    const failedA11y = a11yRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id)
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
    }
  } catch (e) {
    return { status: 'n/a', reason: `Lighthouse could not run: ${(e as Error).message.split('\n')[0]}` }
  } finally {
    await chrome?.kill()
  }
}
