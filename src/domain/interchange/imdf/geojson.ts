/**
 * The GeoJSON (RFC 7946) shapes IMDF uses, and reading real-world geometry robustly: Polygon or
 * MultiPolygon, holes, 3D positions, open or closed rings.
 */
export type Position = number[]
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }

export interface Feature {
  type: 'Feature'
  id: string
  feature_type: string
  geometry: Geometry | null
  properties: Record<string, unknown>
}

export interface FeatureCollection {
  type: 'FeatureCollection'
  name?: string
  features: Feature[]
}

/** A closed ring, counter-clockwise in lon/lat (RFC 7946 right-hand rule for an exterior ring). */
export function exteriorRing(points: readonly [number, number][]): Position[] {
  const ring: Position[] = points.map((p) => [p[0], p[1]])
  if (shoelace(points) < 0) ring.reverse()
  ring.push([...ring[0]!])
  return ring
}

/** Twice the signed area in the usual maths orientation (x right, y up): positive when counter-clockwise. */
export function shoelace(points: readonly (readonly [number, number])[]): number {
  let s = 0
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) s += (points[j]![0] - points[i]![0]) * (points[j]![1] + points[i]![1])
  return s
}

export interface OuterRing {
  /** The outer ring of the largest part, [lon, lat] only, without the closing point. */
  ring: [number, number][]
  holes: number
  extraParts: number
}

function openRing(r: unknown): [number, number][] | null {
  if (!Array.isArray(r)) return null
  const pts: [number, number][] = []
  for (const p of r) {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null
    pts.push([p[0], p[1]])
  }
  if (pts.length > 1 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1]) pts.pop()
  return pts.length >= 3 ? pts : null
}

/** The outline a scene footprint can hold (one simple polygon), from a Polygon or MultiPolygon. */
export function outerRing(geometry: unknown): OuterRing | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null
  if (!g || typeof g !== 'object') return null
  const polys: unknown[][] =
    g.type === 'Polygon' && Array.isArray(g.coordinates) ? [g.coordinates] : g.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? (g.coordinates as unknown[][]) : []
  let best: { ring: [number, number][]; area: number; holes: number } | null = null
  let parts = 0
  for (const poly of polys) {
    if (!Array.isArray(poly)) continue
    const ring = openRing(poly[0])
    if (!ring) continue
    parts++
    const a = Math.abs(shoelace(ring))
    if (!best || a > best.area) best = { ring, area: a, holes: poly.length - 1 }
  }
  return best ? { ring: best.ring, holes: best.holes, extraParts: parts - 1 } : null
}

export function pointOf(geometry: unknown): [number, number] | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null
  if (!g || g.type !== 'Point' || !Array.isArray(g.coordinates)) return null
  const [x, y] = g.coordinates as unknown[]
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null
}

export function lineOf(geometry: unknown): [number, number][] | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null
  if (!g || g.type !== 'LineString' || !Array.isArray(g.coordinates)) return null
  const pts: [number, number][] = []
  for (const p of g.coordinates as unknown[]) {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return null
    pts.push([p[0], p[1]])
  }
  return pts.length >= 2 ? pts : null
}
