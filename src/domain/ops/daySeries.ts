/**
 * A recorded series as the ops screen holds it (bucket starts with the mean and peak count per
 * bucket, as /api/history returns), and the questions the screen asks of it. Pure.
 */
export interface DaySeries {
  t: readonly number[]
  mean: readonly number[]
  max: readonly number[]
  capacity: readonly number[]
}

/** Index of the last bucket starting at or before `at`, or -1. Binary search: series are sorted. */
export function bucketAt(s: DaySeries, at: number): number {
  let lo = 0
  let hi = s.t.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (s.t[mid]! <= at) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** The reading a series had at `at`: its last bucket up to then, with that bucket's start. */
export function valueAt(s: DaySeries, at: number): { count: number; capacity: number; t: number } | null {
  const i = bucketAt(s, at)
  if (i < 0) return null
  return { count: Math.round(s.mean[i]!), capacity: s.capacity[i]!, t: s.t[i]! }
}

/**
 * Entries into the hall up to `at`, estimated from the zone series: the sum of every rise of the
 * hall's total between consecutive buckets. People moving between zones cancel out; people who
 * leave and others who enter in the same minute are missed, so it is a lower bound.
 */
export function entriesUpTo(zones: readonly DaySeries[], at: number): number {
  const times = new Set<number>()
  for (const s of zones) for (const t of s.t) if (t <= at) times.add(t)
  const sorted = [...times].sort((a, b) => a - b)
  let prev = 0
  let entries = 0
  for (const t of sorted) {
    let total = 0
    for (const s of zones) total += valueAt(s, t)?.count ?? 0
    if (total > prev) entries += total - prev
    prev = total
  }
  return entries
}
