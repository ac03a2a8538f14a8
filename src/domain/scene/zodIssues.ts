/**
 * Zod's errors as scene issues (file, JSON path, rule, offending value). Its own module: the
 * checks that produce them run in the scene worker and the settings' chunk, not on the first
 * screen, which only shows issues (issues.ts).
 */
import type { z } from 'zod'
import { jsonPath, type SceneIssue } from './issues.ts'
import type { SceneFileName } from './schema.ts'

/** A zod error as issues of one file, each with the offending value (see `valueAt`). */
export function zodIssues(file: SceneFileName | string, error: z.ZodError, data: unknown): SceneIssue[] {
  return error.issues.map((i) => ({
    file,
    path: jsonPath(i.path),
    // Named rules (the text rules) say so in params; the rest are zod's own checks.
    rule: i.code === 'custom' && typeof i.params?.rule === 'string' ? i.params.rule : `schema:${i.code}`,
    message: i.message,
    value: valueAt(data, i.path),
  }))
}

/** The value at a zod issue's path, for the report. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[key]
  }
  // Keep reports short: objects and arrays are named by their kind, not dumped.
  if (cur !== null && typeof cur === 'object') return Array.isArray(cur) ? '[array]' : '{object}'
  return cur
}
