/**
 * The scene rules about buildings, levels and connectors: references exist, each thing lies
 * inside its level's building, connectors join real levels, and every level can be reached from
 * every other — by any connector, and without steps (lifts and ramps) — or the missing link is named.
 */
import { bbox } from '../geometry/measure.ts'
import { containsPoint, polygonInside as insideOf } from '../geometry/polygon.ts'
import type { Point2, Polygon } from '../geometry/types.ts'
import type { SceneIssue } from './issues.ts'
import { floorLevels } from './levels.ts'
import { STEP_FREE_CONNECTORS } from './connectorKinds.ts'
import type { Connector, Level, Venue } from './schema.ts'
import { SCENE_CHECK_STEPS, WorkBudget } from './workBudget.ts'

const V = 'venue.json'

export function levelCheck(venue: Venue, budget = new WorkBudget(SCENE_CHECK_STEPS)): SceneIssue[] {
  const issues: SceneIssue[] = []
  // Charged to the budget (every edge against every edge); true once it is spent (crossCheck reports that).
  const polygonInside = (inner: Polygon, outer: Polygon): boolean => !budget.take(inner.length * outer.length) || insideOf(inner, outer)
  const push = (path: string, rule: string, message: string, value: unknown): void => {
    issues.push({ file: V, path, rule, message, value })
  }
  const buildingById = new Map(venue.buildings.map((b) => [b.id, b]))
  const levelById = new Map(venue.levels.map((l) => [l.id, l]))

  venue.buildings.forEach((b, i) => {
    if (!polygonInside(b.footprint, venue.hall.footprint))
      push(`$.buildings[${i}].footprint`, 'building-inside-hall', `building "${b.id}" reaches outside the site ($.hall.footprint)`, b.id)
  })
  const ordinals = new Map<string, string>()
  venue.levels.forEach((l, i) => {
    if (!buildingById.has(l.buildingId))
      push(`$.levels[${i}].buildingId`, 'level-building-exists', `level "${l.id}" names building "${l.buildingId}", which does not exist`, l.buildingId)
    const key = `${l.buildingId}#${l.ordinal}`
    const prior = ordinals.get(key)
    if (prior) push(`$.levels[${i}].ordinal`, 'level-ordinal-unique', `level "${l.id}" has the same ordinal as "${prior}" in building "${l.buildingId}"`, l.ordinal)
    else ordinals.set(key, l.id)
  })

  /** The outline of a level (its building's), or null after reporting a dangling reference. */
  const outline = (levelId: string, path: string, what: string): Polygon | null => {
    const level = levelById.get(levelId)
    if (!level) {
      push(`${path}.levelId`, 'level-exists', `${what} names level "${levelId}", which does not exist`, levelId)
      return null
    }
    return buildingById.get(level.buildingId)?.footprint ?? null
  }
  // Something outside the site is reported by the site rules already (zone-inside-hall, …).
  const site = venue.hall.footprint
  const outside = (path: string, what: string, levelId: string, shape: Polygon | Point2): void => {
    const onSite = isPoint(shape) ? containsPoint(site, shape) : polygonInside(shape, site)
    if (onSite) push(path, 'inside-level', `${what} lies outside level "${levelId}" (its building's footprint)`, levelId)
  }

  venue.zones.forEach((z, i) => {
    const o = outline(z.levelId, `$.zones[${i}]`, `zone "${z.id}"`)
    if (o && !polygonInside(z.footprint, o)) outside(`$.zones[${i}].footprint`, `zone "${z.id}"`, z.levelId, z.footprint)
  })
  const zoneLevel = new Map(venue.zones.map((z) => [z.id, z.levelId]))
  venue.booths.forEach((b, i) => {
    if (!levelById.has(b.levelId)) {
      push(`$.booths[${i}].levelId`, 'level-exists', `booth "${b.id}" names level "${b.levelId}", which does not exist`, b.levelId)
      return
    }
    const zl = zoneLevel.get(b.zoneId)
    if (zl !== undefined && zl !== b.levelId)
      push(`$.booths[${i}].levelId`, 'booth-level-is-zone-level', `booth "${b.id}" is on level "${b.levelId}" but its zone "${b.zoneId}" is on "${zl}"`, b.levelId)
  })
  venue.pois.forEach((p, i) => {
    const o = outline(p.levelId, `$.pois[${i}]`, `point "${p.id}"`)
    // Entrances sit in the wall line: half a metre outside it is still the building.
    if (o && !containsPoint(o, p.position) && !nearBox(p.position, o, 0.5)) outside(`$.pois[${i}].position`, `point "${p.id}"`, p.levelId, p.position)
  })
  venue.kiosks.forEach((k, i) => {
    const o = outline(k.levelId, `$.kiosks[${i}]`, `kiosk "${k.id}"`)
    if (o && !containsPoint(o, k.position)) outside(`$.kiosks[${i}].position`, `kiosk "${k.id}"`, k.levelId, k.position)
  })
  venue.sensors?.forEach((p, i) => {
    const o = outline(p.levelId, `$.sensors[${i}]`, `sensor "${p.id}"`)
    if (o && !containsPoint(o, p.position)) outside(`$.sensors[${i}].position`, `sensor "${p.id}"`, p.levelId, p.position)
  })
  for (const key of ['closed', 'steps'] as const) {
    venue.walkways?.[key].forEach((w, i) => {
      const o = outline(w.levelId, `$.walkways.${key}[${i}]`, `walkway "${w.id}"`)
      if (o && !polygonInside(w.footprint, o)) outside(`$.walkways.${key}[${i}].footprint`, `walkway "${w.id}"`, w.levelId, w.footprint)
    })
  }

  venue.connectors.forEach((c, i) => {
    const seen = new Set<string>()
    c.stops.forEach((s, j) => {
      const o = outline(s.levelId, `$.connectors[${i}].stops[${j}]`, `connector "${c.id}"`)
      if (seen.has(s.levelId))
        push(`$.connectors[${i}].stops[${j}].levelId`, 'connector-levels-distinct', `connector "${c.id}" stops twice on level "${s.levelId}"`, s.levelId)
      seen.add(s.levelId)
      if (o && !containsPoint(o, s.position)) outside(`$.connectors[${i}].stops[${j}].position`, `connector "${c.id}"`, s.levelId, s.position)
    })
    if (c.kind === 'escalator') {
      if (c.stops.length !== 2) push(`$.connectors[${i}].stops`, 'escalator-two-stops', `escalator "${c.id}" joins exactly two levels`, c.stops.length)
      if (!c.direction) push(`$.connectors[${i}].direction`, 'escalator-direction', `escalator "${c.id}" says which way it runs: "up" or "down"`, c.direction)
    } else if (c.direction) {
      push(`$.connectors[${i}].direction`, 'escalator-direction', `only escalators run one way; ${c.kind} "${c.id}" cannot have a direction`, c.direction)
    }
  })

  if (venue.levels.length > 1 && issues.length === 0) {
    for (const issue of reachability(venue, false)) issues.push(issue)
    for (const issue of reachability(venue, true)) issues.push(issue)
  }
  return issues
}

