/**
 * The scene files index.html's start-up script fetched for the worker (see
 * scripts/vite-plugin-early-scene.ts). The page can start those downloads at once; the worker
 * itself only gets to them once it has started up and run its code, a few hundred ms later on a
 * slow machine. The files come back here as `fetch` responses, so everything that follows —
 * status checks, JSON parsing, error messages naming the file — is the same as for the worker's
 * own fetches. A file the page could not fetch is fetched again by the worker, which then
 * reports the failure in its usual words.
 */
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import type { PrefetchedSceneFile } from './sceneTransfer.ts'

export interface PrefetchedFiles {
  /** Hands over one file (a message from the page). */
  receive(msg: PrefetchedSceneFile): void
  /** A fetch that answers the prefetched files from the page's responses and the rest from the network. */
  fetchFor(files: readonly SceneFileName[]): typeof fetch
}

export function prefetchedFiles(networkFetch: typeof fetch = fetch): PrefetchedFiles {
  const waiting = new Map<SceneFileName, { promise: Promise<PrefetchedSceneFile>; resolve: (m: PrefetchedSceneFile) => void }>()
  const slot = (file: SceneFileName) => {
    let s = waiting.get(file)
    if (!s) {
      let resolve!: (m: PrefetchedSceneFile) => void
      const promise = new Promise<PrefetchedSceneFile>((r) => (resolve = r))
      s = { promise, resolve }
      waiting.set(file, s)
    }
    return s
  }
  return {
    receive(msg) {
      slot(msg.file).resolve(msg)
    },
    fetchFor(files) {
      return (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
        const file = SCENE_FILES.find((f) => url.endsWith(`/${f}`))
        if (!file || !files.includes(file)) return networkFetch(input, init)
        const msg = await slot(file).promise
        if ('error' in msg) return networkFetch(input, init)
        return new Response(msg.body, { status: msg.status, headers: { 'content-type': msg.contentType } })
      }) as typeof fetch
    },
  }
}
