/** Small statistics for the benchmark: order statistics over plain arrays of numbers. */
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
