/**
 * Whole-scene rules that a per-file schema cannot express. All problems are collected and
 * returned together so an author fixes a scene in one pass, not one error per run.
 */
import { comparableText } from '../i18n/textRules.ts'
import { area, bbox, boxesOverlap } from '../geometry/measure.ts'
import { allOnOneLine, containsPoint, polygonInside, polygonsOverlap, selfCrossing } from '../geometry/polygon.ts'
import type { Box2, Polygon } from '../geometry/types.ts'
import type { SceneIssue } from './issues.ts'
import { isCountryCode } from './countries.ts'
import { levelCheck } from './levelCheck.ts'
import type { Scene } from './schema.ts'
import { SCENE_CHECK_STEPS, WorkBudget } from './workBudget.ts'

const V = 'venue.json'
const E = 'exhibitors.json'
const S = 'sessions.json'

/** Smallest floor area a footprint may enclose, m² (one square centimetre: coordinates are authored to the centimetre). */
export const MIN_FOOTPRINT_AREA = 1e-4

/**
 * `budget` bounds the geometry work (see workBudget.ts): when it runs out the remaining shape
 * checks are skipped and the scene fails with `check-limit`.
 */
export function crossCheck(scene: Scene, budget = new WorkBudget(SCENE_CHECK_STEPS)): SceneIssue[] {
  const issues: SceneIssue[] = []
  const { venue, exhibitors, sessions, sectors } = scene
  /** `polygonInside`, charged to the budget (it compares every edge with every edge); true once the budget is gone. */
  const inside = (inner: Polygon, outer: Polygon): boolean => !budget.take(inner.length * outer.length) || polygonInside(inner, outer)

  // Every outline is a simple polygon that encloses some floor: self-crossing or flat shapes
  // make "inside" and "overlaps" meaningless and draw as garbage.
  const outlines: [string, Polygon][] = [
    ['$.hall.footprint', venue.hall.footprint],
    ...venue.buildings.map((b, i): [string, Polygon] => [`$.buildings[${i}].footprint`, b.footprint]),
    ...venue.zones.map((z, i): [string, Polygon] => [`$.zones[${i}].footprint`, z.footprint]),
    ...venue.booths.map((b, i): [string, Polygon] => [`$.booths[${i}].footprint`, b.footprint]),
    ...(venue.walkways?.closed ?? []).map((w, i): [string, Polygon] => [`$.walkways.closed[${i}].footprint`, w.footprint]),
    ...(venue.walkways?.steps ?? []).map((w, i): [string, Polygon] => [`$.walkways.steps[${i}].footprint`, w.footprint]),
  ]
  for (const [path, poly] of outlines) {
    // Points on one line fold back over themselves too; "no floor" is what the author needs to hear.
    const crossing = allOnOneLine(poly) ? null : selfCrossing(poly, budget)
    if (crossing === 'gave-up') break
    if (crossing) {
      const [e1, e2] = crossing
      issues.push({ file: V, path, rule: 'simple-polygon', message: `the outline crosses or touches itself: its edge from point ${e1} meets its edge from point ${e2} (list the points in order around the shape)`, value: `[${e1}] / [${e2}]` })
      continue
    }
    const a = area(poly)
    if (!(a >= MIN_FOOTPRINT_AREA)) issues.push({ file: V, path, rule: 'positive-area', message: `the outline encloses no floor (area ${a.toPrecision(3)} m²): are its points all on one line?`, value: a })
  }

  // Unique ids: one namespace across the venue, since any id can be a route end or a URL value.
  const seen = new Map<string, string>()
  const claim = (id: string, file: string, path: string): void => {
    const prior = seen.get(id)
    if (prior) issues.push({ file, path, rule: 'unique-id', message: `id "${id}" is already used at ${prior}`, value: id })
    else seen.set(id, `${file} ${path}`)
  }
  venue.buildings.forEach((b, i) => claim(b.id, V, `$.buildings[${i}].id`))
  venue.levels.forEach((l, i) => claim(l.id, V, `$.levels[${i}].id`))
  venue.connectors.forEach((c, i) => claim(c.id, V, `$.connectors[${i}].id`))
  venue.zones.forEach((z, i) => claim(z.id, V, `$.zones[${i}].id`))
  venue.booths.forEach((b, i) => claim(b.id, V, `$.booths[${i}].id`))
  venue.pois.forEach((p, i) => claim(p.id, V, `$.pois[${i}].id`))
  venue.kiosks.forEach((k, i) => claim(k.id, V, `$.kiosks[${i}].id`))
  venue.sensors?.forEach((p, i) => claim(p.id, V, `$.sensors[${i}].id`))
  exhibitors.forEach((e, i) => claim(e.id, E, `$.exhibitors[${i}].id`))
  sessions.forEach((s, i) => claim(s.id, S, `$.sessions[${i}].id`))
  const sectorIds = new Set<string>()
  sectors.forEach((s, i) => {
    if (sectorIds.has(s.id)) issues.push({ file: E, path: `$.sectors[${i}].id`, rule: 'unique-id', message: `sector "${s.id}" is listed twice`, value: s.id })
    sectorIds.add(s.id)
  })

  // Labels are compared as a visitor reads them: "A01" and "A01" with a zero-width space, or
  // composed and decomposed accents, are the same printed label.
  const labels = new Map<string, number>()
  venue.booths.forEach((b, i) => {
    const key = comparableText(b.label)
    const prior = labels.get(key)
    if (prior !== undefined)
      issues.push({ file: V, path: `$.booths[${i}].label`, rule: 'unique-booth-label', message: `booth label "${b.label}" is already printed on $.booths[${prior}] ("${venue.booths[prior]!.label}")`, value: b.label })
    else labels.set(key, i)
  })

  // Geometry: zones inside the hall, booths inside their zone, nothing overlapping on one level.
  const hall = venue.hall.footprint
  const zoneById = new Map(venue.zones.map((z) => [z.id, z]))
  venue.zones.forEach((z, i) => {
    if (!inside(z.footprint, hall))
      issues.push({ file: V, path: `$.zones[${i}].footprint`, rule: 'zone-inside-hall', message: `zone "${z.id}" reaches outside the hall footprint`, value: z.id })
  })
  for (const [i, j] of overlappingPairsByLevel(venue.zones, budget)) {
    issues.push({ file: V, path: `$.zones[${j}].footprint`, rule: 'zones-do-not-overlap', message: `zone "${venue.zones[j]!.id}" overlaps zone "${venue.zones[i]!.id}"`, value: venue.zones[j]!.id })
  }
  venue.booths.forEach((b, i) => {
    const zone = zoneById.get(b.zoneId)
    if (!zone) {
      issues.push({ file: V, path: `$.booths[${i}].zoneId`, rule: 'booth-zone-exists', message: `booth "${b.id}" names zone "${b.zoneId}", which does not exist`, value: b.zoneId })
      return
    }
    if (!inside(b.footprint, zone.footprint))
      issues.push({ file: V, path: `$.booths[${i}].footprint`, rule: 'booth-inside-zone', message: `booth "${b.id}" reaches outside its zone "${zone.id}"`, value: b.id })
  })
  for (const [i, j] of overlappingPairsByLevel(venue.booths, budget)) {
    const a = venue.booths[i]!
    const b = venue.booths[j]!
    issues.push({ file: V, path: `$.booths[${j}].footprint`, rule: 'booths-do-not-overlap', message: `booth "${b.id}" overlaps booth "${a.id}"`, value: b.id })
  }
  venue.pois.forEach((p, i) => {
    if (!containsPoint(hall, p.position) && !nearBoundary(p.position, hall))
      issues.push({ file: V, path: `$.pois[${i}].position`, rule: 'poi-inside-hall', message: `point "${p.id}" is outside the hall`, value: p.position })
  })
  venue.kiosks.forEach((k, i) => {
    if (!containsPoint(hall, k.position))
      issues.push({ file: V, path: `$.kiosks[${i}].position`, rule: 'kiosk-inside-hall', message: `kiosk "${k.id}" is outside the hall`, value: k.position })
  })
  venue.sensors?.forEach((p, i) => {
    if (!containsPoint(hall, p.position))
      issues.push({ file: V, path: `$.sensors[${i}].position`, rule: 'sensor-inside-hall', message: `sensor "${p.id}" is outside the hall`, value: p.position })
  })

  for (const issue of levelCheck(venue, budget)) issues.push(issue)
  if (budget.exhausted)
    issues.push({
      file: V,
      path: '$',
      rule: 'check-limit',
      message: `the shapes are too complex to check (over ${budget.limit.toLocaleString('en')} steps of edge and grid tests); some shape rules were not checked: use fewer points per footprint, or fix the problems reported first`,
    })

  const startOk = isRealCalendarDate(venue.dates.start)
  const endOk = isRealCalendarDate(venue.dates.end)
  if (!startOk) issues.push({ file: V, path: '$.dates.start', rule: 'real-date', message: 'the first day is not a real calendar date', value: venue.dates.start })
  if (!endOk) issues.push({ file: V, path: '$.dates.end', rule: 'real-date', message: 'the last day is not a real calendar date', value: venue.dates.end })
  if (startOk && endOk && venue.dates.end < venue.dates.start)
    issues.push({ file: V, path: '$.dates.end', rule: 'dates-ordered', message: 'the last day comes before the first', value: venue.dates.end })

  // Exhibitors.
  const boothIds = new Set(venue.booths.map((b) => b.id))
  exhibitors.forEach((e, i) => {
    e.boothIds.forEach((bid, j) => {
      if (!boothIds.has(bid))
        issues.push({ file: E, path: `$.exhibitors[${i}].boothIds[${j}]`, rule: 'exhibitor-booth-exists', message: `exhibitor "${e.id}" names booth "${bid}", which does not exist`, value: bid })
    })
    e.sectors.forEach((sid, j) => {
      if (!sectorIds.has(sid))
        issues.push({ file: E, path: `$.exhibitors[${i}].sectors[${j}]`, rule: 'exhibitor-sector-exists', message: `exhibitor "${e.id}" names sector "${sid}", which is not in $.sectors`, value: sid })
    })
    if (!isCountryCode(e.country))
      issues.push({ file: E, path: `$.exhibitors[${i}].country`, rule: 'country-iso-3166', message: `"${e.country}" is not an ISO 3166-1 alpha-2 country code`, value: e.country })
    if (e.website !== undefined && !isHttpUrl(e.website))
      issues.push({ file: E, path: `$.exhibitors[${i}].website`, rule: 'link-http', message: 'links must be absolute http(s) URLs', value: e.website })
  })

  // Sessions: a real place, a positive duration, within the event's days in the venue's zone.
  const locations = new Set([...venue.zones.map((z) => z.id), ...venue.booths.map((b) => b.id), ...venue.pois.map((p) => p.id), ...venue.kiosks.map((k) => k.id)])
  sessions.forEach((s, i) => {
    if (!locations.has(s.locationId))
      issues.push({ file: S, path: `$.sessions[${i}].locationId`, rule: 'session-location-exists', message: `session "${s.id}" is placed at "${s.locationId}", which is not a zone, booth, point or kiosk`, value: s.locationId })
    const t0 = isRealCalendarDate(s.start) ? Date.parse(s.start) : NaN
    const t1 = isRealCalendarDate(s.end) ? Date.parse(s.end) : NaN
    if (Number.isNaN(t0)) issues.push({ file: S, path: `$.sessions[${i}].start`, rule: 'session-time', message: 'start is not a real date and time', value: s.start })
    if (Number.isNaN(t1)) issues.push({ file: S, path: `$.sessions[${i}].end`, rule: 'session-time', message: 'end is not a real date and time', value: s.end })
    if (!Number.isNaN(t0) && !Number.isNaN(t1)) {
      if (t1 <= t0) issues.push({ file: S, path: `$.sessions[${i}].end`, rule: 'session-end-after-start', message: `session "${s.id}" ends before it starts`, value: s.end })
      const day0 = localDate(t0, venue.timezone)
      const day1 = localDate(t1 - 1, venue.timezone)
      if (startOk && endOk && (day0 < venue.dates.start || day1 > venue.dates.end))
        issues.push({ file: S, path: `$.sessions[${i}].start`, rule: 'session-within-dates', message: `session "${s.id}" falls outside ${venue.dates.start}…${venue.dates.end} (${venue.timezone})`, value: s.start })
    }
  })
  return issues
}

