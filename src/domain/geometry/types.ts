/** A point on the floor: [x, z] in metres, y is up. */
export type Point2 = readonly [number, number]
/** A floor polygon of [x, z] points, no repeated closing point. */
export type Polygon = readonly Point2[]

export interface Box2 {
  minX: number
  minZ: number
  maxX: number
  maxZ: number
}
