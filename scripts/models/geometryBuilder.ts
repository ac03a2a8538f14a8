/**
 * Accumulates flat-shaded triangles for one primitive. Faces are given with the normal they
 * should show; the winding of every triangle is derived from that normal, so callers never
 * have to think about clockwise versus counter-clockwise.
 */
import type { ModelMaterialId } from './materials.ts'
import type { ModelPrimitive } from './modelTree.ts'
import { cross, dot, length, normalize, sub, type Vec3 } from './vec3.ts'

const MIN_DOUBLE_AREA = 1e-9

export class GeometryBuilder {
  private readonly positions: number[] = []
  private readonly normals: number[] = []
  private readonly indices: number[] = []

  constructor(readonly material: ModelMaterialId) {}

  get vertexCount(): number {
    return this.positions.length / 3
  }

  get triangleCount(): number {
    return this.indices.length / 3
  }

  get isEmpty(): boolean {
    return this.indices.length === 0
  }

  /** A planar convex polygon, fan-triangulated, facing `normal`. */
  face(points: readonly Vec3[], normal: Vec3): void {
    const tris: number[] = []
    for (let i = 1; i + 1 < points.length; i++) tris.push(0, i, i + 1)
    this.triangles(points, tris, normal)
  }

  /** Triangles as index triples into `points`, all facing `normal`. Degenerate ones are dropped. */
  triangles(points: readonly Vec3[], tris: readonly number[], faceNormal: Vec3): void {
    const normal = normalize(faceNormal)
    const kept: number[] = []
    for (let t = 0; t + 2 < tris.length; t += 3) {
      const ia = tris[t]!
      const ib = tris[t + 1]!
      const ic = tris[t + 2]!
      const a = points[ia]!
      const b = points[ib]!
      const c = points[ic]!
      const n = cross(sub(b, a), sub(c, a))
      if (length(n) < MIN_DOUBLE_AREA) continue
      if (dot(n, normal) >= 0) kept.push(ia, ib, ic)
      else kept.push(ia, ic, ib)
    }
    if (!kept.length) return
    // Only the points a kept triangle uses become vertices.
    const remap = new Map<number, number>()
    for (const i of kept) {
      if (remap.has(i)) continue
      remap.set(i, this.vertexCount)
      const p = points[i]!
      this.positions.push(p[0], p[1], p[2])
      this.normals.push(normal[0], normal[1], normal[2])
    }
    for (const i of kept) this.indices.push(remap.get(i)!)
  }

  toPrimitive(): ModelPrimitive {
    const count = this.vertexCount
    return {
      material: this.material,
      positions: new Float32Array(this.positions),
      normals: new Float32Array(this.normals),
      indices: count <= 65_535 ? new Uint16Array(this.indices) : new Uint32Array(this.indices),
    }
  }
}
