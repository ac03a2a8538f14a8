import type { PickIndex } from './pickIndex.ts'

export interface LazyPickIndex extends PickIndex {
  /** Build now if not built yet (called when the main thread is idle). */
  warm(): void
  readonly built: boolean
}

/**
 * A pick index built on first use. Nothing is picked before the venue's first frame, and at
 * 70,000 booths the build is tens of milliseconds: kept out of the task that mounts the 3D view,
 * it runs when the browser is idle after the first frame — or at the first pointer move, if
 * that comes sooner.
 */
export function lazyPickIndex(build: () => PickIndex, cellSize: number): LazyPickIndex {
  let index: PickIndex | null = null
  const get = (): PickIndex => (index ??= build())
  return {
    pick: (ray) => get().pick(ray),
    pickBooth: (ray) => get().pickBooth(ray),
    cellSize,
    warm: () => void get(),
    get built() {
      return index !== null
    },
  }
}
