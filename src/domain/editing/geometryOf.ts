/** Where a plan item is: its footprint, or for a point (service point, kiosk) a small box. */
import type { Box2, Point2, Polygon } from '../geometry/types.ts'
import type { AnyItem } from './doc.ts'
import { bbox, pointBox, rotate, rotatePoint, translate, round } from './shapes.ts'

export function footprintOf(item: AnyItem): Polygon | null {
  return 'footprint' in item && Array.isArray(item.footprint) ? item.footprint : null
}

export function positionOf(item: AnyItem): Point2 | null {
  return 'position' in item && Array.isArray(item.position) ? item.position : null
}

export function boxOf(item: AnyItem): Box2 | null {
  const fp = footprintOf(item)
  if (fp && fp.length) return bbox(fp)
  const p = positionOf(item)
  return p ? pointBox(p) : null
}

export function moved<T extends AnyItem>(item: T, dx: number, dz: number): T {
  const fp = footprintOf(item)
  if (fp) return { ...item, footprint: translate(fp, dx, dz) }
  const p = positionOf(item)
  if (p) return { ...item, position: [round(p[0] + dx), round(p[1] + dz)] }
  return item
}

export function turned<T extends AnyItem>(item: T, deg: number, about?: Point2): T {
  const fp = footprintOf(item)
  if (fp) return { ...item, footprint: rotate(fp, deg, about) }
  const p = positionOf(item)
  if (!p) return item
  const next: T = { ...item, position: about ? rotatePoint(p, deg, about) : p }
  if ('heading' in item && typeof item.heading === 'number') {
    return { ...next, heading: round((((item.heading + deg) % 360) + 360) % 360) }
  }
  return next
}
