/**
 * A route polyline as a flat ribbon on the floor: two vertices per point, mitred at the bends
 * (capped, so a hairpin does not throw a spike across the hall). `uv.x` runs in metres along
 * the walk — the dash animation moves along it — and `uv.y` across (0 one edge, 1 the other).
 */
import { BufferAttribute, BufferGeometry } from 'three'
import type { Point2 } from '../domain/geometry/types.ts'

export function ribbonGeometry(points: readonly Point2[], width: number, y: number): BufferGeometry {
  const n = points.length
  const pos = new Float32Array(n * 2 * 3)
  const uv = new Float32Array(n * 2 * 2)
  const half = width / 2
  let along = 0
  for (let i = 0; i < n; i++) {
    const p = points[i]!
    const prev = points[i - 1]
    const next = points[i + 1]
    if (prev) along += Math.hypot(p[0] - prev[0], p[1] - prev[1])
    const d1 = prev ? dir(prev, p) : null
    const d2 = next ? dir(p, next) : null
    const n1 = d1 ? perp(d1) : null
    const n2 = d2 ? perp(d2) : null
    let mx: number
    let mz: number
    let scale = half
    if (n1 && n2) {
      mx = n1[0] + n2[0]
      mz = n1[1] + n2[1]
      const l = Math.hypot(mx, mz)
      if (l < 1e-6) {
        mx = n2[0]
        mz = n2[1]
      } else {
        mx /= l
        mz /= l
        const cos = mx * n1[0] + mz * n1[1]
        scale = Math.min(half / Math.max(cos, 1e-3), half * 2.5)
      }
    } else {
      const m = n1 ?? n2 ?? [0, 0]
      mx = m[0]
      mz = m[1]
    }
    pos.set([p[0] + mx * scale, y, p[1] + mz * scale, p[0] - mx * scale, y, p[1] - mz * scale], i * 6)
    uv.set([along, 0, along, 1], i * 4)
  }
  const index: number[] = []
  for (let i = 0; i + 1 < n; i++) {
    const a = i * 2
    index.push(a, a + 2, a + 1, a + 1, a + 2, a + 3)
  }
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(pos, 3))
  g.setAttribute('uv', new BufferAttribute(uv, 2))
  g.setIndex(index)
  g.computeBoundingSphere()
  return g
}

function dir(a: Point2, b: Point2): Point2 {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1])
  return l > 0 ? [(b[0] - a[0]) / l, (b[1] - a[1]) / l] : [1, 0]
}

/** Left-hand normal in x/z. */
function perp(d: Point2): Point2 {
  return [d[1], -d[0]]
}
