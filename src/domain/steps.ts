/**
 * Work in steps: a long build written as a generator that yields between small units of
 * work. Domain code stays synchronous and pure; a driver decides what happens at each yield —
 * `drain` runs straight through (Node scripts, tests), the app's `runSliced` (data/timeSlice.ts)
 * gives the main thread back every few tens of milliseconds. One code path for both.
 */

export type Steps<T> = Generator<unknown, T, void>

/** Runs every step now and returns the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/** Runs steps to completion somewhere (now, or spread over tasks) and resolves with the result. */
export type StepRunner = <T>(steps: Steps<T>) => Promise<T>

/** The runner for callers with no event loop to share: everything at once. */
export const drainNow: StepRunner = (steps) => Promise.resolve(drain(steps))

/** Native sort below this length in one step; merging above it, a run at a time. */
const RUN = 2048

/**
 * `items.sort(compare)`, in place, in steps: runs of RUN items sorted natively, then merged
 * pass by pass, yielding every few thousand items. Stable, like Array.prototype.sort, so the
 * order is exactly the one a plain sort gives (for a consistent comparator).
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length
  if (n <= RUN) return items.sort(compare)
  for (let lo = 0; lo < n; lo += RUN) {
    const run = items.slice(lo, lo + RUN).sort(compare)
    for (let i = 0; i < run.length; i++) items[lo + i] = run[i]!
    yield
  }
  let src = items
  let dst = new Array<T>(n)
  let budget = 0
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) {
        // Equal keys: the left one first (it came first), which keeps the sort stable.
        dst[k++] = compare(src[j]!, src[i]!) < 0 ? src[j++]! : src[i++]!
        if (++budget === RUN) {
          budget = 0
          yield
        }
      }
      while (i < mid) dst[k++] = src[i++]!
      while (j < hi) dst[k++] = src[j++]!
    }
    const done = dst
    dst = src
    src = done
    yield
  }
  if (src !== items) for (let i = 0; i < n; i++) items[i] = src[i]!
  return items
}
