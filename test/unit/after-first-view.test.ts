/**
 * Optional start-up work (live feed, URL sync) waits for the visitor's first view: the venue's
 * first frame, or the news that there will be none — and never longer than its fallback.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstView } from '../../src/state/afterFirstView.ts'
import type { VenueState } from '../../src/state/store.ts'

type Flags = Pick<VenueState, 'firstFrame' | 'webgl' | 'loadStatus'>

/** Just enough of the store: its state and plain subscriptions. */
function fakeStore(initial: Flags) {
  let state = initial
  const listeners = new Set<(s: VenueState) => void>()
  return {
    getState: () => state as VenueState,
    subscribe(l: (s: VenueState) => void) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    set(patch: Partial<Flags>) {
      state = { ...state, ...patch }
      listeners.forEach((l) => l(state as VenueState))
    },
    listeners,
  }
}

const pending: Flags = { firstFrame: false, webgl: 'pending', loadStatus: 'loading' }

/** Whether the promise has settled once pending microtasks have run. */
async function isDone(p: Promise<void>): Promise<boolean> {
  let done = false
  void p.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return done
}

describe('after the first view', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for the first frame, then lets go of the store', async () => {
    const store = fakeStore(pending)
    const view = afterFirstView(store)
    store.set({ loadStatus: 'ready', webgl: 'ok' })
    expect(await isDone(view), 'the scene alone is not the first view').toBe(false)
    store.set({ firstFrame: true })
    expect(await isDone(view)).toBe(true)
    expect(store.listeners.size, 'unsubscribed').toBe(0)
  })

  it('does not wait for a frame that will never come: no WebGL, or a failed load', async () => {
    const noGl = fakeStore(pending)
    const a = afterFirstView(noGl)
    noGl.set({ webgl: 'unavailable' })
    expect(await isDone(a)).toBe(true)
    const failed = fakeStore(pending)
    const b = afterFirstView(failed)
    failed.set({ loadStatus: 'error' })
    expect(await isDone(b)).toBe(true)
  })

  it('is already there when the view already is', async () => {
    expect(await isDone(afterFirstView(fakeStore({ ...pending, firstFrame: true })))).toBe(true)
  })

  it('gives up waiting the fallback after the scene is in, should nothing be said', async () => {
    const store = fakeStore(pending)
    const view = afterFirstView(store, 3000)
    // A slow line: the scene takes longer than the fallback, and the wait goes on meanwhile.
    vi.advanceTimersByTime(10_000)
    expect(await isDone(view)).toBe(false)
    store.set({ loadStatus: 'ready', webgl: 'ok' })
    vi.advanceTimersByTime(2999)
    expect(await isDone(view)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await isDone(view)).toBe(true)
    expect(store.listeners.size).toBe(0)
  })
})
