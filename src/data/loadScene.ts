/**
 * Fetches a scene's three files, parses, migrates and validates them. Every failure ends as a
 * `SceneLoadError` that names the file and, for data problems, the JSON path and rule.
 */
import { SceneError, type SceneIssue } from '../domain/scene/issues.ts'
import { parseScene, type RawSceneFiles } from '../domain/scene/parseScene.ts'
import { SCENE_FILES, type Scene, type SceneFileName } from '../domain/scene/schema.ts'

export type SceneLoadFailure =
  | { kind: 'missing'; sceneId: string; file: SceneFileName }
  | { kind: 'network'; sceneId: string; file: SceneFileName; message: string }
  | { kind: 'invalid'; sceneId: string; issues: SceneIssue[] }

export class SceneLoadError extends Error {
  readonly failure: SceneLoadFailure
  constructor(failure: SceneLoadFailure) {
    super(
      failure.kind === 'invalid'
        ? new SceneError(failure.sceneId, failure.issues).message
        : failure.kind === 'missing'
          ? `Scene "${failure.sceneId}" not found (${failure.file})`
          : `Scene "${failure.sceneId}": ${failure.file}: ${failure.message}`,
    )
    this.name = 'SceneLoadError'
    this.failure = failure
  }
}

export interface LoadProgress {
  file: SceneFileName
  loaded: number
  total: number
}

export interface LoadedScene {
  scene: Scene
  migratedFrom: Partial<Record<SceneFileName, number>>
}

export function sceneUrl(baseUrl: string, sceneId: string, file: SceneFileName): string {
  return `${baseUrl.replace(/\/$/, '')}/scenes/${encodeURIComponent(sceneId)}/${file}`
}

export async function loadScene(
  sceneId: string,
  opts: { baseUrl?: string; fetch?: typeof fetch; onProgress?: (p: LoadProgress) => void; signal?: AbortSignal } = {},
): Promise<LoadedScene> {
  const doFetch = opts.fetch ?? fetch
  const base = opts.baseUrl ?? import.meta.env.BASE_URL
  let done = 0
  const raw = {} as RawSceneFiles
  const issues: SceneIssue[] = []
  await Promise.all(
    SCENE_FILES.map(async (file) => {
      let res: Response
      try {
        res = await doFetch(sceneUrl(base, sceneId, file), { signal: opts.signal ?? null })
      } catch (e) {
        throw new SceneLoadError({ kind: 'network', sceneId, file, message: e instanceof Error ? e.message : String(e) })
      }
      // The dev server answers unknown paths with index.html: treat any non-JSON as missing.
      const type = res.headers.get('content-type') ?? ''
      if (res.status === 404 || (res.ok && !type.includes('json'))) throw new SceneLoadError({ kind: 'missing', sceneId, file })
      if (!res.ok) throw new SceneLoadError({ kind: 'network', sceneId, file, message: `HTTP ${res.status}` })
      const text = await res.text()
      try {
        raw[file] = JSON.parse(text)
      } catch (e) {
        issues.push({ file, path: '$', rule: 'json-syntax', message: e instanceof Error ? e.message : String(e) })
      }
      done++
      opts.onProgress?.({ file, loaded: done, total: SCENE_FILES.length })
    }),
  )
  if (issues.length) throw new SceneLoadError({ kind: 'invalid', sceneId, issues })
  const result = parseScene(raw)
  if (!result.ok) throw new SceneLoadError({ kind: 'invalid', sceneId, issues: result.issues })
  return { scene: result.scene, migratedFrom: result.migratedFrom }
}
