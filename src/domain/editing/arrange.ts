/** Align and distribute: how far each selected item moves, by its bounding box on the plan. */
import type { Point2 } from '../geometry/types.ts'
import type { AnyItem } from './doc.ts'
import { boxOf } from './geometryOf.ts'

export type AlignEdge = 'left' | 'right' | 'top' | 'bottom' | 'center-x' | 'center-z'

export function arrange(list: readonly AnyItem[], how: { align: AlignEdge } | { distribute: 'x' | 'z' }): Map<string, Point2> {
  const boxed = list.flatMap((it) => {
    const b = boxOf(it)
    return b ? [{ id: it.id, b }] : []
  })
  const out = new Map<string, Point2>()
  if (boxed.length < 2) return out
  if ('align' in how) {
    const e = how.align
    const target =
      e === 'left' ? Math.min(...boxed.map((x) => x.b.minX))
      : e === 'right' ? Math.max(...boxed.map((x) => x.b.maxX))
      : e === 'top' ? Math.min(...boxed.map((x) => x.b.minZ))
      : e === 'bottom' ? Math.max(...boxed.map((x) => x.b.maxZ))
      : e === 'center-x' ? mean(boxed.map((x) => (x.b.minX + x.b.maxX) / 2))
      : mean(boxed.map((x) => (x.b.minZ + x.b.maxZ) / 2))
    for (const { id, b } of boxed) {
      const dx = e === 'left' ? target - b.minX : e === 'right' ? target - b.maxX : e === 'center-x' ? target - (b.minX + b.maxX) / 2 : 0
      const dz = e === 'top' ? target - b.minZ : e === 'bottom' ? target - b.maxZ : e === 'center-z' ? target - (b.minZ + b.maxZ) / 2 : 0
      if (dx || dz) out.set(id, [dx, dz])
    }
    return out
  }
  // Distribute: equal gaps between neighbours, the two outermost stay put.
  const x = how.distribute === 'x'
  const sorted = [...boxed].sort((a, b) => (x ? a.b.minX - b.b.minX : a.b.minZ - b.b.minZ))
  const size = (b: (typeof sorted)[number]['b']) => (x ? b.maxX - b.minX : b.maxZ - b.minZ)
  const first = sorted[0]!.b
  const last = sorted[sorted.length - 1]!.b
  const span = (x ? last.maxX - first.minX : last.maxZ - first.minZ) - sorted.reduce((s, it) => s + size(it.b), 0)
  const gap = span / (sorted.length - 1)
  let cursor = x ? first.minX : first.minZ
  for (const { id, b } of sorted) {
    const d = cursor - (x ? b.minX : b.minZ)
    if (Math.abs(d) > 1e-9) out.set(id, x ? [d, 0] : [0, d])
    cursor += size(b) + gap
  }
  return out
}

const mean = (xs: number[]): number => xs.reduce((s, v) => s + v, 0) / xs.length
