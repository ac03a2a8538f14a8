/** Counters for tests and the benchmark: how many plan redraws, how long the last ones took. */
const recent: number[] = []
export const planStats = {
  draws: 0,
  lastRevision: -1,
  record(ms: number, revision: number) {
    this.draws++
    this.lastRevision = revision
    recent.push(ms)
    if (recent.length > 200) recent.shift()
  },
  recentMs: (): readonly number[] => recent,
}
