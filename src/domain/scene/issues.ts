import type { SceneFileName } from './schema.ts'

/** One broken rule in one place of one file: what a venue author needs to fix it. */
export interface SceneIssue {
  file: SceneFileName | string
  /** JSON path from the file's root, e.g. `$.booths[12].zoneId`. */
  path: string
  /** Stable rule id, e.g. `booth-zone-exists`. */
  rule: string
  message: string
  value?: unknown
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$'
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`
    else out += `[${JSON.stringify(String(s))}]`
  }
  return out
}

export function formatIssue(issue: SceneIssue): string {
  const value = issue.value === undefined ? '' : ` (value: ${JSON.stringify(issue.value)})`
  return `${issue.file} ${issue.path} [${issue.rule}] ${issue.message}${value}`
}

export class SceneError extends Error {
  readonly issues: SceneIssue[]
  readonly sceneId: string
  constructor(sceneId: string, issues: SceneIssue[]) {
    const first = issues[0]
    super(
      first
        ? `Scene "${sceneId}" has ${issues.length} problem${issues.length === 1 ? '' : 's'}; first: ${formatIssue(first)}`
        : `Scene "${sceneId}" could not be loaded`,
    )
    this.name = 'SceneError'
    this.issues = issues
    this.sceneId = sceneId
  }
}
