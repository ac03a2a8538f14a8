/**
 * Phone figures (issue 25): Lighthouse's default mobile run (a mid-range phone on slow 4G,
 * simulated) on the three pages a phone visitor opens — the default page, a kiosk's QR link to
 * an exhibitor and a route link — each the median of a few runs, with its main-thread breakdown
 * and layout shifts.
 */
import type { PhoneHeap } from './browser.ts'
import { medianLighthouse, runLighthouse, type LighthouseFigures } from './lighthouse.ts'
import { ms, table, type BudgetRow } from './report.ts'

/** Real ids of the default scene (scenes/wdec-2023): a kiosk at the south entrance, an exhibitor. */
export const PHONE_PAGES = [
  { page: 'default page', query: '?lang=en' },
  { page: 'QR link to an exhibitor', query: '?lang=en&exhibitor=siming-communications&from=kiosk-south-entrance' },
  { page: 'route link', query: '?lang=en&from=kiosk-south-entrance&to=siming-communications' },
] as const

export interface PhonePage {
  page: string
  query: string
  median: LighthouseFigures
  runs: LighthouseFigures[]
}

/** Interleaved (page 1, 2, 3, then again): a noisy minute on the machine spreads over all pages. */
export async function phoneLighthouse(appUrl: string, runs: number, log: (what: string) => void = () => {}): Promise<PhonePage[]> {
  const all: LighthouseFigures[][] = PHONE_PAGES.map(() => [])
  for (let r = 0; r < runs; r++)
    for (const [i, p] of PHONE_PAGES.entries()) {
      log(`Lighthouse mobile, ${p.page}, run ${r + 1}/${runs}`)
      all[i]!.push(await runLighthouse(`${appUrl}/${p.query}`, 'mobile'))
    }
  return PHONE_PAGES.map((p, i) => ({ ...p, runs: all[i]!, median: medianLighthouse(all[i]!) }))
}

type Ok = Extract<LighthouseFigures, { status: 'ok' }>
const isOk = (f: LighthouseFigures): f is Ok => f.status === 'ok'

export function phoneReport(pages: PhonePage[]): string {
  const rows = pages.map((p) => {
    const m = p.median
    if (!isOk(m)) return [p.page, m.reason, '', '', '', '', '', '']
    return [
      p.page,
      String(m.performance),
      ms(m.metrics.fcpMs!),
      ms(m.metrics.lcpMs!),
      ms(m.metrics.tbtMs!),
      (m.metrics.cls1000! / 1000).toFixed(3),
      String(m.accessibility) + (m.failedA11y.length ? ` (${m.failedA11y.join(', ')})` : ''),
      p.runs.map((r) => (isOk(r) ? r.performance : 'n/a')).join(', '),
    ]
  })
  const out = [table(['page (Lighthouse mobile, median run)', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'accessibility', 'performance per run'], rows)]
  for (const p of pages) {
    const m = p.median
    if (!isOk(m)) continue
    const groups = Object.entries(m.mainThread.byGroup)
      .map(([g, v]) => `${g} ${v} ms`)
      .join(', ')
    const scripts = m.mainThread.byScript.map((s) => `${s.file} ${s.scriptingMs}+${s.parseCompileMs} ms`).join(', ')
    const shifts = m.layoutShifts.map((s) => `${s.node} ${s.score.toFixed(3)}`).join(', ')
    out.push(`  ${p.page}: main thread (4× slowdown) ${groups}`, `    by script (evaluation+compile): ${scripts || 'none over 50 ms'}`, `    layout shifts: ${shifts || 'none'}`)
  }
  return out.join('\n')
}

export function phoneBudgets(pages: PhonePage[]): BudgetRow[] {
  const rows: BudgetRow[] = []
  const each = (figure: string, budget: string, value: (m: Ok) => number, pass: (v: number) => boolean, show: (v: number) => string): void => {
    const ok = pages.map((p) => p.median).filter(isOk)
    const values = ok.map(value)
    rows.push({
      figure: `Lighthouse mobile ${figure} (default / QR / route)`,
      value: pages.length && ok.length === pages.length ? values.map(show).join(' / ') : 'n/a',
      budget,
      // Not measured (--no-lighthouse) is no verdict, not a pass.
      pass: pages.length && ok.length === pages.length ? values.every(pass) : null,
    })
  }
  each('performance', '≥ 90', (m) => m.performance, (v) => v >= 90, String)
  each('TBT', '≤ 200 ms', (m) => m.metrics.tbtMs!, (v) => v <= 200, (v) => ms(v))
  each('LCP', '≤ 2.5 s', (m) => m.metrics.lcpMs!, (v) => v <= 2500, (v) => ms(v))
  each('CLS', '≤ 0.05', (m) => m.metrics.cls1000!, (v) => v <= 50, (v) => (v / 1000).toFixed(3))
  each('accessibility', '100', (m) => m.accessibility, (v) => v === 100, String)
  return rows
}

export function phoneHeapBudget(heap: PhoneHeap | null): BudgetRow {
  return {
    figure: 'JS heap at a phone viewport, default scene (plan / 3D opened)',
    value: heap ? `${heap.planMB.toFixed(1)} MB / ${heap.with3dMB.toFixed(1)} MB` : 'n/a',
    budget: '≤ 150 MB',
    pass: heap ? Math.max(heap.planMB, heap.with3dMB) <= 150 : null,
  }
}
