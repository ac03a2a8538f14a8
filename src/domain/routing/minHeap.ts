/**
 * A binary min-heap of (key, node) pairs in typed arrays: no objects per push, so a search
 * over tens of thousands of nodes makes no garbage. Stale entries are skipped by the caller
 * (lazy deletion) instead of a decrease-key.
 */
export class MinHeap {
  private keys: Float64Array
  private nodes: Int32Array
  size = 0

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity)
    this.nodes = new Int32Array(capacity)
  }

  clear(): void {
    this.size = 0
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2)
      k.set(this.keys)
      this.keys = k
      const n = new Int32Array(this.size * 2)
      n.set(this.nodes)
      this.nodes = n
    }
    const keys = this.keys
    const nodes = this.nodes
    let i = this.size++
    while (i > 0) {
      const p = (i - 1) >> 1
      if (keys[p]! <= key) break
      keys[i] = keys[p]!
      nodes[i] = nodes[p]!
      i = p
    }
    keys[i] = key
    nodes[i] = node
  }

  /** The smallest key's node; call only when size > 0. */
  peekKey(): number {
    return this.keys[0]!
  }

  pop(): number {
    const keys = this.keys
    const nodes = this.nodes
    const top = nodes[0]!
    const last = --this.size
    if (last > 0) {
      const key = keys[last]!
      const node = nodes[last]!
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= last) break
        if (child + 1 < last && keys[child + 1]! < keys[child]!) child++
        if (keys[child]! >= key) break
        keys[i] = keys[child]!
        nodes[i] = nodes[child]!
        i = child
      }
      keys[i] = key
      nodes[i] = node
    }
    return top
  }
}
