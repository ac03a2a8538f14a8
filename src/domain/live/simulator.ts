/**
 * A deterministic day at the venue, on the venue clock: the same scene, seed and instant always
 * give the same readings, so demos, tests and the day replay agree with each other and with
 * `npm run simulate`, which publishes these very messages to a broker.
 *
 * The shape of a day (venue time):
 * - doors 09:00–18:00; a few staff before and after;
 * - the opening-ceremony peak 09:30–10:30: stages fill, pavilions thin out a little;
 * - visitors build up through the morning, dip over lunch 12:00–13:30, peak again mid-afternoon
 *   and leave from 17:00;
 * - each zone has its own popularity (a weight from the seed); service areas fill at lunch;
 * - a running session adds its audience to its zone; queues form at a session's door from 40
 *   minutes before its start and clear as people are seated.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Session, SessionKind, Zone } from '../scene/schema.ts'
import { zoneOfPlace } from '../selection.ts'
import { sessionCapacity, zoneCapacity } from './capacity.ts'
import { hash01, smoothNoise } from './random.ts'
import { attendanceTopic, occupancyTopic } from './topics.ts'
import { venueInstant, venueWallClock } from './venueTime.ts'

export const DEFAULT_SEED = 2023
export const DOORS_OPEN_MINUTE = 9 * 60
export const DOORS_CLOSE_MINUTE = 18 * 60
export const OPENING_PEAK = { from: 9 * 60 + 30, to: 10 * 60 + 30 } as const
export const LUNCH_DIP = { from: 12 * 60, to: 13 * 60 + 30 } as const

export interface SimOptions {
  seed?: number
}

/** A message exactly as it would arrive over MQTT. */
export interface SimMessage {
  topic: string
  payload: string
}

export interface ZoneReading {
  count: number
  capacity: number
}

export interface SessionReading {
  seated: number
  capacity: number
  queue: number
}

/** Share of the day's visitors inside the hall, by venue minute (piecewise linear). */
const CROWD: readonly (readonly [number, number])[] = [
  [0, 0],
  [8 * 60, 0],
  [8 * 60 + 30, 0.02],
  [DOORS_OPEN_MINUTE, 0.06],
  [OPENING_PEAK.from, 0.32],
  [OPENING_PEAK.to, 0.52],
  [11 * 60 + 30, 0.7],
  [LUNCH_DIP.from, 0.68],
  [12 * 60 + 45, 0.4],
  [LUNCH_DIP.to, 0.56],
  [14 * 60 + 30, 0.74],
  [16 * 60, 0.7],
  [17 * 60, 0.5],
  [17 * 60 + 45, 0.2],
  [DOORS_CLOSE_MINUTE, 0.08],
  [18 * 60 + 30, 0.01],
  [19 * 60, 0],
  [24 * 60, 0],
]

const FILL: Record<SessionKind, number> = { ceremony: 1, forum: 0.85, investment: 0.7, exhibition: 0.6, consumption: 0.65 }

export function crowdAt(minute: number): number {
  return piecewise(CROWD, minute)
}

/** 1 while the opening ceremony holds the stage, easing in and out over 15 minutes. */
export function ceremonyAt(minute: number): number {
  return ramp(minute, OPENING_PEAK.from - 15, OPENING_PEAK.from) * (1 - ramp(minute, OPENING_PEAK.to, OPENING_PEAK.to + 15))
}

/** 1 at the height of lunch (12:45), 0 outside 12:00–13:30. */
export function lunchAt(minute: number): number {
  return piecewise(
    [
      [0, 0],
      [LUNCH_DIP.from, 0],
      [12 * 60 + 45, 1],
      [LUNCH_DIP.to, 0],
      [24 * 60, 0],
    ],
    minute,
  )
}

interface TimedSession {
  session: Session
  start: number
  end: number
  capacity: number
  fill: number
}

interface ZoneModel {
  zone: Zone
  capacity: number
  weight: number
  sessions: TimedSession[]
}

interface Model {
  timeZone: string
  sceneId: string
  zones: ZoneModel[]
  sessions: TimedSession[]
}

const models = new WeakMap<SceneIndex, Map<number, Model>>()

function modelFor(index: SceneIndex, seed: number): Model {
  let bySeed = models.get(index)
  if (!bySeed) models.set(index, (bySeed = new Map()))
  const cached = bySeed.get(seed)
  if (cached) return cached
  const sessions: TimedSession[] = index.scene.sessions.map((session) => ({
    session,
    start: Date.parse(session.start),
    end: Date.parse(session.end),
    capacity: sessionCapacity(index, session),
    fill: FILL[session.kind] * (session.kind === 'ceremony' ? 1 : 0.9 + 0.1 * hash01(seed, 'fill', session.id)),
  }))
  const zones = index.scene.venue.zones.map((zone) => ({
    zone,
    capacity: zoneCapacity(zone),
    // Popularity: some pavilions simply draw more people than others.
    weight: 0.75 + 0.45 * hash01(seed, 'weight', zone.id),
    sessions: sessions.filter((s) => zoneOfPlace(index, s.session.locationId) === zone.id),
  }))
  const model: Model = { timeZone: index.scene.venue.timezone, sceneId: index.scene.venue.id, zones, sessions }
  bySeed.set(seed, model)
  return model
}

