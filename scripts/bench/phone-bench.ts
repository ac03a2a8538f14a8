/**
 * `npm run bench:phone [-- --runs 3] [--dist <dir>]`: only the phone figures of `npm run bench`
 * (Lighthouse mobile on the default page, a QR link to an exhibitor and a route link), for
 * iterating. `--dist` reuses a production build instead of building one.
 */
import path from 'node:path'
import { launch, measurePhoneHeap } from './browser.ts'
import { phoneBudgets, phoneHeapBudget, phoneLighthouse, phoneReport } from './phone.ts'
import { budgetTable } from './report.ts'
import { buildApp, ROOT, serveApp } from './serve.ts'

function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? null) : null
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(option('runs') ?? 3) || 3)
  let dist = option('dist')
  if (!dist) {
    dist = path.join(ROOT, 'bench-results', '.dist-phone')
    await buildApp(dist)
  }
  const app = await serveApp(path.resolve(dist))
  try {
    const browser = await launch()
    const heap = await measurePhoneHeap(browser, `${app.url}/?lang=en`).finally(() => browser.close())
    const pages = await phoneLighthouse(app.url, runs, (w) => console.log(w))
    console.log(`\n${phoneReport(pages)}\n`)
    console.log(budgetTable([...phoneBudgets(pages), phoneHeapBudget(heap)]))
  } finally {
    await app.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
