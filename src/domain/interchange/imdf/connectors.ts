/**
 * Stairs, escalators, lifts and ramps between the levels of an IMDF archive. From its
 * `relationship` features when it has vertical ones (they say which features a connector joins
 * and which way an escalator runs); otherwise lift, escalator, stairs and ramp units and
 * amenities of one building standing within NEAR_M of each other in plan on different levels
 * are one connector. The units and amenities used become connector stops, not service points.
 */
import type { Point2 } from '../../geometry/types.ts'
import type { LocalizedText } from '../../i18n/text.ts'
import { connectorEdges, reach } from '../../scene/levelCheck.ts'
import { STEP_FREE_CONNECTORS } from '../../scene/connectorKinds.ts'
import type { Connector, ConnectorKind, Level } from '../../scene/schema.ts'
import { kebabId, type IdAllocator } from '../ids.ts'
import type { Feature } from './geojson.ts'

/** How far apart in plan one shaft's stops may be on different levels (display points drift). */
export const NEAR_M = 3

/** A place on a level a connector can stop at: a unit's display point, an amenity, an opening's middle. */
export interface Place {
  levelId: string
  buildingId: string
  ordinal: number
  position: Point2
  name: LocalizedText | null
}

export interface Candidate extends Place {
  /** The IMDF feature it comes from. */
  source: string
  kind: ConnectorKind
}

export interface Found {
  connectors: Connector[]
  /** IMDF feature ids that became connector stops. */
  used: Set<string>
  /** Relationship features imported. */
  relationships: number
  warnings: string[]
}

const RELATIONSHIP_KIND: Record<string, ConnectorKind> = { elevator: 'lift', escalator: 'escalator', stairs: 'stairs', ramp: 'ramp' }
/** Seconds per storey: a lift's ride (its wait is the scene's default), a flight at a walk, a 1:12 ramp. */
const SECONDS_PER_STOREY: Record<ConnectorKind, number> = { lift: 10, escalator: 30, stairs: 30, ramp: 60 }
const NAMES: Record<ConnectorKind, [string, string]> = { lift: ['Lift', '电梯'], escalator: ['Escalator', '扶梯'], stairs: ['Stairs', '楼梯'], ramp: ['Ramp', '坡道'] }

/** Unit and amenity categories that are vertical circulation. */
export function connectorKindOf(category: string): ConnectorKind | null {
  const base = category.toLowerCase().split('.')[0]!
  if (base === 'elevator') return 'lift'
  if (base === 'escalator') return 'escalator'
  if (base === 'stairs' || base === 'steps') return 'stairs'
  if (base === 'ramp') return 'ramp'
  return null
}

export function hasVerticalRelationships(relationships: readonly Feature[]): boolean {
  return relationships.some((r) => typeof r.properties.category === 'string' && r.properties.category in RELATIONSHIP_KIND)
}

interface Ref {
  id: string
  featureType: string
}

function ref(v: unknown): Ref | null {
  const o = v as { id?: unknown; feature_type?: unknown } | null
  return o && typeof o === 'object' && o.id !== undefined && o.id !== null ? { id: String(o.id), featureType: typeof o.feature_type === 'string' ? o.feature_type : '' } : null
}

export function connectorsFromRelationships(relationships: readonly Feature[], resolve: (r: Ref) => Place | null, ids: IdAllocator): Found {
  const out: Found = { connectors: [], used: new Set(), relationships: 0, warnings: [] }
  const counter = new Map<ConnectorKind, number>()
  for (const r of relationships) {
    const kind = RELATIONSHIP_KIND[String(r.properties.category)]
    if (!kind) continue
    const refs = [ref(r.properties.origin), ...(Array.isArray(r.properties.intermediary) ? r.properties.intermediary.map(ref) : []), ref(r.properties.destination)].filter((x): x is Ref => x !== null)
    const places = refs.map((x) => ({ ref: x, place: resolve(x) }))
    const missing = places.filter((p) => !p.place).map((p) => `${p.ref.featureType || 'feature'} "${p.ref.id}"`)
    if (missing.length) out.warnings.push(`relationship "${String(r.id)}" (${kind}) names ${missing.join(', ')}, not found on an imported level; left out`)
    const stops = distinctLevels(places.flatMap((p) => (p.place ? [p.place] : [])))
    if (stops.length < 2) {
      out.warnings.push(`relationship "${String(r.id)}" (${kind}) joins fewer than 2 levels; left out`)
      continue
    }
    for (const p of places) out.used.add(p.ref.id)
    out.relationships++
    const directed = r.properties.direction === 'directed'
    if (kind === 'escalator' && !directed) out.warnings.push(`escalator relationship "${String(r.id)}" is undirected; imported running up (edit "direction" in venue.json if it runs down)`)
    // A directed escalator runs from origin to destination; stops stay in that order.
    out.connectors.push(...make(kind, directed ? stops : [...stops].sort((a, b) => a.ordinal - b.ordinal), ids, counter, out.warnings))
  }
  return out
}

