/**
 * Runs step-wise work (a generator that yields between steps) in slices of a few tens of
 * milliseconds, giving the main thread back between slices so input and paint never wait
 * long. Domain code stays pure and synchronous; only this driver knows about the event loop.
 */

/** Slice length: well under the 50 ms that counts as a long task on a fast machine. */
export const SLICE_MS = 30

interface SchedulerLike {
  yield?: () => Promise<void>
}

/** Let the event loop run (input, rendering) before continuing. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  // A message task runs right after pending work, without setTimeout's 4 ms clamping.
  return new Promise((resolve) => {
    const ch = new MessageChannel()
    ch.port1.onmessage = () => {
      ch.port1.close()
      resolve()
    }
    ch.port2.postMessage(null)
  })
}

export async function runSliced<T>(steps: Generator<unknown, T, void>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now()
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
    if (performance.now() - start >= sliceMs) {
      await yieldToMain()
      start = performance.now()
    }
  }
}

interface IdleWindow {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number
  cancelIdleCallback?: (handle: number) => void
}

/**
 * Runs `work` when the browser is next idle (at the latest after `timeoutMs`); where there is
 * no requestIdleCallback (Safari, jsdom) after `fallbackMs` instead. Returns the cancel.
 */
export function whenIdle(work: () => void, { timeoutMs, fallbackMs }: { timeoutMs?: number; fallbackMs: number }): () => void {
  const w = globalThis as IdleWindow
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const handle = w.requestIdleCallback(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs })
    return () => w.cancelIdleCallback!(handle)
  }
  const timer = setTimeout(work, fallbackMs)
  return () => clearTimeout(timer)
}
