/** What is under a point of the plan: the smallest, most specific thing wins. */
import { PLAN_COLLECTIONS, items, type EditorDoc, type PlanCollection } from '../domain/editing/doc.ts'
import { containsPoint } from '../domain/geometry/polygon.ts'
import type { Box2, Point2 } from '../domain/geometry/types.ts'
import { boxOf, footprintOf, positionOf } from '../domain/editing/geometryOf.ts'
import { stopsOn } from '../domain/editing/levelView.ts'

const ORDER: readonly PlanCollection[] = ['kiosks', 'pois', 'booths', 'steps', 'closed', 'zones']

export function hitTest(doc: EditorDoc, p: Point2, radius: number): { coll: PlanCollection; id: string } | null {
  for (const coll of ORDER) {
    for (const it of items(doc, coll)) {
      const pos = positionOf(it)
      if (pos) {
        if (Math.hypot(pos[0] - p[0], pos[1] - p[1]) <= radius) return { coll, id: it.id }
        continue
      }
      const fp = footprintOf(it)
      if (fp && fp.length >= 3 && containsPoint(fp, p)) return { coll, id: it.id }
    }
  }
  return null
}

/** Items inside a box dragged on the plan; zones only when nothing smaller is inside. */
export function inBox(doc: EditorDoc, box: Box2): string[] {
  const hits: string[] = []
  let zones: string[] = []
  for (const coll of PLAN_COLLECTIONS) {
    for (const it of items(doc, coll)) {
      const b = boxOf(it)
      if (!b) continue
      if (b.minX >= box.minX && b.maxX <= box.maxX && b.minZ >= box.minZ && b.maxZ <= box.maxZ) {
        if (coll === 'zones') zones.push(it.id)
        else hits.push(it.id)
      }
    }
  }
  if (hits.length) zones = []
  return [...hits, ...zones]
}

/** A connector's stop on the shown level under a point: drawn on top of everything, so picked first. */
export function connectorAt(doc: EditorDoc, levelId: string | null, p: Point2, radius: number): { coll: 'connectors'; id: string } | null {
  if (!levelId) return null
  for (const { connector, position } of stopsOn(doc, levelId)) {
    if (Math.hypot(position[0] - p[0], position[1] - p[1]) <= radius * 1.5) return { coll: 'connectors', id: connector.id }
  }
  return null
}