/** Candidates of one kind and building on different levels within NEAR_M in plan: one connector each group. */
export function connectorsByPlace(candidates: readonly Candidate[], ids: IdAllocator): Found {
  const out: Found = { connectors: [], used: new Set(), relationships: 0, warnings: [] }
  const counter = new Map<ConnectorKind, number>()
  const taken = new Set<Candidate>()
  const sorted = [...candidates].sort((a, b) => a.ordinal - b.ordinal)
  for (const c of sorted) {
    if (taken.has(c)) continue
    const group = [c]
    const members = [c]
    taken.add(c)
    for (const d of sorted) {
      if (taken.has(d) || d.kind !== c.kind || d.buildingId !== c.buildingId) continue
      if (!group.some((g) => Math.hypot(g.position[0] - d.position[0], g.position[1] - d.position[1]) <= NEAR_M)) continue
      // The same shaft drawn twice on one level (a unit and its amenity) is one stop.
      if (!group.some((g) => g.levelId === d.levelId)) group.push(d)
      members.push(d)
      taken.add(d)
    }
    const stops = distinctLevels(group)
    if (stops.length < 2) continue
    for (const m of members) out.used.add(m.source)
    if (c.kind === 'escalator') out.warnings.push(`escalator at [${c.position.join(', ')}] has no IMDF relationship to say which way it runs; imported running up (edit "direction" in venue.json)`)
    out.connectors.push(...make(c.kind, stops, ids, counter, out.warnings))
  }
  return out
}

/** Candidates standing at a stop of a connector of their kind (a lift amenity in a lift unit joined by a relationship). */
export function atStops(candidates: readonly Candidate[], connectors: readonly Connector[]): string[] {
  return candidates
    .filter((c) => connectors.some((k) => k.kind === c.kind && k.stops.some((s) => s.levelId === c.levelId && Math.hypot(s.position[0] - c.position[0], s.position[1] - c.position[1]) <= NEAR_M)))
    .map((c) => c.source)
}

function distinctLevels<T extends Place>(places: readonly T[]): T[] {
  const seen = new Set<string>()
  return places.filter((p) => !seen.has(p.levelId) && seen.add(p.levelId))
}

/** One connector, or for an escalator (two stops each) one per pair of consecutive stops. */
function make(kind: ConnectorKind, stops: readonly Place[], ids: IdAllocator, counter: Map<ConnectorKind, number>, warnings: string[]): Connector[] {
  const runs = kind === 'escalator' ? stops.slice(1).map((s, i) => [stops[i]!, s]) : [stops]
  return runs.map((run) => {
    const n = (counter.get(kind) ?? 0) + 1
    counter.set(kind, n)
    const named = run.find((s) => s.name)?.name
    const name = named ?? { en: `${NAMES[kind][0]} ${n}`, zh: `${n} 号${NAMES[kind][1]}` }
    const gap = Math.max(...run.slice(1).map((s, i) => Math.abs(s.ordinal - run[i]!.ordinal)))
    const connector: Connector = {
      id: ids.fresh(kebabId(named ? name.en : `${NAMES[kind][0]} ${n}`) ?? kind),
      kind,
      name,
      stops: run.map((s) => ({ levelId: s.levelId, position: [s.position[0], s.position[1]] })),
      seconds: SECONDS_PER_STOREY[kind] * Math.max(1, gap),
    }
    if (kind === 'escalator') connector.direction = run[0]!.ordinal <= run[1]!.ordinal ? 'up' : 'down'
    if (kind === 'escalator' && run[0]!.ordinal === run[1]!.ordinal) warnings.push(`escalator "${connector.id}" joins two levels of the same ordinal`)
    return connector
  })
}

/**
 * Levels the connectors leave cut off from the first level (either way), by any connector and
 * without steps: the validator's levels-reachable rules, asked before a scene is made so the
 * import can name the levels. Ground levels of several buildings are one floor, walked outside.
 */
export function unjoinedLevels(levels: readonly Level[], buildings: number, connectors: readonly Connector[]): { levels: Level[]; stepFree: boolean }[] {
  const out: { levels: Level[]; stepFree: boolean }[] = []
  for (const stepFree of [false, true]) {
    const edges = connectorEdges(stepFree ? connectors.filter((c) => STEP_FREE_CONNECTORS.includes(c.kind)) : connectors, levels)
    const link = (a: string, b: string): void => {
      if (!edges.has(a)) edges.set(a, new Set())
      edges.get(a)!.add(b)
    }
    const ground = buildings > 1 ? levels.filter((l) => l.ordinal === 0) : []
    for (const a of ground) for (const b of ground) if (a !== b) link(a.id, b.id)
    const first = levels[0]!.id
    const forward = reach(first, edges, false)
    const back = reach(first, edges, true)
    const cut = levels.filter((l) => !forward.has(l.id) || !back.has(l.id))
    if (cut.length) {
      out.push({ levels: cut, stepFree })
      break
    }
  }
  return out
}
