/**
 * What the visitor sees per zone and the state of the feed, derived from the live data (or
 * from a replayed frame). Derivation is pure and compares equal when nothing visible changed,
 * so the 3D view redraws only for a change a visitor could notice.
 */
import { isEntryStale, isFeedStale, type LiveData, type ZoneLive } from './liveState.ts'
import { occupancyColor, occupancyLevel, occupancyPercent, occupancyRatio, type OccupancyLevel } from './levels.ts'

export interface ZoneView {
  count: number
  capacity: number
  percent: number
  level: OccupancyLevel
  color: string
  /** Old data: shown as such (grey, "stale"), never as current. */
  stale: boolean
}

export type ZoneViews = Readonly<Record<string, ZoneView>>

export function zoneView(count: number, capacity: number, stale: boolean): ZoneView {
  const ratio = occupancyRatio(count, capacity)
  const percent = occupancyPercent(count, capacity)
  // Colour from the rounded percentage: a change of one person does not repaint the floor.
  return { count, capacity, percent, level: occupancyLevel(ratio), color: occupancyColor(percent / 100), stale }
}

export function zoneViewsFromLive(zones: Readonly<Record<string, ZoneLive>>, now: number): Record<string, ZoneView> {
  const out: Record<string, ZoneView> = {}
  for (const [id, z] of Object.entries(zones)) out[id] = zoneView(z.count, z.capacity, isEntryStale(z, now))
  return out
}

export function zoneViewsFromReadings(zones: Readonly<Record<string, { count: number; capacity: number }>>): Record<string, ZoneView> {
  const out: Record<string, ZoneView> = {}
  for (const [id, z] of Object.entries(zones)) out[id] = zoneView(z.count, z.capacity, false)
  return out
}

export function sameZoneViews(a: ZoneViews, b: ZoneViews): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    const x = a[k]!
    const y = b[k]
    if (!y || x.count !== y.count || x.capacity !== y.capacity || x.stale !== y.stale) return false
  }
  return true
}

export const LIVE_SOURCES = ['sim', 'mqtt', 'off'] as const
export type LiveSourceKind = (typeof LIVE_SOURCES)[number]

/** The connection as the feed adapters report it. */
export type ConnectionState = 'off' | 'simulated' | 'connecting' | 'connected' | 'reconnecting'

export type FeedIndicator =
  | { kind: 'off' }
  | { kind: 'simulated' }
  | { kind: 'connecting' }
  | { kind: 'waiting' }
  | { kind: 'live'; ageMs: number }
  | { kind: 'stale'; ageMs: number | null }
  | { kind: 'reconnecting'; ageMs: number | null }

/** What the "Live" indicator says: the connection first, then the age of the data. */
export function feedIndicator(connection: ConnectionState, data: LiveData, now: number, startedAt: number): FeedIndicator {
  const ageMs = data.lastAcceptedAt === null ? null : Math.max(0, now - data.lastAcceptedAt)
  if (connection === 'off') return { kind: 'off' }
  if (connection === 'reconnecting') return { kind: 'reconnecting', ageMs }
  if (isFeedStale(data, now, startedAt)) return { kind: 'stale', ageMs }
  if (connection === 'simulated') return { kind: 'simulated' }
  if (connection === 'connecting') return { kind: 'connecting' }
  return ageMs === null ? { kind: 'waiting' } : { kind: 'live', ageMs }
}

/** Floor colour per zone for the 3D view: the level colour, or neutral grey when stale. */
export function zoneTints(views: ZoneViews, staleColor: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const [id, v] of Object.entries(views)) out.set(id, v.stale ? staleColor : v.color)
  return out
}