function nearBoundary(p: readonly [number, number], poly: readonly (readonly [number, number])[]): boolean {
  // Entrances sit in the wall line; allow them half a metre outside it.
  const b = bbox(poly)
  return p[0] >= b.minX - 0.5 && p[0] <= b.maxX + 0.5 && p[1] >= b.minZ - 0.5 && p[1] <= b.maxZ + 0.5
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

/** The YYYY-MM-DD at the start of `value` names a real day (Date.parse rolls 2023-02-30 over to 2 March). */
function isRealCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(0)
  t.setUTCFullYear(y, mo - 1, d)
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** The one corner of Temporal used here (not yet in every runtime, nor in TypeScript's default libs). */
interface TemporalInstants {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): { toPlainDate(): { toString(): string } } } }
}

/** One formatter per zone: constructing an Intl.DateTimeFormat costs far more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  // Temporal where the runtime has it (Chromium does): its first answer takes ~1 ms, where the
  // first zone formatter takes 15-40 ms to build (ICU locale data), and in the scene worker that
  // stood between the scene and the first view. Elsewhere (Node 20, older browsers) a formatter.
  const temporal = (globalThis as { Temporal?: TemporalInstants }).Temporal
  if (temporal) {
    try {
      return temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString()
    } catch {
      // A zone name this Temporal does not know (the schema accepted it): ask a formatter.
    }
  }
  let f = dayFormats.get(timeZone)
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })))
  return f.format(ms)
}

/** `overlappingPairs` among the items of each level, as indices into `items`. */
function overlappingPairsByLevel(items: readonly { levelId: string; footprint: Polygon }[], budget: WorkBudget): [number, number][] {
  const byLevel = new Map<string, number[]>()
  items.forEach((item, i) => {
    const list = byLevel.get(item.levelId)
    if (list) list.push(i)
    else byLevel.set(item.levelId, [i])
  })
  const out: [number, number][] = []
  for (const indices of byLevel.values()) {
    // More than a thousand overlaps are not listed (parseScene lists 1,000 problems at most).
    for (const [a, b] of overlappingPairs(indices.map((i) => items[i]!.footprint), budget, 1000)) out.push([indices[a]!, indices[b]!])
  }
  return out.sort((p, q) => p[1] - q[1] || p[0] - q[0])
}

