/** Vertical extrusions of floor outlines: the floor slab and wall pieces. */
import type { Polygon } from '../../src/domain/geometry/types.ts'
import type { GeometryBuilder } from './geometryBuilder.ts'
import { counterClockwise, outwardNormal } from '../../src/domain/model/planGeometry.ts'
import { triangulate } from './triangulate.ts'
import type { Vec3 } from './vec3.ts'

export interface PrismOptions {
  top?: boolean
  bottom?: boolean
}

export function addPrism(g: GeometryBuilder, outline: Polygon, y0: number, y1: number, opts: PrismOptions = {}): void {
  if (y1 - y0 <= 0 || outline.length < 3) return
  const ring = counterClockwise(outline)
  const n = ring.length
  for (let i = 0; i < n; i++) {
    const a = ring[i]!
    const b = ring[(i + 1) % n]!
    const [nx, nz] = outwardNormal(a, b)
    if (nx === 0 && nz === 0) continue
    g.face([[a[0], y0, a[1]], [b[0], y0, b[1]], [b[0], y1, b[1]], [a[0], y1, a[1]]], [nx, 0, nz])
  }
  const tris = triangulate(ring)
  if (opts.top !== false) g.triangles(ring.map(([x, z]): Vec3 => [x, y1, z]), tris, [0, 1, 0])
  if (opts.bottom !== false) g.triangles(ring.map(([x, z]): Vec3 => [x, y0, z]), tris, [0, -1, 0])
}