/**
 * Every level reachable from the first and the first from every level (so every pair, both
 * ways). Each unreachable level is reported once, with the link that would fix it.
 */
function reachability(venue: Venue, stepFree: boolean): SceneIssue[] {
  const { levels, connectors } = venue
  const usable = connectors.filter((c) => !stepFree || STEP_FREE_CONNECTORS.includes(c.kind))
  const edges = connectorEdges(usable, levels)
  // Levels on one floor (the ground levels of a site with several buildings) are joined by
  // walking outside, step-free, as routing joins them.
  for (const l of levels)
    for (const other of floorLevels(venue, l.id))
      if (other.id !== l.id) {
        let set = edges.get(l.id)
        if (!set) edges.set(l.id, (set = new Set()))
        set.add(other.id)
      }
  const first = levels[0]!.id
  const forward = reach(first, edges, false)
  const backward = reach(first, edges, true)
  const rule = stepFree ? 'levels-reachable-step-free' : 'levels-reachable'
  const how = stepFree ? 'without steps (by lift or ramp)' : 'by any stairs, escalator, lift or ramp'
  const add = stepFree ? 'a lift or ramp' : 'a connector'
  const out: SceneIssue[] = []
  levels.forEach((l, i) => {
    if (l.id === first) return
    const to = forward.has(l.id)
    const back = backward.has(l.id)
    if (to && back) return
    const gap = !to && !back ? `to or from "${first}"` : !to ? `from "${first}"` : `back to "${first}"`
    out.push({
      file: V,
      path: `$.levels[${i}]`,
      rule,
      message: `level "${l.id}" cannot be reached ${gap} ${how}; add ${add} joining "${l.id}" and "${first}" (or a level joined to it)`,
      value: l.id,
    })
  })
  return out
}

/** Directed level → level links: escalators one way, everything else both ways. */
export function connectorEdges(connectors: readonly Connector[], levels: readonly Level[]): Map<string, Set<string>> {
  const ordinal = levelOrdinals(levels)
  const edges = new Map<string, Set<string>>()
  const link = (a: string, b: string): void => {
    let set = edges.get(a)
    if (!set) edges.set(a, (set = new Set()))
    set.add(b)
  }
  for (const c of connectors) {
    if (c.kind === 'escalator') {
      const [from, to] = escalatorRuns(c, ordinal)
      link(from, to)
      continue
    }
    for (let i = 0; i + 1 < c.stops.length; i++) {
      link(c.stops[i]!.levelId, c.stops[i + 1]!.levelId)
      link(c.stops[i + 1]!.levelId, c.stops[i]!.levelId)
    }
  }
  return edges
}

export function levelOrdinals(levels: readonly Level[]): (levelId: string) => number {
  const map = new Map(levels.map((l) => [l.id, l.ordinal]))
  return (id) => map.get(id) ?? 0
}

/** An escalator's [from, to] level ids: `up` runs from the lower ordinal to the higher. */
export function escalatorRuns(c: Connector, ordinal: (levelId: string) => number): [string, string] {
  const a = c.stops[0]!.levelId
  const b = c.stops[1]!.levelId
  const [low, high] = ordinal(a) <= ordinal(b) ? [a, b] : [b, a]
  return c.direction === 'down' ? [high, low] : [low, high]
}

/** Levels reachable from `start` along the edges (`reverse`: levels from which `start` is reached). */
export function reach(start: string, edges: Map<string, Set<string>>, reverse: boolean): Set<string> {
  const graph = reverse ? reversed(edges) : edges
  const seen = new Set([start])
  const stack = [start]
  while (stack.length) {
    for (const n of graph.get(stack.pop()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n)
        stack.push(n)
      }
    }
  }
  return seen
}

function reversed(edges: Map<string, Set<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [a, bs] of edges) {
    for (const b of bs) {
      let set = out.get(b)
      if (!set) out.set(b, (set = new Set()))
      set.add(a)
    }
  }
  return out
}

function isPoint(shape: Polygon | Point2): shape is Point2 {
  return typeof shape[0] === 'number'
}

function nearBox(p: Point2, poly: Polygon, margin: number): boolean {
  const b = bbox(poly)
  return p[0] >= b.minX - margin && p[0] <= b.maxX + margin && p[1] >= b.minZ - margin && p[1] <= b.maxZ + margin
}
