/**
 * Routes across levels: one walkable network per floor, joined by connectors with their costs —
 * a lift's wait and ride, an escalator's ride in the one direction it runs, the stairs' climb.
 * A Dijkstra over the start, the goal and every connector stop; the walk between two stops on
 * one floor is a search on that floor's network, made only for the few nearest stops.
 */
import type { Point2 } from '../geometry/types.ts'
import { escalatorRuns, levelOrdinals } from '../scene/levelCheck.ts'
import { floorIndex, floorKeys } from '../scene/floors.ts'
import { floorKey } from '../scene/levels.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { STEP_FREE_CONNECTORS } from '../scene/connectorKinds.ts'
import type { Connector } from '../scene/schema.ts'
import type { Steps } from '../steps.ts'
import { cachedNetwork, locate, networkFor, networkForSteps, type Located, type WalkNetwork } from './network.ts'
import { findPath } from './search.ts'
import type { Endpoint } from './targets.ts'

/** Seconds a visitor waits for a lift car when the scene does not say. */
export const DEFAULT_LIFT_WAIT_S = 30
/** Stops considered from each node besides the goal: the nearest by straight line. */
const NEAREST_STOPS = 4

export interface FloorWalk {
  levelId: string
  points: Point2[]
  lengthM: number
}

export interface ConnectorRide {
  connector: Connector
  fromLevelId: string
  toLevelId: string
  fromAt: Point2
  toAt: Point2
  seconds: number
}

export interface LevelPath {
  walks: FloorWalk[]
  /** rides[i] joins walks[i] and walks[i + 1]. */
  rides: ConnectorRide[]
}

interface Node {
  levelId: string
  floor: string
  at: Located
  /** The connector and stop index, for stops; null for the start and the goal. */
  stop: { connector: Connector; index: number } | null
}

/** Builds the network of every floor in turn (each cached as it completes); returns the first floor's. */
export function* floorNetworksSteps(index: SceneIndex): Steps<WalkNetwork> {
  const [first, ...rest] = floorKeys(index.scene.venue)
  const net = yield* networkForSteps(floorIndex(index, first!))
  for (const levelId of rest) yield* networkForSteps(floorIndex(index, levelId))
  return net
}

/** True once every floor's network is built: routes then answer at once. */
export function floorNetworksReady(index: SceneIndex): boolean {
  return floorKeys(index.scene.venue).every((levelId) => cachedNetwork(floorIndex(index, levelId)) !== null)
}

/** The network of the floor a level is on. */
export function floorNetwork(index: SceneIndex, levelId: string): WalkNetwork {
  return networkFor(floorIndex(index, levelId))
}

/**
 * The cheapest way from `from` (on `fromLevel`) to `to` (on `toLevel`) through connectors, in
 * seconds at `speed` metres per second; null when none (or none step-free) exists.
 */
