/**
 * Wall-clock arithmetic in the venue's time zone (the simulated day runs on venue time, not
 * on the viewer's).
 */
import { zonedParts } from '../time/zonedParts.ts'

export interface VenueWallClock {
  /** YYYY-MM-DD on the venue's calendar. */
  day: string
  /** Minutes since venue midnight, with seconds as a fraction. */
  minute: number
}

export function venueWallClock(t: number, timeZone: string): VenueWallClock {
  const p = zonedParts(t, timeZone)
  const minute = Number(p.hour) * 60 + Number(p.minute) + Number(p.second) / 60 + (t % 1000) / 60_000
  return { day: `${p.year}-${p.month}-${p.day}`, minute }
}

/** Offset of the venue zone from UTC at instant t, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const p = zonedParts(t, timeZone)
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second))
  return asUtc - (t - (((t % 1000) + 1000) % 1000))
}

/** The instant of `minute` minutes after midnight on `day` (YYYY-MM-DD) in the venue's zone. */
export function venueInstant(day: string, minute: number, timeZone: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number)
  const naive = Date.UTC(y, m - 1, d) + Math.round(minute * 60_000)
  // Two passes settle days on which the offset changes (daylight saving).
  let t = naive - zoneOffsetMs(naive, timeZone)
  t = naive - zoneOffsetMs(t, timeZone)
  return t
}

/** The days from start to end inclusive (YYYY-MM-DD), at most `max` of them. */
export function daysBetween(start: string, end: string, max = 31): string[] {
  const out: string[] = []
  const [y = 1970, m = 1, d = 1] = start.split('-').map(Number)
  for (let i = 0; i < max; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10)
    if (day > end) break
    out.push(day)
  }
  return out
}

/** "09:30" for a minute of the day. */
export function formatMinute(minute: number): string {
  const m = Math.round(minute)
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}
