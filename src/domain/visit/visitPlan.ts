/**
 * "My visit": the exhibitors and sessions a visitor starred, as stored on their device.
 * The stored form is versioned; anything unreadable (corrupt JSON, another version, another
 * scene, ids this scene no longer has) is dropped with a warning, never a crash.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { VisitPlan } from './stars.ts'

export const VISIT_PLAN_VERSION = 1

interface StoredPlan {
  sceneId: string
  exhibitors: unknown[]
  sessions: unknown[]
}

/**
 * The stored form, checked by hand rather than with zod: this runs at start-up on the main
 * thread, where zod would cost a quarter of the first download. Entries are read one by one
 * later, so one bad id does not cost the visitor the rest of the list; a list that is not a
 * list reads as empty.
 */
function readStoredPlan(raw: unknown): { ok: true; data: StoredPlan } | { ok: false; why: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, why: 'expected an object' }
  const r = raw as Record<string, unknown>
  if (r.version !== VISIT_PLAN_VERSION) return { ok: false, why: `expected version ${VISIT_PLAN_VERSION}` }
  if (typeof r.sceneId !== 'string') return { ok: false, why: 'expected a sceneId' }
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  return { ok: true, data: { sceneId: r.sceneId, exhibitors: list(r.exhibitors), sessions: list(r.sessions) } }
}

export function storageKey(sceneId: string): string {
  return `venue-twin:visit:${sceneId}`
}

export function serializePlan(sceneId: string, plan: VisitPlan): string {
  return JSON.stringify({ version: VISIT_PLAN_VERSION, sceneId, exhibitors: plan.exhibitors, sessions: plan.sessions })
}

/**
 * Where a plan saved by a newer version of the app is kept aside before this version writes its
 * own: going back to an older build (a rollback, a stale offline copy) must not destroy what a
 * newer one saved, and the newer one can pick it up again.
 */
export function asideKey(sceneId: string, version: number): string {
  return `${storageKey(sceneId)}:saved-by-v${version}`
}

export interface ParsedPlan {
  plan: VisitPlan
  warnings: string[]
  /** The stored plan's version when a newer app wrote it: keep its text aside (asideKey) before writing. */
  newerVersion?: number
}

/** Reads a stored plan for a scene: null (nothing stored) is an empty plan without warnings. */
export function parsePlan(text: string | null, sceneId: string, index: SceneIndex): ParsedPlan {
  if (text === null) return { plan: { exhibitors: [], sessions: [] }, warnings: [] }
  const empty = (why: string): ParsedPlan => ({ plan: { exhibitors: [], sessions: [] }, warnings: [`Ignoring the saved visit plan: ${why}`] })
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return empty('it is not valid JSON')
  }
  if (typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'number' && raw.version > VISIT_PLAN_VERSION)
    return { ...empty(`it was saved by a newer version (${raw.version}); it is kept aside, not overwritten`), newerVersion: raw.version }
  const parsed = readStoredPlan(raw)
  if (!parsed.ok) return empty(`it does not have the expected form (${parsed.why})`)
  if (parsed.data.sceneId !== sceneId) return empty(`it belongs to scene "${parsed.data.sceneId}"`)

  const warnings: string[] = []
  const keep = (values: unknown[], exists: (id: string) => boolean, what: string): string[] => {
    const out: string[] = []
    let dropped = 0
    for (const v of values) {
      if (typeof v !== 'string' || !exists(v)) dropped++
      else if (!out.includes(v)) out.push(v)
    }
    if (dropped) warnings.push(`Dropped ${dropped} saved ${what} this venue does not have`)
    return out
  }
  return {
    plan: {
      exhibitors: keep(parsed.data.exhibitors, (id) => index.exhibitorById.has(id), 'exhibitor(s)'),
      sessions: keep(parsed.data.sessions, (id) => index.sessionById.has(id), 'session(s)'),
    },
    warnings,
  }
}

/** Booths that show the plan in 3D: starred exhibitors' booths and starred sessions' booths. */
export function planBoothIds(index: SceneIndex, plan: VisitPlan): string[] {
  const ids = new Set<string>()
  for (const id of plan.exhibitors) for (const b of index.exhibitorById.get(id)?.boothIds ?? []) ids.add(b)
  for (const id of plan.sessions) {
    const loc = index.sessionById.get(id)?.locationId
    if (loc && index.boothById.has(loc)) ids.add(loc)
  }
  return [...ids]
}
