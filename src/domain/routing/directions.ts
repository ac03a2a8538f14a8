/**
 * Turn-by-turn directions from a route polyline, in both languages. Turns come from the angle
 * between walking directions (bends close together count as one), named after the nearest
 * landmark — a service point, a zone, else a booth — preferring the side the visitor turns to.
 *
 * Handedness: x grows east, z grows south (north = −z), so seen from above with north up,
 * cross(a, b) = a.x·b.z − a.z·b.x is positive when b points to the RIGHT of a.
 */
import { bbox } from '../geometry/measure.ts'
import { containsPoint } from '../geometry/polygon.ts'
import type { Point2 } from '../geometry/types.ts'
import { routeText, type RouteStepKey } from '../i18n/messages/routeSteps.ts'
import type { Lang, LocalizedText } from '../i18n/text.ts'
import { distanceToBoundary } from '../model/planGeometry.ts'
import { hallLayout, type MainAisle } from '../model/hallLayout.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { ConnectorKind } from '../scene/schema.ts'
import type { Place } from './targets.ts'

export type Side = 'left' | 'right'
export type TurnSize = 'slight' | 'normal' | 'sharp'

export interface RouteStep {
  kind: 'start' | 'turn' | 'walk' | 'arrive' | 'connector'
  text: LocalizedText
  /** Metres walked in this step (0 for start and arrive). */
  distanceM: number
  /** Where the step ends (the turn point, the destination). */
  at: Point2
  turn?: { side: Side; size: TurnSize; degrees: number }
  /** The zone, POI, kiosk or booth the step names. */
  landmarkId?: string
  /** Arrive: which side the place is on. */
  side?: Side | 'ahead'
  /** The level the step happens on (a connector step: the level it leaves). */
  levelId?: string
  /** Connector steps: the stairs, escalator, lift or ramp taken, and the level it goes to. */
  connector?: { id: string; kind: ConnectorKind; toLevelId: string; up: boolean }
}

/** Bends smaller than this are "keep walking". */
const MIN_TURN_DEG = 30
/** Wiggles within this many metres of a straight line are not turns. */
const SIMPLIFY_M = 3
const SHARP_DEG = 135
const SLIGHT_DEG = 60
/** A slight turn and a slight turn back within this distance are a sidestep. */
const JOG_M = 16
/** Bends closer together than this (along the path) are one turn. */
const MERGE_M = 3
/** How far a landmark may be from the turn to be named. */
const LANDMARK_M = 10

export function cross(a: Point2, b: Point2): number {
  return a[0] * b[1] - a[1] * b[0]
}

/** Signed angle from direction a to direction b, degrees: positive = a right turn. */
export function turnAngle(a: Point2, b: Point2): number {
  return (Math.atan2(cross(a, b), a[0] * b[0] + a[1] * b[1]) * 180) / Math.PI
}

export function sideOf(degrees: number): Side {
  return degrees > 0 ? 'right' : 'left'
}

/** Compass point of a walking direction: 0 north, 2 east, 4 south, 6 west. */
export function compass8(d: Point2): number {
  const deg = (Math.atan2(d[0], -d[1]) * 180) / Math.PI
  return (((Math.round(deg / 45) % 8) + 8) % 8) as number
}

export function roundDistance(m: number): number {
  if (m < 20) return Math.max(1, Math.round(m))
  if (m < 100) return Math.round(m / 5) * 5
  return Math.round(m / 10) * 10
}

interface Turn {
  s: number
  at: Point2
  degrees: number
}

function both(f: (lang: Lang) => string): LocalizedText {
  return { en: f('en'), zh: f('zh') }
}

/** Points of the polyline at distance `s` along it. */
function pointAt(points: readonly Point2[], cum: readonly number[], s: number): Point2 {
  for (let i = 1; i < points.length; i++) {
    if (cum[i]! >= s) {
      const a = points[i - 1]!
      const b = points[i]!
      const l = cum[i]! - cum[i - 1]!
      const t = l > 0 ? (s - cum[i - 1]!) / l : 0
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
    }
  }
  return points[points.length - 1]!
}

function unit(a: Point2, b: Point2): Point2 {
  const l = Math.hypot(b[0] - a[0], b[1] - a[1])
  return l > 0 ? [(b[0] - a[0]) / l, (b[1] - a[1]) / l] : [0, 0]
}

/**
 * The bends a visitor would call turns. A shortest path through booth rows weaves through the
 * cross passages; simplifying it first (Douglas–Peucker, a few metres) keeps the real corners
 * and drops the weave. Bends close together count as one; small ones are "keep walking".
 */
