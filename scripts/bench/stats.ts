/** Small helpers for the benchmarks: order statistics over plain arrays, settled heap, arguments. */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export const median = (values: readonly number[]): number => percentile(values, 50)

/** Time each call of `fn` over `inputs` (after `warm` untimed calls), milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warm = 20): number[] {
  for (const x of inputs.slice(0, warm)) fn(x)
  return inputs.map((x) => {
    const t0 = performance.now()
    fn(x)
    return performance.now() - t0
  })
}

export function round(v: number, digits = 0): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}

let gc: (() => void) | null = null
/** Heap in use after full collections: what a built structure keeps, not its garbage. */
export function settledHeap(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/** `--name <n>` from the command line: a positive number, else the fallback. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(v) && v > 0 ? v : fallback
}
