/**
 * Raw JSON of the three scene files in, a validated `Scene` or every problem out.
 * Pure: the loader (data/) and the CLI (scripts/validate.ts) both call this.
 */
import type { z } from 'zod'
import { crossCheck } from './crossCheck.ts'
import type { SceneIssue } from './issues.ts'
import { zodIssues } from './zodIssues.ts'
import { migrate } from './migrations.ts'
import {
  CURRENT_SCHEMA_VERSION,
  ExhibitorsFileSchema,
  SessionsFileSchema,
  VenueSchema,
  type Scene,
  type SceneFileName,
} from './schema.ts'

export type RawSceneFiles = Record<SceneFileName, unknown>

export type ParseResult =
  | { ok: true; scene: Scene; migratedFrom: Partial<Record<SceneFileName, number>>; dropped: SceneIssue[] }
  | { ok: false; issues: SceneIssue[] }

export function parseScene(raw: RawSceneFiles): ParseResult {
  const issues: SceneIssue[] = []
  const migratedFrom: Partial<Record<SceneFileName, number>> = {}
  const dropped: SceneIssue[] = []

  const step = <T>(file: SceneFileName, schema: z.ZodType<T>): T | undefined => {
    const m = migrate(file, raw[file])
    if (m.issues.length) {
      for (const issue of m.issues) issues.push(issue)
      return undefined
    }
    if (m.fromVersion !== null && m.fromVersion < CURRENT_SCHEMA_VERSION) migratedFrom[file] = m.fromVersion
    dropped.push(...m.dropped)
    const parsed = schema.safeParse(m.data)
    if (!parsed.success) {
      for (const issue of zodIssues(file, parsed.error, m.data)) issues.push(issue)
      return undefined
    }
    return parsed.data
  }

  const venue = step('venue.json', VenueSchema)
  const exFile = step('exhibitors.json', ExhibitorsFileSchema)
  const seFile = step('sessions.json', SessionsFileSchema)
  if (!venue || !exFile || !seFile) return { ok: false, issues: capped(issues) }

  const scene: Scene = { venue, sectors: exFile.sectors, exhibitors: exFile.exhibitors, sessions: seFile.sessions }
  // A loop, not push(...spread): a broken scene can have more problems than a call has arguments.
  for (const issue of crossCheck(scene)) issues.push(issue)
  if (issues.length) return { ok: false, issues: capped(issues) }
  return { ok: true, scene, migratedFrom, dropped }
}

/** Problems listed at most; a scene broken in 100,000 places is fixed from the first ones. */
export const MAX_ISSUES = 1000

function capped(issues: SceneIssue[]): SceneIssue[] {
  if (issues.length <= MAX_ISSUES) return issues
  const more = issues.length - MAX_ISSUES
  return [
    ...issues.slice(0, MAX_ISSUES),
    { file: issues[MAX_ISSUES]!.file, path: '$', rule: 'too-many-problems', message: `${more.toLocaleString('en')} more problems not listed: fix the ones above and check again` },
  ]
}