/** Grid cells one shape may be filed under; a bigger shape is compared with every other by its box. */
const MAX_CELLS_PER_SHAPE = 64

/**
 * Pairs (i < j) of overlapping polygons, via a uniform grid so 70,000 booths stay fast. The
 * cell fits the shapes (at least 12 m, else twice the median shape's longer side), and a shape
 * spanning more than 64 cells is not filed in the grid but compared with every other shape by
 * its bounding box: a fixed 12 m grid walked 6 million cells for one 30 km zone (14 s) and for
 * ever for a 1e300 m one. Cells visited, boxes compared and edge pairs tested are charged to
 * `budget`; when it runs out (crossCheck then reports `check-limit`), or `maxPairs` are found,
 * the pairs found so far come back.
 */
export function overlappingPairs(polys: readonly Polygon[], budget = new WorkBudget(SCENE_CHECK_STEPS), maxPairs = Infinity): [number, number][] {
  const boxes: Box2[] = polys.map(bbox)
  const sides = boxes.map((b) => Math.max(b.maxX - b.minX, b.maxZ - b.minZ)).filter(Number.isFinite).sort((a, b) => a - b)
  const median = sides.length ? sides[Math.floor(sides.length / 2)]! : 0
  const cell = Math.max(12, 2 * median)
  const grid = new Map<string, number[]>()
  const large: number[] = []
  const pairs: [number, number][] = []
  const candidates = new Set<number>()
  const test = (j: number, i: number): boolean => {
    if (!budget.take(1)) return false
    if (boxesOverlap(boxes[j]!, boxes[i]!)) {
      if (!budget.take(polys[j]!.length * polys[i]!.length)) return false
      if (polygonsOverlap(polys[j]!, polys[i]!)) pairs.push([j, i])
    }
    return pairs.length < maxPairs
  }
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!
    candidates.clear()
    for (const j of large) candidates.add(j)
    const gx0 = Math.floor(b.minX / cell)
    const gx1 = Math.floor(b.maxX / cell)
    const gz0 = Math.floor(b.minZ / cell)
    const gz1 = Math.floor(b.maxZ / cell)
    const cells = (gx1 - gx0 + 1) * (gz1 - gz0 + 1)
    if (!(cells <= MAX_CELLS_PER_SHAPE)) {
      // Every shape filed so far, in the grid or not, is a candidate.
      for (let j = 0; j < i; j++) candidates.add(j)
      large.push(i)
    } else {
      if (!budget.take(cells)) return pairs
      for (let gx = gx0; gx <= gx1; gx++) {
        for (let gz = gz0; gz <= gz1; gz++) {
          const key = `${gx},${gz}`
          const list = grid.get(key)
          if (list) {
            for (const j of list) candidates.add(j)
            list.push(i)
          } else grid.set(key, [i])
        }
      }
    }
    if (!budget.take(candidates.size)) return pairs
    for (const j of candidates) if (!test(j, i)) return pairs
  }
  return pairs
}
