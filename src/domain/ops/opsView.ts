/**
 * What the control room shows at one moment: each zone's reading (live when showing "now",
 * from the recorded day when replaying), and the key figures derived from them. Pure.
 */
import { bucketAt, valueAt, type DaySeries } from './daySeries.ts'

export interface ZoneNow {
  count: number
  capacity: number
  /** How old the reading is at the moment shown, ms. */
  ageMs: number
}

export interface LiveReading {
  count: number
  capacity: number
  ts: number
}

/**
 * Readings at `at`. Showing now (`replay` false) a live reading wins over the recorded one; a
 * replayed moment uses the recorded day only, so it looks the same however often it is replayed.
 */
export function zonesAt(
  zoneIds: readonly string[],
  history: Readonly<Record<string, DaySeries>>,
  live: Readonly<Record<string, LiveReading>>,
  at: number,
  replay: boolean,
): Record<string, ZoneNow> {
  const out: Record<string, ZoneNow> = {}
  for (const id of zoneIds) {
    const l = replay ? undefined : live[id]
    const h = history[id]
    const rec = h ? valueAt(h, at) : null
    if (l && (!rec || l.ts >= rec.t)) out[id] = { count: l.count, capacity: l.capacity, ageMs: Math.max(0, at - l.ts) }
    else if (rec) out[id] = { count: rec.count, capacity: rec.capacity, ageMs: Math.max(0, at - rec.t) }
  }
  return out
}

export interface Kpis {
  inHall: number
  busiest: { zoneId: string; percent: number } | null
  sessionsNear: number
}

/** A session counts as near capacity from this share of its seats. */
export const SESSION_NEAR = 0.85

export function kpis(zones: Readonly<Record<string, ZoneNow>>, sessions: Readonly<Record<string, { seated: number; capacity: number }>>): Kpis {
  let inHall = 0
  let busiest: Kpis['busiest'] = null
  for (const [id, z] of Object.entries(zones)) {
    inHall += z.count
    const percent = Math.round((z.count / z.capacity) * 100)
    if (!busiest || percent > busiest.percent) busiest = { zoneId: id, percent }
  }
  let sessionsNear = 0
  for (const s of Object.values(sessions)) if (s.capacity > 0 && s.seated / s.capacity >= SESSION_NEAR) sessionsNear++
  return { inHall, busiest, sessionsNear }
}

/** Sessions' seated counts at `at` from the recorded day (a session ends: its last value stays). */
export function sessionsAt(history: Readonly<Record<string, DaySeries>>, at: number): Record<string, { seated: number; capacity: number }> {
  const out: Record<string, { seated: number; capacity: number }> = {}
  for (const [id, s] of Object.entries(history)) {
    const i = bucketAt(s, at)
    if (i >= 0) out[id] = { seated: Math.round(s.mean[i]!), capacity: s.capacity[i]! }
  }
  return out
}

/** Heatmap opacity for a reading this old: full for a minute, fading to a quarter at ten. */
export function freshness(ageMs: number): number {
  const m = ageMs / 60_000
  if (m <= 1) return 1
  if (m >= 10) return 0.25
  return 1 - ((m - 1) / 9) * 0.75
}