export function turnsOf(points: readonly Point2[]): { turns: Turn[]; cum: number[] } {
  const cum = [0]
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]))
  const keep = simplify(points, SIMPLIFY_M)
  const raw: Turn[] = []
  for (let k = 1; k + 1 < keep.length; k++) {
    const i = keep[k]!
    const deg = turnAngle(unit(points[keep[k - 1]!]!, points[i]!), unit(points[i]!, points[keep[k + 1]!]!))
    if (Math.abs(deg) < 1) continue
    const last = raw[raw.length - 1]
    if (last && cum[i]! - last.s < MERGE_M) {
      last.degrees += deg
      continue
    }
    raw.push({ s: cum[i]!, at: points[i]!, degrees: deg })
  }
  return { turns: dropJogs(raw.filter((t) => Math.abs(t.degrees) >= MIN_TURN_DEG)), cum }
}

/**
 * A slight turn one way soon followed by a slight turn back is a sidestep round a booth corner,
 * not two instructions: both go when together they barely change the heading.
 */
function dropJogs(turns: Turn[]): Turn[] {
  const out = [...turns]
  for (let k = 0; k + 1 < out.length; ) {
    const a = out[k]!
    const b = out[k + 1]!
    if (Math.abs(a.degrees) < SLIGHT_DEG && Math.abs(b.degrees) < SLIGHT_DEG && Math.sign(a.degrees) !== Math.sign(b.degrees) && b.s - a.s < JOG_M && Math.abs(a.degrees + b.degrees) < MIN_TURN_DEG) {
      out.splice(k, 2)
      k = Math.max(0, k - 1)
    } else k++
  }
  return out
}

/** Indices of the vertices Douglas–Peucker keeps at tolerance `tol` (first and last always). */
function simplify(points: readonly Point2[], tol: number): number[] {
  const n = points.length
  if (n <= 2) return points.map((_, i) => i)
  const keep = new Uint8Array(n)
  keep[0] = keep[n - 1] = 1
  const stack: [number, number][] = [[0, n - 1]]
  while (stack.length) {
    const [a, b] = stack.pop()!
    let worst = -1
    let worstD = tol
    for (let i = a + 1; i < b; i++) {
      const d = distToSeg(points[i]!, points[a]!, points[b]!)
      if (d > worstD) {
        worstD = d
        worst = i
      }
    }
    if (worst > 0) {
      keep[worst] = 1
      stack.push([a, worst], [worst, b])
    }
  }
  const out: number[] = []
  keep.forEach((k, i) => k && out.push(i))
  return out
}

function distToSeg(p: Point2, a: Point2, b: Point2): number {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const l2 = dx * dx + dz * dz
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / l2)) : 0
  return Math.hypot(a[0] + dx * t - p[0], a[1] + dz * t - p[1])
}

/** What naming needs from a scene, computed once per scene: the main aisle, booths by area. */
interface Context {
  aisle: MainAisle | null
  buckets: Map<number, string[]>
}
const BUCKET_M = 12
const contexts = new WeakMap<SceneIndex, Context>()

function contextFor(index: SceneIndex): Context {
  let ctx = contexts.get(index)
  if (!ctx) {
    const buckets = new Map<number, string[]>()
    for (const [id, b] of index.boothBox) {
      for (let bx = Math.floor(b.minX / BUCKET_M); bx <= Math.floor(b.maxX / BUCKET_M); bx++) {
        for (let bz = Math.floor(b.minZ / BUCKET_M); bz <= Math.floor(b.maxZ / BUCKET_M); bz++) {
          const key = bucketKey(bx, bz)
          const list = buckets.get(key)
          if (list) list.push(id)
          else buckets.set(key, [id])
        }
      }
    }
    ctx = { aisle: hallLayout(index.scene.venue).mainAisle, buckets }
    contexts.set(index, ctx)
  }
  return ctx
}

function bucketKey(bx: number, bz: number): number {
  return (bx + 50_000) * 100_000 + (bz + 50_000)
}

interface Landmark {
  id: string
  phrase: LocalizedText
}

