/**
 * Routes between places (docs/contract.md `from=` / `to=`, `venueTwin.route()`): the shortest walkable
 * path, its length, walking time and bilingual steps. Pure: scene index in, plain data out; the
 * walkable network is built on first use and cached per scene.
 */
import type { Point2 } from '../geometry/types.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { floorIndex } from '../scene/floors.ts'
import { defaultLevelId, floorKey, levelById, levelOfPlace } from '../scene/levels.ts'
import type { Connector, Poi, Venue } from '../scene/schema.ts'
import { routeText } from '../i18n/messages/routeSteps.ts'
import type { LocalizedText } from '../i18n/text.ts'
import { describeRoute, type RouteStep } from './directions.ts'
import { floorNetwork, levelPath, type LevelPath } from './levelRoute.ts'
import { locate } from './network.ts'
import { findPath } from './search.ts'
import { endpointFor, type Endpoint, type Place, type PlaceKind } from './targets.ts'

/** Walking pace for the time estimate: an unhurried visitor in a busy hall. */
export const WALKING_SPEED_MPS = 1.2

export interface RouteOptions {
  /** Avoid floor marked as steps (`walkways.steps`). */
  accessible?: boolean
}

export interface RouteLeg {
  levelId: string
  points: Point2[]
}

export interface Route {
  from: string
  to: string
  accessible: boolean
  fromName: LocalizedText
  toName: LocalizedText
  toKind: PlaceKind
  /** The whole walk, [x, z] metres, start first (every level's part in turn). */
  points: Point2[]
  /** The walk on each level it crosses, in order; one leg when it stays on one level. */
  legs: RouteLeg[]
  /** Whole metres. */
  lengthM: number
  /** Whole minutes at WALKING_SPEED_MPS plus the connectors' rides and waits, at least 1. */
  minutes: number
  steps: RouteStep[]
}

export function walkingMinutes(lengthM: number): number {
  return Math.max(1, Math.round(lengthM / WALKING_SPEED_MPS / 60))
}

/** The route between two ids, or null when an id is unknown or no walkable path joins them. */
export function route(index: SceneIndex, fromId: string, toId: string, options: RouteOptions = {}): Route | null {
  const accessible = options.accessible ?? false
  const venue = index.scene.venue
  const fromLevel = levelOfPlace(index, fromId) ?? defaultLevelId(venue)
  const toLevel = levelOfPlace(index, toId) ?? defaultLevelId(venue)
  const fromNet = floorNetwork(index, fromLevel)
  const toNet = floorNetwork(index, toLevel)
  const from = endpointFor(index, fromNet, fromId, accessible)
  const to = endpointFor(index, toNet, toId, accessible)
  if (!from || !to || !from.spots.length || !to.spots.length) return null
  const sameFloor = floorKey(venue, fromLevel) === floorKey(venue, toLevel)
  const path = sameFloor ? findPath(fromNet, from.spots, to.spots, accessible) : null
  if (path) {
    const points = [...path.points]
    if (from.outside) points.unshift(from.outside)
    if (to.outside) points.push(to.outside)
    const length = polyLength(points)
    const steps = describeRoute(floorIndex(index, fromLevel), points, from, to).map((s) => ({ ...s, levelId: fromLevel }))
    return {
      from: fromId,
      to: toId,
      accessible,
      fromName: from.name,
      toName: to.name,
      toKind: to.kind,
      points,
      legs: [{ levelId: fromLevel, points }],
      lengthM: Math.round(length),
      minutes: walkingMinutes(length),
      steps,
    }
  }
  if (venue.levels.length === 1) return null
  const found = levelPath(index, from, fromLevel, to, toLevel, accessible, WALKING_SPEED_MPS)
  return found ? crossLevelRoute(index, found, from, to, accessible) : null
}

function crossLevelRoute(index: SceneIndex, found: LevelPath, from: Endpoint, to: Endpoint, accessible: boolean): Route {
  const { walks, rides } = found
  const legs: RouteLeg[] = walks.map((w) => ({ levelId: w.levelId, points: [...w.points] }))
  if (from.outside) legs[0]!.points.unshift(from.outside)
  if (to.outside) legs[legs.length - 1]!.points.push(to.outside)
  const venue = index.scene.venue
  const levelName = (id: string): LocalizedText => levelById(venue, id)?.name ?? { en: id, zh: id }
  const steps: RouteStep[] = []
  let walked = 0
  legs.forEach((leg, i) => {
    walked += polyLength(leg.points)
    const ride = rides[i]
    const before = i > 0 ? rides[i - 1]! : null
    const legFrom: Place = before ? connectorPlace(before.connector, before.toAt) : from
    const legTo: Place = ride ? connectorPlace(ride.connector, ride.fromAt) : to
    let legSteps = describeRoute(floorIndex(index, leg.levelId), leg.points, legFrom, legTo, before ? levelName(leg.levelId) : undefined)
    // The walk to a connector ends at it: its step says what to do there, not "arrive".
    if (ride) legSteps = legSteps.filter((s) => s.kind !== 'arrive')
    steps.push(...legSteps.map((s) => ({ ...s, levelId: leg.levelId })))
    if (!ride) return
    const up = ordinalOf(venue, ride.toLevelId) > ordinalOf(venue, ride.fromLevelId)
    const c = ride.connector
    steps.push({
      kind: 'connector',
      text: both((l) =>
        routeText(l, up ? 'route.step.connectorUp' : 'route.step.connectorDown', {
          name: c.name[l],
          kind: routeText(l, `route.connector.${c.kind}`),
          level: levelName(ride.toLevelId)[l],
        }),
      ),
      distanceM: 0,
      at: ride.fromAt,
      landmarkId: c.id,
      levelId: ride.fromLevelId,
      connector: { id: c.id, kind: c.kind, toLevelId: ride.toLevelId, up },
    })
  })
  const rideSeconds = rides.reduce((sum, r) => sum + r.seconds, 0)
  return {
    from: from.id,
    to: to.id,
    accessible,
    fromName: from.name,
    toName: to.name,
    toKind: to.kind,
    points: legs.flatMap((l) => l.points),
    legs,
    lengthM: Math.round(walked),
    minutes: Math.max(1, Math.round((walked / WALKING_SPEED_MPS + rideSeconds) / 60)),
    steps,
  }
}

function connectorPlace(c: Connector, at: Point2): Place {
  return { id: c.id, kind: 'poi', placeId: c.id, name: c.name, anchor: at }
}

function ordinalOf(venue: Venue, levelId: string): number {
  return levelById(venue, levelId)?.ordinal ?? 0
}

function both(f: (lang: 'en' | 'zh') => string): LocalizedText {
  return { en: f('en'), zh: f('zh') }
}

/**
 * The walk between two floor points (walk mode: "go where I clicked"). Each point moves to the
 * nearest walkable floor within `maxMove` metres; null when either has none or they do not connect.
 */
export function routeBetweenPoints(
  index: SceneIndex,
  a: Point2,
  b: Point2,
  options: RouteOptions & { maxMove?: number; levelId?: string } = {},
): { points: Point2[]; lengthM: number } | null {
  const accessible = options.accessible ?? false
  const net = floorNetwork(index, options.levelId ?? defaultLevelId(index.scene.venue))
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
