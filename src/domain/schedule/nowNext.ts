/** "Now" and "next" on the venue clock. Times carry offsets, so comparisons are on instants. */
import type { Session } from '../scene/schema.ts'

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

/**
 * Status of each session at `now`: running ones are "now"; the earliest upcoming start
 * (all sessions sharing it) is "next" — but only on the same venue day, so the evening does
 * not advertise tomorrow morning as "next".
 */
export function statusAt(sessions: readonly Session[], now: number, timeZone: string): Map<string, SessionStatus> {
  const list = timed(sessions)
  const out = new Map<string, SessionStatus>()
  const today = dayKey(now, timeZone)
  let nextStart = Infinity
  for (const t of list) if (t.start > now && t.start < nextStart && dayKey(t.start, timeZone) === today) nextStart = t.start
  for (const t of list) {
    if (t.start <= now && now < t.end) out.set(t.session.id, 'now')
    else if (t.end <= now) out.set(t.session.id, 'past')
    else if (t.start === nextStart) out.set(t.session.id, 'next')
    else out.set(t.session.id, 'later')
  }
  return out
}

export function dayKey(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms)
}
