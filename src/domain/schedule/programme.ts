/** The programme by venue day and by place, in the venue's time zone. */
import { translate } from '../i18n/messages.ts'
import type { LocalizedText } from '../i18n/text.ts'
import { kindOfId, type SceneIndex } from '../scene/sceneIndex.ts'
import type { Session, Venue } from '../scene/schema.ts'
import { dayKey } from './nowNext.ts'

/** The event's days, "YYYY-MM-DD", from the venue's start date to its end date. */
export function venueDays(venue: Pick<Venue, 'dates'>): string[] {
  const out: string[] = []
  const start = Date.parse(`${venue.dates.start}T00:00:00Z`)
  const end = Date.parse(`${venue.dates.end}T00:00:00Z`)
  if (!Number.isFinite(start) || !Number.isFinite(end)) return out
  // Plain calendar dates, stepped in UTC where every day has 24 hours.
  for (let t = start; t <= end && out.length < 366; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

/** Days to show: the event's, plus any day a session falls on outside them. */
export function programmeDays(index: SceneIndex): string[] {
  const tz = index.scene.venue.timezone
  const days = new Set(venueDays(index.scene.venue))
  for (const s of index.scene.sessions) days.add(dayKey(Date.parse(s.start), tz))
  return [...days].sort()
}

/** Sessions starting on a venue day, by start time then end. */
export function sessionsOnDay(sessions: readonly Session[], day: string, timeZone: string): Session[] {
  return sessions
    .filter((s) => dayKey(Date.parse(s.start), timeZone) === day)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || a.id.localeCompare(b.id))
}

/** The venue day to open the schedule on: today at the venue if the event is on, else day one. */
export function defaultDay(days: readonly string[], now: number, timeZone: string): string | null {
  const today = dayKey(now, timeZone)
  if (days.includes(today)) return today
  const upcoming = days.find((d) => d > today)
  return upcoming ?? days[0] ?? null
}

export interface LocationGroup {
  locationId: string
  name: LocalizedText | null
  sessions: Session[]
}

/** A place's display name: a zone, POI or kiosk by its name; a booth by its label. */
export function locationName(index: SceneIndex, id: string): LocalizedText | null {
  const named = index.zoneById.get(id)?.name ?? index.poiById.get(id)?.name ?? index.kioskById.get(id)?.name
  if (named) return named
  const booth = index.boothById.get(id)
  return booth ? { en: translate('en', 'panel.booth', { label: booth.label }), zh: translate('zh', 'panel.booth', { label: booth.label }) } : null
}

/**
 * Sessions grouped by where they happen, places ordered by their first session (then name),
 * so the morning's stages come first.
 */
export function groupByLocation(index: SceneIndex, sessions: readonly Session[]): LocationGroup[] {
  const groups = new Map<string, LocationGroup>()
  for (const s of sessions) {
    let g = groups.get(s.locationId)
    if (!g) groups.set(s.locationId, (g = { locationId: s.locationId, name: locationName(index, s.locationId), sessions: [] }))
    g.sessions.push(s)
  }
  const first = (g: LocationGroup): number => Math.min(...g.sessions.map((s) => Date.parse(s.start)))
  return [...groups.values()].sort((a, b) => first(a) - first(b) || (a.name?.en ?? a.locationId).localeCompare(b.name?.en ?? b.locationId))
}

/** Whether the place can be selected (and so framed in 3D). */
export function isSelectablePlace(index: SceneIndex, id: string): boolean {
  const k = kindOfId(index, id)
  return k === 'zone' || k === 'booth'
}
