import { describe, expect, it } from 'vitest'
import { rect } from '../../src/domain/geometry/polygon.ts'
import { bucketAt, entriesUpTo, valueAt, type DaySeries } from '../../src/domain/ops/daySeries.ts'
import { heatLayout, heatValues } from '../../src/domain/ops/heatGrid.ts'
import { freshness, kpis, zonesAt } from '../../src/domain/ops/opsView.ts'

const series = (t: number[], mean: number[], capacity = 100): DaySeries => ({ t, mean, max: mean, capacity: t.map(() => capacity) })

describe('the control room view', () => {
  it('reads a series at a moment: the last bucket at or before it', () => {
    const s = series([0, 60, 120], [5, 6, 7])
    expect(bucketAt(s, -1)).toBe(-1)
    expect(bucketAt(s, 60)).toBe(1)
    expect(bucketAt(s, 119)).toBe(1)
    expect(valueAt(s, 500)).toEqual({ count: 7, capacity: 100, t: 120 })
  })

  it('prefers a newer live reading now, and only the recording when replaying', () => {
    const history = { a: series([0, 60_000], [10, 20]) }
    const live = { a: { count: 33, capacity: 100, ts: 90_000 } }
    expect(zonesAt(['a'], history, live, 100_000, false).a).toEqual({ count: 33, capacity: 100, ageMs: 10_000 })
    expect(zonesAt(['a'], history, live, 100_000, true).a).toEqual({ count: 20, capacity: 100, ageMs: 40_000 })
    expect(zonesAt(['b'], history, live, 100_000, false).b).toBeUndefined()
  })

  it('derives the key figures', () => {
    const k = kpis({ a: { count: 50, capacity: 100, ageMs: 0 }, b: { count: 90, capacity: 100, ageMs: 0 } }, { s1: { seated: 90, capacity: 100 }, s2: { seated: 10, capacity: 100 } })
    expect(k).toEqual({ inHall: 140, busiest: { zoneId: 'b', percent: 90 }, sessionsNear: 1 })
  })

  it('estimates entries as the rises of the hall total (moves between zones cancel)', () => {
    const a = series([0, 1, 2, 3], [10, 20, 5, 5])
    const b = series([0, 1, 2, 3], [0, 0, 15, 25])
    expect(entriesUpTo([a, b], 3)).toBe(10 + 10 + 0 + 10)
    expect(entriesUpTo([a, b], 1)).toBe(20)
  })

  it('fades old readings', () => {
    expect(freshness(30_000)).toBe(1)
    expect(freshness(20 * 60_000)).toBe(0.25)
    expect(freshness(5 * 60_000)).toBeGreaterThan(0.25)
    expect(freshness(5 * 60_000)).toBeLessThan(1)
  })

  it('interpolates the heatmap inside zones, keeping each zone near its own value', () => {
    const layout = heatLayout(rect(0, 0, 100, 50), [{ id: 'w', footprint: rect(0, 0, 50, 50) }, { id: 'e', footprint: rect(50, 0, 50, 50) }], 20)
    const { density, alpha } = heatValues(layout, { w: { count: 10, capacity: 100, ageMs: 0 }, e: { count: 90, capacity: 100, ageMs: 30 * 60_000 } })
    const at = (x: number, z: number) => Math.floor(z / layout.cell) * layout.cols + Math.floor(x / layout.cell)
    expect(density[at(5, 25)]!).toBeLessThan(0.3)
    expect(density[at(95, 25)]!).toBeGreaterThan(0.7)
    // Across the border the colour runs smoothly.
    expect(density[at(48, 25)]!).toBeGreaterThan(density[at(5, 25)]!)
    expect(alpha[at(5, 25)]!).toBeGreaterThan(alpha[at(95, 25)]!)
    const none = heatValues(layout, {})
    expect(Number.isNaN(none.density[at(5, 25)]!)).toBe(true)
  })
})
