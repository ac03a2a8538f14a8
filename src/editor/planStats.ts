/** Counters for tests and the benchmark: how many plan redraws, how long the last ones took. */
const recent: number[] = []
export const planStats = {
  draws: 0,
  lastRevision: -1,
  /** performance.now() when the last draw finished. */
  lastDrawEnd: 0,
  record(ms: number, revision: number) {
    this.draws++
    this.lastRevision = revision
    this.lastDrawEnd = performance.now()
    recent.push(ms)
    if (recent.length > 200) recent.shift()
  },
  recentMs: (): readonly number[] => recent,
}
