/**
 * Routes between places (docs/contract.md `from=` / `to=`, `venueTwin.route()`): the shortest walkable
 * path, its length, walking time and bilingual steps. Pure: scene index in, plain data out; the
 * walkable network is built on first use and cached per scene.
 */
import type { Point2 } from '../geometry/types.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Poi } from '../scene/schema.ts'
import { describeRoute, type RouteStep } from './directions.ts'
import { locate, networkFor } from './network.ts'
import { findPath } from './search.ts'
import { endpointFor, type PlaceKind } from './targets.ts'
import type { LocalizedText } from '../i18n/text.ts'

/** Walking pace for the time estimate: an unhurried visitor in a busy hall. */
export const WALKING_SPEED_MPS = 1.2

export interface RouteOptions {
  /** Avoid floor marked as steps (`walkways.steps`). */
  accessible?: boolean
}

export interface Route {
  from: string
  to: string
  accessible: boolean
  fromName: LocalizedText
  toName: LocalizedText
  toKind: PlaceKind
  /** The walk on the floor, [x, z] metres, start first. */
  points: Point2[]
  /** Whole metres. */
  lengthM: number
  /** Whole minutes at WALKING_SPEED_MPS, at least 1. */
  minutes: number
  steps: RouteStep[]
}

export function walkingMinutes(lengthM: number): number {
  return Math.max(1, Math.round(lengthM / WALKING_SPEED_MPS / 60))
}

/** The route between two ids, or null when an id is unknown or no walkable path joins them. */
export function route(index: SceneIndex, fromId: string, toId: string, options: RouteOptions = {}): Route | null {
  const accessible = options.accessible ?? false
  const net = networkFor(index)
  const from = endpointFor(index, net, fromId, accessible)
  const to = endpointFor(index, net, toId, accessible)
  if (!from || !to || !from.spots.length || !to.spots.length) return null
  const path = findPath(net, from.spots, to.spots, accessible)
  if (!path) return null
  const points = [...path.points]
  if (from.outside) points.unshift(from.outside)
  if (to.outside) points.push(to.outside)
  const length = polyLength(points)
  return {
    from: fromId,
    to: toId,
    accessible,
    fromName: from.name,
    toName: to.name,
    toKind: to.kind,
    points,
    lengthM: Math.round(length),
    minutes: walkingMinutes(length),
    steps: describeRoute(index, points, from, to),
  }
}

/**
 * The walk between two floor points (walk mode: "go where I clicked"). Each point moves to the
 * nearest walkable floor within `maxMove` metres; null when either has none or they do not connect.
 */
export function routeBetweenPoints(
  index: SceneIndex,
  a: Point2,
  b: Point2,
  options: RouteOptions & { maxMove?: number } = {},
): { points: Point2[]; lengthM: number } | null {
  const accessible = options.accessible ?? false
  const net = networkFor(index)
  const s = locate(net, a, accessible, options.maxMove ?? 8)
  const g = locate(net, b, accessible, options.maxMove ?? 8)
  if (!s || !g) return null
  const path = findPath(net, [s], [g], accessible)
  return path ? { points: path.points, lengthM: path.lengthM } : null
}

/** The main entrance: the first entrance listed in venue.json. */
export function mainEntrance(index: SceneIndex): Poi | null {
  return index.scene.venue.pois.find((p) => p.kind === 'entrance') ?? null
}

/** Where directions start unless the visitor says otherwise: this kiosk, else the main entrance. */
export function defaultStartId(index: SceneIndex, kioskId: string | null): string | null {
  if (kioskId && index.kioskById.has(kioskId)) return kioskId
  return mainEntrance(index)?.id ?? index.scene.venue.kiosks[0]?.id ?? null
}

function polyLength(points: readonly Point2[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1])
  return sum
}