export function levelPath(
  index: SceneIndex,
  from: Endpoint,
  fromLevel: string,
  to: Endpoint,
  toLevel: string,
  accessible: boolean,
  speed: number,
): LevelPath | null {
  const venue = index.scene.venue
  const ordinal = levelOrdinals(venue.levels)
  const nodes: Node[] = [
    { levelId: fromLevel, floor: floorKey(venue, fromLevel), at: from.spots[0]!, stop: null },
    { levelId: toLevel, floor: floorKey(venue, toLevel), at: to.spots[0]!, stop: null },
  ]
  const GOAL = 1
  for (const c of venue.connectors) {
    if (accessible && !STEP_FREE_CONNECTORS.includes(c.kind)) continue
    c.stops.forEach((s, i) => {
      const at = locate(floorNetwork(index, s.levelId), s.position, accessible, 8)
      if (at) nodes.push({ levelId: s.levelId, floor: floorKey(venue, s.levelId), at, stop: { connector: c, index: i } })
    })
  }

  const cost = new Float64Array(nodes.length).fill(Infinity)
  const prev = new Int32Array(nodes.length).fill(-1)
  const walkTo = new Map<number, FloorWalk>()
  const done = new Uint8Array(nodes.length)
  cost[0] = 0
  for (;;) {
    let u = -1
    for (let i = 0; i < nodes.length; i++) if (!done[i] && cost[i]! < Infinity && (u < 0 || cost[i]! < cost[u]!)) u = i
    if (u < 0) return null
    if (u === GOAL) break
    done[u] = 1
    const here = nodes[u]!
    const relax = (v: number, c: number, walk: FloorWalk | null): void => {
      if (cost[u]! + c < cost[v]!) {
        cost[v] = cost[u]! + c
        prev[v] = u
        if (walk) walkTo.set(v, walk)
        else walkTo.delete(v)
      }
    }
    // Ride: to the connector's other stops it may go to.
    if (here.stop) {
      const { connector: c, index: i } = here.stop
      nodes.forEach((n, v) => {
        if (done[v] || n.stop?.connector !== c || n.stop.index === i) return
        if (c.kind === 'escalator' && escalatorRuns(c, ordinal)[0] !== here.levelId) return
        const seconds = rideSeconds(c, Math.abs(n.stop.index - i))
        relax(v, seconds, null)
      })
    }
    // Walk: on this floor, to the goal and the nearest stops (not back onto this connector).
    const net = floorNetwork(index, here.levelId)
    const targets: number[] = []
    if (nodes[GOAL]!.floor === here.floor) targets.push(GOAL)
    const near = nodes
      .map((n, v) => ({ n, v, d: Math.hypot(n.at.point[0] - here.at.point[0], n.at.point[1] - here.at.point[1]) }))
      .filter(({ n, v }) => !done[v] && v !== GOAL && n.floor === here.floor && n.stop && n.stop.connector !== here.stop?.connector)
      .sort((a, b) => a.d - b.d)
      .slice(0, NEAREST_STOPS)
    for (const { v } of near) targets.push(v)
    for (const v of targets) {
      if (done[v]) continue
      const goals = v === GOAL ? to.spots : [nodes[v]!.at]
      const starts = u === 0 ? from.spots : [here.at]
      const p = findPath(net, starts, goals, accessible)
      if (!p) continue
      relax(v, p.lengthM / speed, { levelId: here.levelId, points: p.points, lengthM: p.lengthM })
    }
  }

  // Back from the goal: walks and rides alternate.
  const chain: number[] = []
  for (let v = GOAL; v >= 0; v = prev[v]!) chain.unshift(v)
  const walks: FloorWalk[] = []
  const rides: ConnectorRide[] = []
  for (let k = 1; k < chain.length; k++) {
    const a = nodes[chain[k - 1]!]!
    const b = nodes[chain[k]!]!
    const walk = walkTo.get(chain[k]!)
    if (walk) walks.push(walk)
    else if (a.stop && b.stop) {
      if (walks.length === rides.length) walks.push({ levelId: a.levelId, points: [a.at.point], lengthM: 0 })
      rides.push({
        connector: a.stop.connector,
        fromLevelId: a.levelId,
        toLevelId: b.levelId,
        fromAt: a.at.point,
        toAt: b.at.point,
        seconds: rideSeconds(a.stop.connector, Math.abs(b.stop.index - a.stop.index)),
      })
    }
  }
  // A ride straight to the goal's own spot still ends with a (zero-length) walk on that floor.
  if (walks.length === rides.length) walks.push({ levelId: toLevel, points: [nodes[GOAL]!.at.point], lengthM: 0 })
  return { walks, rides }
}

/** Seconds to ride `hops` stops of a connector, a lift's wait included. */
export function rideSeconds(c: Connector, hops: number): number {
  const wait = c.kind === 'lift' ? (c.waitSeconds ?? DEFAULT_LIFT_WAIT_S) : 0
  return wait + c.seconds * hops
}
