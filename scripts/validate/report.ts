/**
 * How `npm run validate` reports: a readable text report for people and a JSON document for
 * tools. Pure: results in, text out.
 */
import { formatIssue } from '../../src/domain/scene/issues.ts'
import type { SceneFileName } from '../../src/domain/scene/schema.ts'
import type { SceneCounts, SceneResult } from './checkScene.ts'

export interface TextOptions {
  /** ANSI colours on the status words (a terminal); the issue lines themselves stay plain. */
  color?: boolean
}

const COUNT_KEYS: readonly (keyof SceneCounts)[] = ['zones', 'booths', 'exhibitors', 'sessions']

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function formatCounts(counts: Partial<SceneCounts> | undefined): string {
  return COUNT_KEYS.map((k) => {
    const n = counts?.[k]
    return n === undefined ? `? ${k}` : plural(n, k.slice(0, -1))
  }).join(', ')
}

export function migrationNotes(migratedFrom: Partial<Record<SceneFileName, number>>): string[] {
  return Object.entries(migratedFrom).map(([file, v]) => `${file} migrated from schemaVersion ${v}`)
}

export function formatSceneText(result: SceneResult, options: TextOptions = {}): string {
  const paint = (code: number, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s)
  const status = result.ok ? paint(32, 'OK') : paint(31, 'FAILED')
  let header = `${result.dir}: ${status} (${formatCounts(result.counts)})`
  if (!result.ok) header += ` — ${plural(result.issues.length, 'problem')}`
  const lines = [header]
  for (const note of migrationNotes(result.migratedFrom)) lines.push(`  note: ${note}`)
  for (const issue of result.issues) lines.push(`  ${paint(31, '✗')} ${formatIssue(issue)}`)
  return lines.join('\n')
}

export function formatSummary(results: readonly SceneResult[]): string {
  const failed = results.filter((r) => !r.ok)
  const problems = failed.reduce((n, r) => n + r.issues.length, 0)
  if (failed.length === 0) return results.length === 1 ? 'The scene is valid.' : `All ${results.length} scenes are valid.`
  return `${plural(results.length, 'scene')} checked: ${results.length - failed.length} OK, ${failed.length} FAILED, ${plural(problems, 'problem')}.`
}

export function formatText(results: readonly SceneResult[], options: TextOptions = {}): string {
  return `${[...results.map((r) => formatSceneText(r, options)), '', formatSummary(results)].join('\n')}\n`
}

export interface JsonReport {
  ok: boolean
  scenes: {
    dir: string
    ok: boolean
    counts?: Partial<SceneCounts>
    migratedFrom: Partial<Record<SceneFileName, number>>
    notes: string[]
    issues: SceneResult['issues']
  }[]
  summary: { scenes: number; ok: number; failed: number; issues: number }
}

export function toJsonReport(results: readonly SceneResult[]): JsonReport {
  const failed = results.filter((r) => !r.ok)
  return {
    ok: failed.length === 0,
    scenes: results.map((r) => ({
      dir: r.dir,
      ok: r.ok,
      ...(r.counts ? { counts: r.counts } : {}),
      migratedFrom: r.migratedFrom,
      notes: migrationNotes(r.migratedFrom),
      issues: r.issues,
    })),
    summary: {
      scenes: results.length,
      ok: results.length - failed.length,
      failed: failed.length,
      issues: failed.reduce((n, r) => n + r.issues.length, 0),
    },
  }
}

export function formatJson(results: readonly SceneResult[]): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`
}

/** 0 when every scene passes, 1 when any fails. (2, usage errors, is the CLI's.) */
export function exitCode(results: readonly SceneResult[]): 0 | 1 {
  return results.every((r) => r.ok) ? 0 : 1
}
