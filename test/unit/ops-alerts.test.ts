import { describe, expect, it } from 'vitest'
import { foldReading, type ZoneAlertState } from '../../src/domain/ops/alerts.ts'
import { DEFAULT_THRESHOLDS, nextLevel, thresholdsProblem } from '../../src/domain/ops/thresholds.ts'

const run = (percents: number[]) => {
  let state: ZoneAlertState = { level: 0, alert: null }
  const changes: string[] = []
  percents.forEach((percent, i) => {
    const r = foldReading(state, { scene: 's', zone: 'z', percent, ts: i * 1000 }, DEFAULT_THRESHOLDS)
    state = r.state
    if (r.change) changes.push(`${r.change.kind}:${r.change.alert.level}`)
  })
  return { state, changes }
}

describe('thresholds with hysteresis', () => {
  it('enters a level at its line and leaves it only 5 points below', () => {
    expect(nextLevel(0, 69.9, DEFAULT_THRESHOLDS)).toBe(0)
    expect(nextLevel(0, 70, DEFAULT_THRESHOLDS)).toBe(1)
    expect(nextLevel(0, 97, DEFAULT_THRESHOLDS)).toBe(3)
    expect(nextLevel(2, 80.1, DEFAULT_THRESHOLDS)).toBe(2)
    expect(nextLevel(2, 79.9, DEFAULT_THRESHOLDS)).toBe(1)
    expect(nextLevel(3, 10, DEFAULT_THRESHOLDS)).toBe(0)
  })

  it('a zone hovering at 85 % raises one alert, escalated once, not one per crossing', () => {
    const { changes, state } = run([50, 80, 84, 86, 84.5, 85.5, 84, 86, 83, 87])
    expect(changes).toEqual(['raised:1', 'escalated:2'])
    expect(state.alert?.peakPercent).toBe(87)
  })

  it('the episode clears below 65 % and a new crossing raises a new alert', () => {
    const { changes } = run([72, 66, 71, 64, 60, 75])
    expect(changes).toEqual(['raised:1', 'cleared:1', 'raised:1'])
  })

  it('an escalation reopens an acknowledged alert', () => {
    let state: ZoneAlertState = { level: 0, alert: null }
    state = foldReading(state, { scene: 's', zone: 'z', percent: 75, ts: 0 }, DEFAULT_THRESHOLDS).state
    state = { ...state, alert: { ...state.alert!, status: 'acknowledged', acknowledgedBy: 'A', acknowledgedAt: 1 } }
    const r = foldReading(state, { scene: 's', zone: 'z', percent: 96, ts: 2 }, DEFAULT_THRESHOLDS)
    expect(r.change).toMatchObject({ kind: 'escalated', alert: { level: 3, status: 'open', acknowledgedBy: 'A' } })
  })

  it('checks configured thresholds', () => {
    expect(thresholdsProblem([60, 75, 90])).toBeNull()
    expect(thresholdsProblem([80, 75, 90])).toMatch(/increase/)
    expect(thresholdsProblem([60, 75])).toMatch(/three/)
    expect(thresholdsProblem([60, 'x', 90])).toMatch(/percentage/)
  })
})
