/** A seeded PRNG (mulberry32): the same seed gives the same venue on every machine and run. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  int(maxExclusive: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
}

export function seeded(seed: number): Random {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (!list.length) throw new Error('pick from an empty list')
      return list[int(list.length)]!
    },
    chance: (p) => next() < p,
  }
}
