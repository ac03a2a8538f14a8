/**
 * Loads a scene: fetch, parse, migrate and validate in the scene worker (off the main thread),
 * receive it in slices, then build its lookup index in short time slices. Where there is no
 * Worker (tests in jsdom, very old browsers) the same steps run here, with the validator
 * loaded lazily so zod never weighs on the first download. Every failure ends as a
 * `SceneLoadError` that names the file and, for data problems, the JSON path and rule.
 */
import { sceneIndexSteps, type SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { LoadProgress } from './fetchSceneFiles.ts'
import { adoptEarlySceneWorker } from './earlySceneWorker.ts'
import { SceneLoadError } from './sceneLoadError.ts'
import { createSceneAssembler, requestFragment, type SceneWorkerMessage } from './sceneTransfer.ts'
import { runSliced } from './timeSlice.ts'
import type { ValidatedScene } from './validateScene.ts'

export { SceneLoadError, type SceneLoadFailure } from './sceneLoadError.ts'
export type { LoadProgress } from './fetchSceneFiles.ts'

export interface LoadedScene extends ValidatedScene {
  index: SceneIndex
}

export interface LoadSceneOptions {
  baseUrl?: string
  /** A custom fetch (tests) runs the loader on this thread. */
  fetch?: typeof fetch
  onProgress?: (p: LoadProgress) => void
  signal?: AbortSignal
  /** Force the same-thread path (tests, diagnostics). */
  worker?: boolean
  /** Not fatal problems (the offline copy could not be kept). */
  onWarning?: (message: string) => void
  /** A later revision: never the worker index.html started for the first load. */
  fresh?: boolean
  /** Give up after this long (default SCENE_LOAD_TIMEOUT_MS) with a `timeout` failure. */
  timeoutMs?: number
}

/**
 * The whole load (download, checks, index) gets a minute: the default venue takes a second or
 * two, a 70,000-booth fair on a slow kiosk ~15 s. Beyond that something is wrong (a stalled
 * server, data the checks choke on) and the error screen, or a kiosk's recovery, takes over
 * rather than "Loading venue…" for ever.
 */
export const SCENE_LOAD_TIMEOUT_MS = 60_000

/** `sceneId` null: the deployment's default scene (venue-twin.config.json `defaultScene`). */
export function loadScene(sceneId: string | null, opts: LoadSceneOptions = {}): Promise<LoadedScene> {
  const { signal, timeoutMs = SCENE_LOAD_TIMEOUT_MS } = opts
  const stop = new AbortController()
  const onOuterAbort = (): void => stop.abort(signal!.reason)
  if (signal?.aborted) onOuterAbort()
  else signal?.addEventListener('abort', onOuterAbort)
  let timer: ReturnType<typeof setTimeout> | undefined
  return Promise.race([
    load(sceneId, { ...opts, signal: stop.signal }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new SceneLoadError({ kind: 'timeout', sceneId: sceneId ?? 'default', seconds: Math.round(timeoutMs / 1000) })
        // Stops the worker (and its endless checks, if that is what held it up) and the downloads.
        stop.abort(error)
        reject(error)
      }, timeoutMs)
    }),
  ]).finally(() => {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onOuterAbort)
  })
}

async function load(sceneId: string | null, opts: LoadSceneOptions): Promise<LoadedScene> {
  const base = opts.baseUrl ?? import.meta.env.BASE_URL
  const useWorker = opts.worker ?? (typeof Worker !== 'undefined' && !opts.fetch)
  let loaded: ValidatedScene | null = null
  if (useWorker) {
    try {
      loaded = await validateInWorker(sceneId, absolute(base), opts)
    } catch (e) {
      if (e instanceof SceneLoadError || opts.signal?.aborted) throw e
      // A worker that cannot start (blocked script, CSP) costs speed, never the venue.
      console.warn('[venue-twin] scene worker unavailable; validating on the main thread', e)
    }
  }
  if (!loaded) {
    // Only here (tests, no Worker): the worker does its own fetching, so this stays out of the entry.
    const { fetchScene } = await import('./fetchSceneFiles.ts')
    const fetched = await fetchScene(sceneId, { baseUrl: absolute(base), fetch: opts.fetch, onProgress: opts.onProgress, onWarning: opts.onWarning, signal: opts.signal ?? null })
    const { validateScene } = await import('./validateScene.ts')
    loaded = validateScene(fetched, fetched.raw)
    await fetched.commit()
  }
  const index = await runSliced(sceneIndexSteps(loaded.scene))
  return { ...loaded, index }
}

function absolute(base: string): string {
  return typeof location !== 'undefined' ? new URL(base, location.href).href : base
}

function validateInWorker(sceneId: string | null, baseUrl: string, opts: LoadSceneOptions): Promise<ValidatedScene> {
  return new Promise((resolve, reject) => {
    // Started by index.html before this code arrived (same request), or started here.
    const early = opts.fresh ? null : adoptEarlySceneWorker(sceneId)
    // Either way the request rides in the worker's name, which it reads as it starts.
    const worker = early?.worker ?? new Worker(new URL('./sceneWorker.ts', import.meta.url), { type: 'module', name: `venue-twin-scene${requestFragment({ sceneId, baseUrl })}` })
    const assembler = createSceneAssembler()
    const finish = (fn: () => void): void => {
      worker.terminate()
      opts.signal?.removeEventListener('abort', onAbort)
      fn()
    }
    const onAbort = (): void => finish(() => reject(opts.signal?.reason ?? new Error('aborted')))
    opts.signal?.addEventListener('abort', onAbort, { once: true })
    const onMessage = (msg: SceneWorkerMessage): void => {
      switch (msg.type) {
        case 'progress':
          opts.onProgress?.(msg.progress)
          break
        case 'warning':
          opts.onWarning?.(msg.message)
          break
        case 'head':
        case 'part':
          assembler.accept(msg)
          break
        case 'done':
          finish(() => resolve(assembler.result()))
          break
        case 'failed':
          finish(() => reject(new SceneLoadError(msg.failure)))
          break
        case 'crashed':
          finish(() => reject(new Error(msg.message)))
          break
      }
    }
    const onError = (message: string): void => finish(() => reject(new Error(message || 'the scene worker failed to start')))
    worker.onmessage = (e: MessageEvent<SceneWorkerMessage>) => onMessage(e.data)
    worker.onerror = (e) => {
      e.preventDefault()
      onError(e.message)
    }
    if (!early) return
    // What it did before we listened, in order.
    for (const message of early.errors) onError(message)
    for (const msg of early.messages) onMessage(msg)
  })
}
