/**
 * Boxes: axis-aligned blocks (platforms, posts) and beams between two points (chords, webs,
 * cables). Each is six flat faces, 24 vertices, 12 triangles.
 */
import type { GeometryBuilder } from './geometryBuilder.ts'
import { add, cross, dot, length, negate, normalize, scale, sub, type Vec3 } from './vec3.ts'

export function addBox(g: GeometryBuilder, min: Vec3, max: Vec3): void {
  const [x0, y0, z0] = min
  const [x1, y1, z1] = max
  if (x1 - x0 <= 0 || y1 - y0 <= 0 || z1 - z0 <= 0) return
  g.face([[x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]], [-1, 0, 0])
  g.face([[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]], [1, 0, 0])
  g.face([[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]], [0, -1, 0])
  g.face([[x0, y1, z0], [x0, y1, z1], [x1, y1, z1], [x1, y1, z0]], [0, 1, 0])
  g.face([[x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]], [0, 0, -1])
  g.face([[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]], [0, 0, 1])
}

export interface BeamOptions {
  /** Horizontal direction the beam's width runs along; default: perpendicular to the beam. */
  side?: Vec3
  /** Leave off the end faces (members that run into other members). */
  open?: boolean
}

/** A beam of `width` × `depth` cross-section whose centre line runs from a to b. */
export function addBeam(g: GeometryBuilder, a: Vec3, b: Vec3, width: number, depth: number, opts: BeamOptions = {}): void {
  const axis = sub(b, a)
  if (length(axis) < 1e-6) return
  const d = normalize(axis)
  let side: Vec3
  if (opts.side) side = normalize(sub(opts.side, scale(d, dot(opts.side, d))))
  else if (Math.abs(d[1]) > 0.999) side = [1, 0, 0]
  else side = normalize(cross(d, [0, 1, 0]))
  if (length(side) < 0.5) side = Math.abs(d[0]) < 0.9 ? normalize(cross(d, [1, 0, 0])) : normalize(cross(d, [0, 0, 1]))
  const up = normalize(cross(side, d))
  const hs = scale(side, width / 2)
  const hu = scale(up, depth / 2)
  const corner = (p: Vec3, s: number, u: number): Vec3 => add(add(p, scale(hs, s)), scale(hu, u))
  const a00 = corner(a, -1, -1)
  const a10 = corner(a, 1, -1)
  const a11 = corner(a, 1, 1)
  const a01 = corner(a, -1, 1)
  const b00 = corner(b, -1, -1)
  const b10 = corner(b, 1, -1)
  const b11 = corner(b, 1, 1)
  const b01 = corner(b, -1, 1)
  g.face([a10, b10, b11, a11], side)
  g.face([a00, a01, b01, b00], negate(side))
  g.face([a01, a11, b11, b01], up)
  g.face([a00, b00, b10, a10], negate(up))
  if (!opts.open) {
    g.face([a00, a10, a11, a01], negate(d))
    g.face([b00, b01, b11, b10], d)
  }
}

/** A vertical post of `size` × `size`, axis-aligned unless `side` turns it. */
export function addPost(g: GeometryBuilder, x: number, z: number, y0: number, y1: number, size: number, side?: Vec3): void {
  addBeam(g, [x, y0, z], [x, y1, z], size, size, side ? { side } : {})
}