function landmarkAt(index: SceneIndex, ctx: Context, p: Point2, towards: Point2 | null): Landmark | null {
  const { zones, pois, kiosks } = index.scene.venue
  const found: { best: (Landmark & { score: number }) | null } = { best: null }
  const consider = (id: string, dist: number, where: Point2, bonus: number, phrase: LocalizedText): void => {
    if (dist > LANDMARK_M) return
    let score = dist - bonus
    // Of two landmarks about as near, name the one on the side the visitor turns to.
    if (towards) {
      const v: Point2 = [where[0] - p[0], where[1] - p[1]]
      if (v[0] * towards[0] + v[1] * towards[1] > 0) score -= 1.5
    }
    if (!found.best || score < found.best.score) found.best = { id, score, phrase }
  }
  for (const poi of pois) {
    const d = Math.hypot(poi.position[0] - p[0], poi.position[1] - p[1])
    consider(poi.id, d, poi.position, 3, both((l) => routeText(l, 'route.landmark.the', { name: poi.name[l] })))
  }
  for (const k of kiosks) {
    const d = Math.hypot(k.position[0] - p[0], k.position[1] - p[1])
    consider(k.id, d, k.position, 3, both((l) => routeText(l, 'route.landmark.the', { name: k.name[l] })))
  }
  for (const z of zones) {
    const b = bbox(z.footprint)
    if (p[0] < b.minX - LANDMARK_M || p[0] > b.maxX + LANDMARK_M || p[1] < b.minZ - LANDMARK_M || p[1] > b.maxZ + LANDMARK_M) continue
    const inside = containsPoint(z.footprint, p)
    const d = inside ? 0 : distanceToBoundary(p, z.footprint)
    const c: Point2 = [Math.min(Math.max(p[0], b.minX), b.maxX), Math.min(Math.max(p[1], b.minZ), b.maxZ)]
    consider(z.id, d, inside ? [(b.minX + b.maxX) / 2, (b.minZ + b.maxZ) / 2] : c, 0, both((l) => routeText(l, 'route.landmark.the', { name: z.name[l] })))
  }
  if (found.best) return { id: found.best.id, phrase: found.best.phrase }
  // No named place near: the nearest booth number will do.
  let nearest: { id: string; d: number; label: string } | null = null
  const cx = Math.floor(p[0] / BUCKET_M)
  const cz = Math.floor(p[1] / BUCKET_M)
  for (let bx = cx - 1; bx <= cx + 1; bx++) {
    for (let bz = cz - 1; bz <= cz + 1; bz++) {
      for (const id of ctx.buckets.get(bucketKey(bx, bz)) ?? []) {
        const box = index.boothBox.get(id)!
        const dx = Math.max(box.minX - p[0], 0, p[0] - box.maxX)
        const dz = Math.max(box.minZ - p[1], 0, p[1] - box.maxZ)
        const d = Math.hypot(dx, dz)
        if (d <= 6 && (!nearest || d < nearest.d)) nearest = { id, d, label: index.boothById.get(id)!.label }
      }
    }
  }
  if (!nearest) return null
  const { id, label } = nearest
  return { id, phrase: both((l) => routeText(l, 'route.landmark.booth', { label })) }
}

interface Along {
  key: 'route.along.main' | 'route.along.through' | 'route.along.past'
  zone?: { id: string; name: LocalizedText }
}

function alongPhrase(index: SceneIndex, aisle: MainAisle | null, a: Point2, b: Point2): { text: LocalizedText; zoneId: string | null } | null {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1])
  if (len < 4) return null
  let along: Along | null = null
  if (aisle) {
    const acrossA = aisle.runs === 'x' ? a[1] : a[0]
    const acrossB = aisle.runs === 'x' ? b[1] : b[0]
    const runLen = Math.abs(aisle.runs === 'x' ? b[0] - a[0] : b[1] - a[1])
    const inBand = (v: number): boolean => v >= aisle.lo - 1 && v <= aisle.hi + 1
    if (inBand(acrossA) && inBand(acrossB) && runLen >= 0.8 * len) along = { key: 'route.along.main' }
  }
  if (!along) {
    const mid: Point2 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
    let near: { d: number; zone: { id: string; name: LocalizedText } } | null = null
    for (const z of index.scene.venue.zones) {
      const bb = bbox(z.footprint)
      if (mid[0] < bb.minX - 6 || mid[0] > bb.maxX + 6 || mid[1] < bb.minZ - 6 || mid[1] > bb.maxZ + 6) continue
      const d = distanceToBoundary(mid, z.footprint)
      // Well inside a zone is "through" it; along its edge (the aisle beside it) is "past" it.
      if (containsPoint(z.footprint, mid) && d > 2) {
        along = { key: 'route.along.through', zone: { id: z.id, name: z.name } }
        break
      }
      if (d <= 6 && (!near || d < near.d)) near = { d, zone: { id: z.id, name: z.name } }
    }
    if (!along && near) along = { key: 'route.along.past', zone: near.zone }
  }
  if (!along) return null
  const { key, zone } = along
  return { text: both((l) => routeText(l, key, zone ? { zone: zone.name[l] } : undefined)), zoneId: zone?.id ?? null }
}

function turnKey(side: Side, size: TurnSize): RouteStepKey {
  if (size === 'slight') return side === 'left' ? 'route.turn.slightLeft' : 'route.turn.slightRight'
  if (size === 'sharp') return side === 'left' ? 'route.turn.sharpLeft' : 'route.turn.sharpRight'
  return side === 'left' ? 'route.turn.left' : 'route.turn.right'
}

