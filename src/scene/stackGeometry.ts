/**
 * Geometry of the buildings' massings and the stacked view's faint levels and connectors: each a
 * single merged mesh with RGBA vertex colours, drawn with the zone volumes' materials (viewParts),
 * so they add draw calls, never shader programs.
 */
import { BufferAttribute, BufferGeometry, Color, ShapeUtils, Vector2 } from 'three'
import type { Polygon } from '../domain/geometry/types.ts'
import type { Massing } from '../domain/scene/buildings.ts'
import type { Connector, Zone } from '../domain/scene/schema.ts'
import type { ConnectorSegment } from '../domain/scene/stack.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'

const MASSING_COLOR = '#b4c6da'
/** Another building: a light block, its floors hidden inside. */
export const MASSING_ALPHA = 0.2
/** The building whose floor is drawn: walls only, a veil, so nothing covers the floor's detail. */
export const MASSING_ON_FLOOR_ALPHA = 0.07
const SLAB_COLOR = '#8ea4bb'
/** A faint level's slab and its zones' tint: seen through, never mistaken for the floor in focus. */
export const SLAB_ALPHA = 0.3
export const FAINT_ZONE_ALPHA = 0.42
const SLAB_THICKNESS = 0.4
const CONNECTOR_COLORS: Record<Connector['kind'], string> = { escalator: '#f5b942', lift: '#5fd3c6', stairs: '#eef2f7', ramp: '#c7a4f0' }

class Buffers {
  pos: number[] = []
  col: number[] = []
  idx: number[] = []
  private c = new Color()

  colour(hex: string): this {
    this.c.set(hex)
    return this
  }

  vertex(x: number, y: number, z: number, alpha: number): number {
    this.pos.push(x, y, z)
    this.col.push(this.c.r, this.c.g, this.c.b, alpha)
    return this.pos.length / 3 - 1
  }

  /** A footprint raised from `bottom` to `top`: its walls, and its caps where asked. */
  prism(footprint: Polygon, bottom: number, top: number, alpha: number, caps: { top: boolean; bottom: boolean }): void {
    const pts = footprint.map(([x, z]) => new Vector2(x, z))
    const tris = ShapeUtils.triangulateShape(pts, [])
    const levels = [...(caps.top ? [top] : []), ...(caps.bottom ? [bottom] : [])]
    for (const y of levels) {
      const base = this.pos.length / 3
      for (const p of pts) this.vertex(p.x, y, p.y, alpha)
      for (const [a = 0, b = 0, d = 0] of tris) this.idx.push(base + a, base + b, base + d)
    }
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!
      const b = pts[(i + 1) % pts.length]!
      const v0 = this.vertex(a.x, bottom, a.y, alpha)
      const v1 = this.vertex(b.x, bottom, b.y, alpha)
      const v2 = this.vertex(b.x, top, b.y, alpha)
      const v3 = this.vertex(a.x, top, a.y, alpha)
      this.idx.push(v0, v1, v2, v0, v2, v3)
    }
  }

  /** A flat polygon at height `y`. */
  flat(footprint: Polygon, y: number, alpha: number): void {
    const pts = footprint.map(([x, z]) => new Vector2(x, z))
    const base = this.pos.length / 3
    for (const p of pts) this.vertex(p.x, y, p.y, alpha)
    for (const [a = 0, b = 0, d = 0] of ShapeUtils.triangulateShape(pts, [])) this.idx.push(base + a, base + b, base + d)
  }

  geometry(indexed: boolean): BufferGeometry {
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(new Float32Array(this.pos), 3))
    g.setAttribute('color', new BufferAttribute(new Float32Array(this.col), 4))
    if (indexed) g.setIndex(new BufferAttribute(new Uint32Array(this.idx), 1))
    g.computeBoundingSphere()
    return g
  }
}

/** Every building's massing in one mesh. */
export function massingGeometry(massings: readonly Massing[]): BufferGeometry {
  const buf = new Buffers().colour(MASSING_COLOR)
  for (const m of massings) {
    if (m.onFloor) buf.prism(m.footprint, m.bottom, m.top, MASSING_ON_FLOOR_ALPHA, { top: false, bottom: false })
    else buf.prism(m.footprint, m.bottom, m.top, MASSING_ALPHA, { top: true, bottom: false })
  }
  return buf.geometry(true)
}

/** The top of a faint level's slab, above its floor height: where its zones are tinted and it is clicked. */
export const SLAB_TOP = SLAB_THICKNESS / 2

/** One faint level in one mesh: a thin slab of the building's outline and its zones' footprints in their theme colours. */
export function faintLevelGeometry(footprint: Polygon, zones: readonly Zone[], y: number): BufferGeometry {
  const buf = new Buffers().colour(SLAB_COLOR)
  buf.prism(footprint, y - SLAB_TOP, y + SLAB_TOP, SLAB_ALPHA, { top: true, bottom: true })
  for (const z of zones) buf.colour(zonePalette(z.color).theme).flat(z.footprint, y + SLAB_TOP + 0.05, FAINT_ZONE_ALPHA)
  return buf.geometry(true)
}

/** The connectors' runs between stops as lines, coloured by kind. */
export function connectorGeometry(segments: readonly ConnectorSegment[]): BufferGeometry {
  const buf = new Buffers()
  for (const s of segments) {
    buf.colour(CONNECTOR_COLORS[s.kind])
    buf.vertex(...s.from, 1)
    buf.vertex(...s.to, 1)
  }
  return buf.geometry(false)
}
