/**
 * Reads one scene's venue.json for the model build: migrated and checked like the app does
 * (schema plus the venue's own geometry and id rules), so a model is never built from a venue
 * the app would refuse.
 */
import { readFileSync } from 'node:fs'
import { crossCheck } from '../../src/domain/scene/crossCheck.ts'
import { jsonPath, type SceneIssue } from '../../src/domain/scene/issues.ts'
import { migrate } from '../../src/domain/scene/migrations.ts'
import { VenueSchema, type Venue } from '../../src/domain/scene/schema.ts'

export type VenueLoad = { ok: true; venue: Venue } | { ok: false; issues: SceneIssue[] }

export function parseVenueJson(raw: unknown): VenueLoad {
  const m = migrate('venue.json', raw)
  if (m.issues.length) return { ok: false, issues: m.issues }
  const parsed = VenueSchema.safeParse(m.data)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        file: 'venue.json',
        path: jsonPath(i.path),
        rule: `schema:${i.code}`,
        message: i.message,
      })),
    }
  }
  const venue = parsed.data
  // Only the venue's own rules: exhibitors and sessions play no part in the model.
  const issues = crossCheck({ venue, sectors: [], exhibitors: [], sessions: [] }).filter((i) => i.file === 'venue.json')
  return issues.length ? { ok: false, issues } : { ok: true, venue }
}

export function loadVenueFile(path: string): VenueLoad {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    return { ok: false, issues: [{ file: 'venue.json', path: '$', rule: 'json-syntax', message: err instanceof Error ? err.message : String(err) }] }
  }
  return parseVenueJson(raw)
}