/** A place as the steps name it: "Booth A12 (…)" as it is, "the West Entrance" with an article. */
function placePhrase(place: Place, lang: Lang): string {
  return place.kind === 'booth' ? place.name[lang] : routeText(lang, 'route.landmark.the', { name: place.name[lang] })
}

/**
 * The steps for walking `points` from `from` to `to`. `arrivedOn` names the level a walk starts
 * on after a connector ("On Level 2, head north."), in place of the usual start at a place.
 */
export function describeRoute(index: SceneIndex, points: readonly Point2[], from: Place, to: Place, arrivedOn?: LocalizedText): RouteStep[] {
  const end = points[points.length - 1] ?? to.anchor
  const { turns, cum } = turnsOf(points)
  const total = cum[cum.length - 1] ?? 0
  if (points.length < 2 || total < 1) {
    return [{ kind: 'arrive', text: both((l) => routeText(l, 'route.step.already', { place: placePhrase(to, l) })), distanceM: 0, at: end }]
  }
  const ctx = contextFor(index)
  const aisle = ctx.aisle
  const steps: RouteStep[] = []
  const firstDir = unit(points[0]!, pointAt(points, cum, Math.min(total, 8)))
  const dir = compass8(firstDir)
  steps.push({
    kind: 'start',
    text: both((l) =>
      arrivedOn
        ? routeText(l, 'route.step.onLevel', { level: arrivedOn[l], dir: routeText(l, `route.dir.${dir}` as RouteStepKey) })
        : routeText(l, 'route.step.start', { place: placePhrase(from, l), dir: routeText(l, `route.dir.${dir}` as RouteStepKey) }),
    ),
    distanceM: 0,
    at: points[0]!,
  })

  let s0 = 0
  for (const t of turns) {
    const a = pointAt(points, cum, s0)
    const distance = roundDistance(t.s - s0)
    const alongAt = alongPhrase(index, aisle, a, t.at)
    const side = sideOf(t.degrees)
    const abs = Math.abs(t.degrees)
    const size: TurnSize = abs >= SHARP_DEG ? 'sharp' : abs < SLIGHT_DEG ? 'slight' : 'normal'
    const after = unit(t.at, pointAt(points, cum, Math.min(total, t.s + 4)))
    const mark = landmarkAt(index, ctx, t.at, after)
    // "Walk through the X, then turn at the X" says X once.
    const along = alongAt && (!mark || alongAt.zoneId !== mark.id) ? alongAt.text : null
    const key: RouteStepKey = mark ? (along ? 'route.step.turnAlong' : 'route.step.turn') : along ? 'route.step.turnAlongBare' : 'route.step.turnBare'
    steps.push({
      kind: 'turn',
      text: both((l) =>
        routeText(l, key, {
          distance,
          turn: routeText(l, turnKey(side, size)),
          ...(mark ? { landmark: mark.phrase[l] } : {}),
          ...(along ? { along: along[l] } : {}),
        }),
      ),
      distanceM: t.s - s0,
      at: t.at,
      turn: { side, size, degrees: t.degrees },
      ...(mark ? { landmarkId: mark.id } : {}),
    })
    s0 = t.s
  }
  const lastLeg = total - s0
  if (lastLeg >= 3 || steps.length === 1) {
    const along = alongPhrase(index, aisle, pointAt(points, cum, s0), end)?.text ?? null
    const distance = roundDistance(lastLeg)
    steps.push({
      kind: 'walk',
      text: both((l) => routeText(l, along ? 'route.step.walkAlong' : 'route.step.walk', { distance, ...(along ? { along: along[l] } : {}) })),
      distanceM: lastLeg,
      at: end,
    })
  }

  // Which side the destination is on, seen walking the last stretch.
  const lastDir = unit(pointAt(points, cum, Math.max(0, total - 3)), end)
  const v: Point2 = [to.anchor[0] - end[0], to.anchor[1] - end[1]]
  let side: Side | 'ahead' | null = null
  if (Math.hypot(v[0], v[1]) > 0.5 && (to.kind === 'booth' || to.kind === 'poi' || to.kind === 'kiosk')) {
    const deg = turnAngle(lastDir, v)
    side = Math.abs(deg) < 30 ? 'ahead' : sideOf(deg)
  }
  const arriveKey: RouteStepKey =
    side === 'left' ? 'route.step.arriveLeft' : side === 'right' ? 'route.step.arriveRight' : side === 'ahead' ? 'route.step.arriveAhead' : 'route.step.arrive'
  steps.push({
    kind: 'arrive',
    text: both((l) => routeText(l, arriveKey, { place: placePhrase(to, l) })),
    distanceM: 0,
    at: end,
    ...(side ? { side } : {}),
  })
  return steps
}
