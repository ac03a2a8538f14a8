/**
 * What the validator concludes about one scene folder, from what was read off disk. Pure:
 * the folder's raw files and read problems in, a `SceneResult` out.
 */
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { CURRENT_SCHEMA_VERSION, SCENE_FILES, type SceneFileName } from '../../src/domain/scene/schema.ts'
import { reachabilityIssues } from '../../src/domain/routing/reachabilityIssues.ts'
import type { SceneDirRead } from './readSceneDir.ts'
import { checkLogos, logoRefs } from '../../src/domain/logos/logoRules.ts'

export interface SceneCounts {
  zones: number
  booths: number
  exhibitors: number
  sessions: number
}

export interface SceneResult {
  dir: string
  ok: boolean
  /** Item counts; for a failing scene only those that could be read. */
  counts?: Partial<SceneCounts>
  /** Files written in an older schemaVersion and migrated on load. */
  migratedFrom: Partial<Record<SceneFileName, number>>
  issues: SceneIssue[]
}

export function checkScene(read: SceneDirRead): SceneResult {
  const parsed = parseScene(read.files)
  if (parsed.ok && read.issues.length === 0) {
    const { scene } = parsed
    // Wayfinding: a valid scene must also let visitors walk to every place in it.
    const unreachable = reachabilityIssues(scene)
    const logos = checkLogos(logoRefs(scene.exhibitors), (f) => read.logos?.[f] ?? null).issues
    // What the app drops from old files with a warning (a kiosk PIN) must be fixed in the source.
    const issues = [...parsed.dropped, ...unreachable, ...logos]
    return {
      dir: read.dir,
      ok: issues.length === 0,
      counts: { zones: scene.venue.zones.length, booths: scene.venue.booths.length, exhibitors: scene.exhibitors.length, sessions: scene.sessions.length },
      migratedFrom: parsed.migratedFrom,
      issues,
    }
  }
  // A file that could not be read already has its issue; parseScene's "not an object" for it is noise.
  const unreadable = new Set<string>(read.unreadable)
  const parseIssues = parsed.ok ? [] : parsed.issues.filter((i) => !unreadable.has(i.file))
  const counts = rawCounts(read)
  return {
    dir: read.dir,
    ok: false,
    ...(Object.keys(counts).length ? { counts } : {}),
    migratedFrom: parsed.ok ? parsed.migratedFrom : rawMigratedFrom(read),
    issues: sortByFile([...read.issues, ...parseIssues]),
  }
}

/** Issues grouped by file in the scene's file order (folder problems first), original order kept within a file. */
export function sortByFile(issues: readonly SceneIssue[]): SceneIssue[] {
  const rank = (file: string): number => {
    const i = (SCENE_FILES as readonly string[]).indexOf(file)
    return i < 0 ? -1 : i
  }
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => rank(a.issue.file) - rank(b.issue.file) || a.n - b.n)
    .map((x) => x.issue)
}

function field(raw: unknown, key: string): unknown {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined
}

function rawCounts(read: SceneDirRead): Partial<SceneCounts> {
  const out: Partial<SceneCounts> = {}
  const put = (key: keyof SceneCounts, v: unknown): void => {
    if (Array.isArray(v)) out[key] = v.length
  }
  put('zones', field(read.files['venue.json'], 'zones'))
  put('booths', field(read.files['venue.json'], 'booths'))
  put('exhibitors', field(read.files['exhibitors.json'], 'exhibitors'))
  put('sessions', field(read.files['sessions.json'], 'sessions'))
  return out
}

function rawMigratedFrom(read: SceneDirRead): Partial<Record<SceneFileName, number>> {
  const out: Partial<Record<SceneFileName, number>> = {}
  for (const file of SCENE_FILES) {
    const v = field(read.files[file], 'schemaVersion')
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v < CURRENT_SCHEMA_VERSION) out[file] = v
  }
  return out
}
