/**
 * All zone volumes merged into one translucent mesh (+ one line mesh for their edges), so six
 * pavilions or six hundred cost two draw calls. Per-zone emphasis is a vertex-colour alpha
 * update on a handful of vertices, not a material per zone.
 */
import { BufferAttribute, BufferGeometry, Color, ShapeUtils, Vector2 } from 'three'
import type { Zone } from '../domain/scene/schema.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'

export interface ZoneGeometry {
  fill: BufferGeometry
  edges: BufferGeometry
  /** Vertex ranges per zone in `fill` and `edges`, for recolouring. */
  fillRanges: Map<string, [number, number]>
  edgeRanges: Map<string, [number, number]>
}

const FLOOR_Y = 0.03

export function buildZoneGeometry(zones: readonly Zone[]): ZoneGeometry {
  const pos: number[] = []
  const col: number[] = []
  const idx: number[] = []
  const epos: number[] = []
  const ecol: number[] = []
  const fillRanges = new Map<string, [number, number]>()
  const edgeRanges = new Map<string, [number, number]>()
  const c = new Color()

  for (const zone of zones) {
    c.set(zonePalette(zone.color).theme)
    const first = pos.length / 3
    const pts = zone.footprint.map(([x, z]) => new Vector2(x, z))
    const tris = ShapeUtils.triangulateShape(pts, [])
    const h = zone.height
    const push = (x: number, y: number, z: number): number => {
      pos.push(x, y, z)
      col.push(c.r, c.g, c.b, 1)
      return pos.length / 3 - 1
    }
    // Floor tint and roof cap share the triangulation.
    for (const y of [FLOOR_Y, h]) {
      const base = pos.length / 3
      for (const p of pts) push(p.x, y, p.y)
      for (const [a = 0, b = 0, d = 0] of tris) idx.push(base + a, base + b, base + d)
    }
    // Walls.
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!
      const b = pts[(i + 1) % pts.length]!
      const v0 = push(a.x, FLOOR_Y, a.y)
      const v1 = push(b.x, FLOOR_Y, b.y)
      const v2 = push(b.x, h, b.y)
      const v3 = push(a.x, h, a.y)
      idx.push(v0, v1, v2, v0, v2, v3)
    }
    fillRanges.set(zone.id, [first, pos.length / 3])

    const efirst = epos.length / 3
    const line = (x1: number, y1: number, z1: number, x2: number, y2: number, z2: number): void => {
      epos.push(x1, y1, z1, x2, y2, z2)
      ecol.push(c.r, c.g, c.b, 1, c.r, c.g, c.b, 1)
    }
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!
      const b = pts[(i + 1) % pts.length]!
      line(a.x, h, a.y, b.x, h, b.y)
      line(a.x, FLOOR_Y, a.y, b.x, FLOOR_Y, b.y)
      line(a.x, FLOOR_Y, a.y, a.x, h, a.y)
    }
    edgeRanges.set(zone.id, [efirst, epos.length / 3])
  }

  const fill = new BufferGeometry()
  fill.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3))
  fill.setAttribute('color', new BufferAttribute(new Float32Array(col), 4))
  fill.setIndex(pos.length / 3 > 65535 ? new BufferAttribute(new Uint32Array(idx), 1) : new BufferAttribute(new Uint16Array(idx), 1))
  fill.computeBoundingSphere()
  const edges = new BufferGeometry()
  edges.setAttribute('position', new BufferAttribute(new Float32Array(epos), 3))
  edges.setAttribute('color', new BufferAttribute(new Float32Array(ecol), 4))
  edges.computeBoundingSphere()
  return { fill, edges, fillRanges, edgeRanges }
}

/** Set the alpha of every vertex of a zone (emphasis without new materials). */
export function setZoneAlpha(geo: BufferGeometry, range: [number, number], floorAlpha: number, volumeAlpha: number, floorVertexCount: number): void {
  const attr = geo.getAttribute('color') as BufferAttribute
  const [a, b] = range
  for (let i = a; i < b; i++) attr.setW(i, i - a < floorVertexCount ? floorAlpha : volumeAlpha)
  attr.needsUpdate = true
}
