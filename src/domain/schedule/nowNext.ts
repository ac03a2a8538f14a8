/**
 * "Now" and "next" on the venue clock. Times carry offsets, so comparisons are on instants;
 * days are venue days (the venue's time zone), whatever zone the visitor's device is in.
 *
 * Day boundary rule: "next" is the earliest upcoming start on the same venue day as `now`.
 * At 23:59 on 13 October nothing is "next" (tomorrow's 09:00 opening is "later"), so the
 * evening never advertises tomorrow morning; from 00:00 on the 14th that opening is "next".
 * A session running across midnight stays "now" until it ends.
 */
import type { Session } from '../scene/schema.ts'
import { zonedParts } from '../time/zonedParts.ts'

export type SessionStatus = 'past' | 'now' | 'next' | 'later'

export interface TimedSession {
  session: Session
  start: number
  end: number
}

export function timed(sessions: readonly Session[]): TimedSession[] {
  return sessions
    .map((session) => ({ session, start: Date.parse(session.start), end: Date.parse(session.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.session.id.localeCompare(b.session.id))
}

/** Status of each session at `now`: running ones are "now"; the next start today is "next". */
export function statusAt(sessions: readonly Session[], now: number, timeZone: string): Map<string, SessionStatus> {
  const list = timed(sessions)
  const out = new Map<string, SessionStatus>()
  const nextStart = nextStartOnDay(list, now, timeZone)
  for (const t of list) {
    if (t.start <= now && now < t.end) out.set(t.session.id, 'now')
    else if (t.end <= now) out.set(t.session.id, 'past')
    else if (t.start === nextStart) out.set(t.session.id, 'next')
    else out.set(t.session.id, 'later')
  }
  return out
}

/** The running sessions and the next ones (all sessions sharing the next start), by start. */
export function nowAndNext(sessions: readonly Session[], now: number, timeZone: string): { now: Session[]; next: Session[] } {
  const list = timed(sessions)
  const nextStart = nextStartOnDay(list, now, timeZone)
  return {
    now: list.filter((t) => t.start <= now && now < t.end).map((t) => t.session),
    next: list.filter((t) => t.start === nextStart).map((t) => t.session),
  }
}

function nextStartOnDay(list: readonly TimedSession[], now: number, timeZone: string): number {
  const today = dayKey(now, timeZone)
  for (const t of list) if (t.start > now) return dayKey(t.start, timeZone) === today ? t.start : Infinity
  return Infinity
}

/** The venue day of an instant, "YYYY-MM-DD". */
export function dayKey(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone)
  return `${p.year}-${p.month}-${p.day}`
}
