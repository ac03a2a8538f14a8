/**
 * Fetches a scene's files and parses their JSON. Runs in the scene worker and, where there is
 * no Worker, on the main thread. A published folder (docs/contract.md "Published scenes") is
 * read through its manifest: the files it names by content hash, checked against their hash,
 * kept for offline use; an unpublished folder (the dev server, generated scale scenes) is read
 * as its three plain files. Where the scenes live and which is the default come from
 * venue-twin.config.json, read alongside the manifest so the usual deployment pays no extra
 * round trip. Fails with a `SceneLoadError` naming the file.
 */
import { CONFIG_FILE, DEFAULT_CONFIG } from '../domain/config/deploymentConfig.ts'
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import { KEBAB_CASE } from '../domain/scene/ids.ts'
import type { SceneIssue } from '../domain/scene/issues.ts'
import { MANIFEST_FILE, parseManifest, type SceneManifest } from '../domain/scene/manifest.ts'
import type { RawSceneFiles } from '../domain/scene/parseScene.ts'
import { cachedFile, keepFile, lastCompleteManifest, markComplete } from './sceneCache.ts'
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
  /** Offline-copy problems (a full disk): reported, never fatal. */
  onWarning?: (message: string) => void
  signal?: AbortSignal | null
}

export interface FetchedScene {
  sceneId: string
  raw: RawSceneFiles
  /** The published revision, or null for an unpublished folder. */
  revision: number | null
  /** Where new revisions are announced (null: unpublished). */
  manifestUrl: string | null
  /** Call once the scene validated: this revision becomes the one kept for offline use. */
  commit: () => Promise<void>
}

/** Where scenes live and the default one, from the settings file (the rest is the app's business). */
async function dataLocation(baseUrl: string, doFetch: typeof fetch): Promise<{ dataUrl: string; defaultScene: string }> {
  let dataBaseUrl = DEFAULT_CONFIG.dataBaseUrl
  let defaultScene = DEFAULT_CONFIG.defaultScene
  try {
    const res = await doFetch(new URL(CONFIG_FILE, baseUrl).href, { cache: 'no-cache', credentials: 'same-origin' })
    const json = res.ok ? ((await res.json()) as Record<string, unknown>) : null
    if (json && typeof json.dataBaseUrl === 'string' && !/^(javascript|data):/i.test(json.dataBaseUrl)) dataBaseUrl = json.dataBaseUrl
    if (json && typeof json.defaultScene === 'string' && KEBAB_CASE.test(json.defaultScene)) defaultScene = json.defaultScene
  } catch {
    // Missing or broken: the app reports it once the view is up; the data stays where it was.
  }
  const dir = dataBaseUrl.endsWith('/') ? dataBaseUrl : `${dataBaseUrl}/`
  return { dataUrl: new URL(dir, baseUrl).href, defaultScene }
}

export function sceneFolderUrl(dataUrl: string, sceneId: string): string {
  return new URL(`${encodeURIComponent(sceneId)}/`, dataUrl).href
}

type ManifestRead = { kind: 'published'; manifest: SceneManifest; fromCache: boolean } | { kind: 'unpublished' } | { kind: 'offline'; message: string }

async function readManifest(url: string, sceneId: string, doFetch: typeof fetch, signal: AbortSignal | null): Promise<ManifestRead> {
  let res: Response
  try {
    res = await doFetch(url, { cache: 'no-cache', signal })
  } catch (e) {
    const cached = await lastCompleteManifest(url)
    const parsed = cached ? parseManifest(cached) : null
    if (parsed && typeof parsed !== 'string') return { kind: 'published', manifest: parsed, fromCache: true }
    return { kind: 'offline', message: e instanceof Error ? e.message : String(e) }
  }
  const type = res.headers.get('content-type') ?? ''
  if (res.status === 404 || (res.ok && !type.includes('json'))) return { kind: 'unpublished' }
  if (!res.ok) throw new SceneLoadError({ kind: 'network', sceneId, file: MANIFEST_FILE, message: `HTTP ${res.status}` })
  let json: unknown
  try {
    json = JSON.parse(await res.text())
  } catch (e) {
    throw invalid(sceneId, MANIFEST_FILE, '$', 'json-syntax', e instanceof Error ? e.message : String(e))
  }
  const parsed = parseManifest(json)
  if (typeof parsed === 'string') throw invalid(sceneId, MANIFEST_FILE, '$', 'manifest', parsed)
  return { kind: 'published', manifest: parsed, fromCache: false }
}

