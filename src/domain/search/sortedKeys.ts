import { drain, sortSteps, type Steps } from '../steps.ts'

/** Keys in code-unit order with their values: exact and prefix lookups by binary search. */
export interface SortedKeys<V> {
  keys: readonly string[]
  values: readonly V[]
}

export function sortedKeys<V>(pairs: [string, V][]): SortedKeys<V> {
  return drain(sortedKeysSteps(pairs))
}

/** The same, in steps (see ../steps.ts): a venue's names are a hundred thousand keys and more. */
export function* sortedKeysSteps<V>(pairs: [string, V][]): Steps<SortedKeys<V>> {
  yield* sortSteps(pairs, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const keys: string[] = []
  const values: V[] = []
  for (let i = 0; i < pairs.length; i++) {
    keys.push(pairs[i]![0])
    values.push(pairs[i]![1])
    if (i % 8192 === 8191) yield
  }
  return { keys, values }
}

/** The first position whose key is not below `q`. */
export function lowerBound(keys: readonly string[], q: string): number {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (keys[mid]! < q) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Values whose key starts with `prefix` (equal keys first), until `visit` returns false. */
export function eachWithPrefix<V>(sk: SortedKeys<V>, prefix: string, visit: (value: V, exact: boolean) => boolean | void): void {
  for (let i = lowerBound(sk.keys, prefix); i < sk.keys.length && sk.keys[i]!.startsWith(prefix); i++) {
    if (visit(sk.values[i]!, sk.keys[i] === prefix) === false) return
  }
}
