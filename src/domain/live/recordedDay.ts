/**
 * The visitor's day replay from recorded history (the recorder's `GET /api/history`), as the
 * same frames the simulated replay shows: what to ask for, how to check the answer (it comes
 * over the network, so it is untrusted), and how buckets become frames. Pure.
 */
import { bucketAt, type DaySeries } from '../ops/daySeries.ts'
import type { DayHistory, HistoryFrame, ZoneReading } from './simulator.ts'
import { venueInstant } from './venueTime.ts'

/** The replay's frames: 08:00–19:00 venue time every 5 minutes, recorded or simulated alike. */
export const REPLAY_GRID = { stepMinutes: 5, fromMinute: 8 * 60, toMinute: 19 * 60 } as const

/** A series longer than this is not a day at 5-minute steps: the answer is refused. */
const MAX_BUCKETS = 20_000

export interface RecordedDayQuery {
  from: number
  to: number
  /** Seconds, as the API takes it. */
  step: number
}

/** One bucket per frame: the bucket starting at a frame's time is what that frame shows. */
export function recordedDayQuery(day: string, timeZone: string): RecordedDayQuery {
  const { stepMinutes, fromMinute, toMinute } = REPLAY_GRID
  return {
    from: venueInstant(day, fromMinute, timeZone),
    to: venueInstant(day, toMinute + stepMinutes, timeZone),
    step: stepMinutes * 60,
  }
}

const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length <= MAX_BUCKETS && v.every((x) => typeof x === 'number' && Number.isFinite(x))

/**
 * The zone series of a `/api/history` answer, or what is wrong with it. Series of zones the
 * scene does not have are left out (the recorder may know an older revision of the venue).
 */
export function parseRecordedSeries(body: unknown, zoneIds: ReadonlySet<string>): Record<string, DaySeries> | string {
  if (typeof body !== 'object' || body === null || !('series' in body)) return 'no "series" in the answer'
  const series = body.series
  if (typeof series !== 'object' || series === null || Array.isArray(series)) return '"series" is not an object'
  const out: Record<string, DaySeries> = {}
  for (const [id, s] of Object.entries(series as Record<string, unknown>)) {
    if (!zoneIds.has(id)) continue
    if (typeof s !== 'object' || s === null) return `series ${id} is not an object`
    const { t, mean, capacity } = s as Record<string, unknown>
    if (!numbers(t) || !numbers(mean) || !numbers(capacity)) return `series ${id}: t, mean and capacity must be arrays of numbers`
    if (mean.length !== t.length || capacity.length !== t.length) return `series ${id}: t, mean and capacity differ in length`
    if (mean.some((m) => m < 0) || capacity.some((c) => c < 1)) return `series ${id}: counts must be ≥ 0 and capacities ≥ 1`
    for (let i = 1; i < t.length; i++) if (t[i]! <= t[i - 1]!) return `series ${id}: times out of order`
    out[id] = { t, mean, max: mean, capacity }
  }
  return out
}

/**
 * The recorded day as replay frames. A frame shows, for each zone, the mean count of the bucket
 * that starts at the frame's time; a zone with no reading in that bucket shows none (a gap in
 * the recording is not filled in).
 */
export function recordedDayHistory(day: string, timeZone: string, series: Readonly<Record<string, DaySeries>>): DayHistory {
  const { stepMinutes, fromMinute, toMinute } = REPLAY_GRID
  const stepMs = stepMinutes * 60_000
  const frames: HistoryFrame[] = []
  for (let minute = fromMinute; minute <= toMinute; minute += stepMinutes) {
    const t = venueInstant(day, minute, timeZone)
    const zones: Record<string, ZoneReading> = {}
    for (const [id, s] of Object.entries(series)) {
      const i = bucketAt(s, t)
      if (i >= 0 && s.t[i]! > t - stepMs) zones[id] = { count: Math.round(s.mean[i]!), capacity: s.capacity[i]! }
    }
    frames.push({ t, minute, zones })
  }
  return { day, timeZone, stepMinutes, frames }
}

/** True when no frame of the day holds a reading: nothing was recorded that day. */
export function isEmptyDay(history: DayHistory): boolean {
  return history.frames.every((f) => Object.keys(f.zones).length === 0)
}
