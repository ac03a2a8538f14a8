/** Keys in code-unit order with their values: exact and prefix lookups by binary search. */
export interface SortedKeys<V> {
  keys: readonly string[]
  values: readonly V[]
}

export function sortedKeys<V>(pairs: [string, V][]): SortedKeys<V> {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return { keys: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) }
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
