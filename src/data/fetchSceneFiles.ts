/**
 * Fetches the three files of a scene and parses their JSON. Runs in the scene worker and, where
 * there is no Worker, on the main thread. Fails with a `SceneLoadError` naming the file.
 */
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import type { SceneIssue } from '../domain/scene/issues.ts'
import type { RawSceneFiles } from '../domain/scene/parseScene.ts'
import { SceneLoadError } from './sceneLoadError.ts'

export interface LoadProgress {
  file: SceneFileName
  loaded: number
  total: number
}

export interface FetchSceneOptions {
  /** Where the app is served from (absolute in a worker, whose own URL is under assets/). */
  baseUrl: string
  fetch?: typeof fetch
  onProgress?: (p: LoadProgress) => void
  signal?: AbortSignal | null
}

export function sceneUrl(baseUrl: string, sceneId: string, file: SceneFileName): string {
  return `${baseUrl.replace(/\/$/, '')}/scenes/${encodeURIComponent(sceneId)}/${file}`
}

export async function fetchSceneFiles(sceneId: string, opts: FetchSceneOptions): Promise<RawSceneFiles> {
  const doFetch = opts.fetch ?? fetch
  let done = 0
  const raw = {} as RawSceneFiles
  const issues: SceneIssue[] = []
  await Promise.all(
    SCENE_FILES.map(async (file) => {
      let res: Response
      try {
        res = await doFetch(sceneUrl(opts.baseUrl, sceneId, file), { signal: opts.signal ?? null })
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
  return raw
}