function zoneReading(m: ZoneModel, t: number, minute: number, seed: number): ZoneReading {
  const { zone, weight, capacity } = m
  const crowd = crowdAt(minute)
  const ceremony = ceremonyAt(minute)
  const running = m.sessions.filter((s) => s.start <= t && t < s.end)
  let ratio: number
  if (zone.kind === 'stage') {
    const session = running.reduce((best, s) => Math.max(best, 0.55 + 0.3 * s.fill), 0)
    ratio = Math.max(crowd * 0.3 * weight, ceremony * 0.96, session)
  } else if (zone.kind === 'service') {
    ratio = crowd * 0.25 * weight + lunchAt(minute) * 0.7 + Math.min(0.2, running.length * 0.12)
  } else {
    // During the ceremony part of the crowd is at the stage, not in the pavilions.
    ratio = crowd * weight * (1 - 0.3 * ceremony) + Math.min(0.2, running.length * 0.12)
  }
  const open = crowd > 0 ? 1 : 0
  ratio *= 1 + 0.07 * smoothNoise(seed, `zone:${zone.id}`, minute) * open
  const count = Math.round(Math.min(1, Math.max(0, ratio)) * capacity)
  return { count, capacity }
}

function sessionReading(s: TimedSession, t: number, seed: number): SessionReading | null {
  const rel = (t - s.start) / 60_000
  const length = (s.end - s.start) / 60_000
  if (rel < -45 || rel >= length) return null
  const { capacity, fill } = s
  const noise = 1 + 0.03 * smoothNoise(seed, `session:${s.session.id}`, rel)
  let share: number
  if (rel < -20) share = 0
  else if (rel < 5) share = fill * ramp(rel, -20, 5)
  else if (rel < length - 10) share = fill
  else share = fill * (1 - 0.7 * ramp(rel, length - 10, length))
  const seated = Math.round(Math.min(1, Math.max(0, share * noise)) * capacity)
  const peakQueue = capacity * 0.3 * fill
  let queue: number
  if (rel < -10) queue = peakQueue * ramp(rel, -40, -10)
  else if (rel < 10) queue = peakQueue * (1 - ramp(rel, -10, 10) * (fill >= 0.98 ? 0.85 : 1))
  else queue = fill >= 0.98 ? peakQueue * 0.15 * (1 - ramp(rel, 10, Math.max(11, length - 10))) : 0
  return { seated, capacity, queue: Math.max(0, Math.round(queue * noise)) }
}

/** Every zone's reading at instant t (venue clock, epoch ms). */
export function zoneReadingsAt(index: SceneIndex, t: number, opts: SimOptions = {}): Map<string, ZoneReading> {
  const seed = opts.seed ?? DEFAULT_SEED
  const m = modelFor(index, seed)
  const { minute } = venueWallClock(t, m.timeZone)
  return new Map(m.zones.map((z) => [z.zone.id, zoneReading(z, t, minute, seed)]))
}

/** Attendance of the sessions that have a door open at t (from 45 minutes before the start). */
export function sessionReadingsAt(index: SceneIndex, t: number, opts: SimOptions = {}): Map<string, SessionReading> {
  const seed = opts.seed ?? DEFAULT_SEED
  const out = new Map<string, SessionReading>()
  for (const s of modelFor(index, seed).sessions) {
    const r = sessionReading(s, t, seed)
    if (r) out.set(s.session.id, r)
  }
  return out
}

/** The messages sensors would publish at t: one per zone, one per session with its door open. */
export function simulateAt(index: SceneIndex, t: number, opts: SimOptions = {}): SimMessage[] {
  const sceneId = index.scene.venue.id
  const ts = new Date(t).toISOString()
  const out: SimMessage[] = []
  for (const [zoneId, r] of zoneReadingsAt(index, t, opts))
    out.push({ topic: occupancyTopic(sceneId, zoneId), payload: JSON.stringify({ count: r.count, capacity: r.capacity, ts }) })
  for (const [sessionId, r] of sessionReadingsAt(index, t, opts))
    out.push({ topic: attendanceTopic(sceneId, sessionId), payload: JSON.stringify({ seated: r.seated, capacity: r.capacity, queue: r.queue, ts }) })
  return out
}

export interface HistoryFrame {
  t: number
  /** Venue minute of the day. */
  minute: number
  zones: Readonly<Record<string, ZoneReading>>
}

export interface DayHistory {
  day: string
  timeZone: string
  stepMinutes: number
  frames: HistoryFrame[]
}

export interface HistoryOptions extends SimOptions {
  stepMinutes?: number
  fromMinute?: number
  toMinute?: number
}

/** The simulated day, frame by frame (default 08:00–19:00 venue time, every 5 minutes), for the day replay. */
export function historyFor(index: SceneIndex, day: string, opts: HistoryOptions = {}): DayHistory {
  const { stepMinutes = 5, fromMinute = 8 * 60, toMinute = 19 * 60 } = opts
  const timeZone = index.scene.venue.timezone
  const frames: HistoryFrame[] = []
  for (let minute = fromMinute; minute <= toMinute; minute += stepMinutes) {
    const t = venueInstant(day, minute, timeZone)
    frames.push({ t, minute, zones: Object.fromEntries(zoneReadingsAt(index, t, opts)) })
  }
  return { day, timeZone, stepMinutes, frames }
}

/** The frame shown for instant t: the last one at or before it (the first before the day starts). */
export function frameAt(history: DayHistory, t: number): HistoryFrame | null {
  const { frames } = history
  if (!frames.length) return null
  let lo = 0
  let hi = frames.length - 1
  if (t <= frames[0]!.t) return frames[0]!
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (frames[mid]!.t <= t) lo = mid
    else hi = mid - 1
  }
  return frames[lo]!
}

function ramp(x: number, from: number, to: number): number {
  if (x <= from) return 0
  if (x >= to) return 1
  return (x - from) / (to - from)
}

function piecewise(points: readonly (readonly [number, number])[], x: number): number {
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!
    if (x <= x1) {
      const [x0, y0] = points[i - 1]!
      return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)
    }
  }
  return points[points.length - 1]![1]
}