function invalid(sceneId: string, file: string, path: string, rule: string, message: string): SceneLoadError {
  return new SceneLoadError({ kind: 'invalid', sceneId, issues: [{ file, path, rule, message }] })
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

export async function fetchScene(requested: string | null, opts: FetchSceneOptions): Promise<FetchedScene> {
  const doFetch = opts.fetch ?? fetch
  const signal = opts.signal ?? null
  const warn = opts.onWarning ?? (() => undefined)
  // The usual deployment: scenes/ next to index.html. Its manifest is asked for at once,
  // alongside the settings file that says where the scenes really are.
  const guess = { dataUrl: new URL('scenes/', opts.baseUrl).href, sceneId: requested ?? DEFAULT_CONFIG.defaultScene }
  const guessUrl = new URL(MANIFEST_FILE, sceneFolderUrl(guess.dataUrl, guess.sceneId)).href
  const early = readManifest(guessUrl, guess.sceneId, doFetch, signal)
  early.catch(() => undefined)
  const where = await dataLocation(opts.baseUrl, doFetch)
  const sceneId = requested ?? where.defaultScene
  const folder = sceneFolderUrl(where.dataUrl, sceneId)
  const manifestUrl = new URL(MANIFEST_FILE, folder).href
  const read = manifestUrl === guessUrl ? await early : await readManifest(manifestUrl, sceneId, doFetch, signal)

  if (read.kind === 'offline') throw new SceneLoadError({ kind: 'network', sceneId, file: MANIFEST_FILE, message: read.message })
  if (read.kind === 'unpublished') {
    const raw = await fetchPlainFiles(sceneId, folder, doFetch, opts)
    return { sceneId, raw, revision: null, manifestUrl: null, commit: async () => undefined }
  }

  const { manifest } = read
  const urls = SCENE_FILES.map((f) => new URL(manifest.files[f].path, folder).href)
  let done = 0
  const raw = {} as RawSceneFiles
  const issues: SceneIssue[] = []
  await Promise.all(
    SCENE_FILES.map(async (file, i) => {
      const url = urls[i]!
      const entry = manifest.files[file]
      let bytes = await cachedFile(url)
      if (!bytes) {
        let res: Response
        try {
          res = await doFetch(url, { signal })
        } catch (e) {
          throw new SceneLoadError({ kind: 'network', sceneId, file, message: e instanceof Error ? e.message : String(e) })
        }
        if (res.status === 404) throw new SceneLoadError({ kind: 'missing', sceneId, file: entry.path })
        if (!res.ok) throw new SceneLoadError({ kind: 'network', sceneId, file, message: `HTTP ${res.status}` })
        bytes = await res.arrayBuffer()
        // A file edited by hand or half uploaded is refused: this revision is read whole or not at all.
        if ((await sha256Hex(bytes)) !== entry.sha256)
          throw invalid(sceneId, entry.path, '$', 'content-hash', `does not match its SHA-256 in ${MANIFEST_FILE} (revision ${manifest.revision}): republish with npm run publish:scene`)
        await keepFile(url, bytes, warn)
      }
      try {
        raw[file] = JSON.parse(new TextDecoder().decode(bytes))
      } catch (e) {
        issues.push({ file, path: '$', rule: 'json-syntax', message: e instanceof Error ? e.message : String(e) })
      }
      done++
      opts.onProgress?.({ file, loaded: done, total: SCENE_FILES.length })
    }),
  )
  if (issues.length) throw new SceneLoadError({ kind: 'invalid', sceneId, issues })
  return {
    sceneId,
    raw,
    revision: manifest.revision,
    manifestUrl,
    commit: () => (read.fromCache ? Promise.resolve() : markComplete(manifestUrl, manifest, urls, warn)),
  }
}

async function fetchPlainFiles(sceneId: string, folder: string, doFetch: typeof fetch, opts: FetchSceneOptions): Promise<RawSceneFiles> {
  let done = 0
  const raw = {} as RawSceneFiles
  const issues: SceneIssue[] = []
  await Promise.all(
    SCENE_FILES.map(async (file) => {
      let res: Response
      try {
        res = await doFetch(new URL(file, folder).href, { signal: opts.signal ?? null })
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
