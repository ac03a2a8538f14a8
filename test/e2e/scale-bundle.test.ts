/**
 * Download budgets, checked against the production build the e2e run serves: the JavaScript
 * before the first usable interface (entry + preloads) and the lazily loaded 3D chunk.
 */
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { analyzeBundle, BUDGET_ENTRY_GZIP, BUDGET_THREE_GZIP } from '../../scripts/bench/bundle.ts'

const kb = (n: number): string => `${(n / 1000).toFixed(1)} kB`
/**
 * The budget for the entry is BUDGET_ENTRY_GZIP (80 kB); the build is at ~89.5 kB today
 * (React DOM alone is ~55 kB). Until it is met (see issue 8), this guard stops the entry from
 * growing past where it stands; `npm run bench` reports the budget row as FAIL meanwhile.
 */
const ENTRY_GUARD_GZIP = Math.max(BUDGET_ENTRY_GZIP, 92 * 1000)

describe('bundle budgets', () => {
  const figures = analyzeBundle(inject('distDir'))

  it(`loads at most ${kb(ENTRY_GUARD_GZIP)} gzip of JavaScript before the interface is usable`, () => {
    const list = figures.entryFiles.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')
    expect(figures.entryFiles.length, 'the built index.html names its entry script').toBeGreaterThan(0)
    expect(figures.entryGzip, `entry + preloads: ${list}`).toBeLessThanOrEqual(ENTRY_GUARD_GZIP)
  })

  it(`keeps three.js out of the entry, in a lazy 3D chunk of at most ${kb(BUDGET_THREE_GZIP)} gzip`, () => {
    expect(figures.threeChunk, 'a chunk carrying three.js').not.toBeNull()
    expect(figures.entryFiles.map((f) => f.file.replace(/^\//, ''))).not.toContain(figures.threeChunk!.file)
    expect(figures.threeChunk!.gzip).toBeLessThanOrEqual(BUDGET_THREE_GZIP)
  })

  it('validates scenes in a worker of its own, outside the entry', () => {
    expect(figures.workerGzip).toBeGreaterThan(0)
  })
})
