import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from '../../src/data/timeSlice.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('whenIdle', () => {
  it('waits for the browser to be idle, with the deadline asked for, and can be cancelled', () => {
    const requested: { cb: () => void; opts: unknown }[] = []
    const cancelled: number[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void, opts?: unknown) => requested.push({ cb, opts }))
    vi.stubGlobal('cancelIdleCallback', (h: number) => cancelled.push(h))
    const work = vi.fn()
    const cancel = whenIdle(work, { timeoutMs: 1000, fallbackMs: 50 })
    expect(requested[0]?.opts).toEqual({ timeout: 1000 })
    expect(work).not.toHaveBeenCalled()
    requested[0]!.cb()
    expect(work).toHaveBeenCalledTimes(1)
    cancel()
    expect(cancelled).toEqual([1])
  })

  it('falls back to a timer where there is no requestIdleCallback', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work, { fallbackMs: 200 })
    vi.advanceTimersByTime(199)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)

    const never = vi.fn()
    whenIdle(never, { fallbackMs: 10 })()
    vi.advanceTimersByTime(100)
    expect(never).not.toHaveBeenCalled()
  })
})
