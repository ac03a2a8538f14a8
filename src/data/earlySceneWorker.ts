/**
 * The scene worker that index.html started before the app's code arrived (see
 * scripts/vite-plugin-early-scene.ts): its messages so far, and the worker itself. Taken once;
 * a worker started for another scene than the app wants is stopped.
 */
import type { SceneWorkerMessage } from './sceneTransfer.ts'

export interface EarlySceneWorker {
  worker: Worker
  /** Messages the worker posted before the app listened, in order. */
  messages: SceneWorkerMessage[]
  /** Start-up errors reported before the app listened. */
  errors: string[]
}

interface EarlyGlobal extends EarlySceneWorker {
  /** null: the deployment's default scene. */
  sceneId: string | null
}

/** The global index.html's start-up script leaves the worker under (scripts/vite-plugin-early-scene.ts). */
export const EARLY_SCENE_GLOBAL = '__venueTwinEarlyScene'

export function adoptEarlySceneWorker(sceneId: string | null): EarlySceneWorker | null {
  if (typeof window === 'undefined') return null
  const holder = window as unknown as Record<string, EarlyGlobal | undefined>
  const early = holder[EARLY_SCENE_GLOBAL]
  if (!early) return null
  delete holder[EARLY_SCENE_GLOBAL]
  if (early.sceneId !== sceneId) {
    early.worker.terminate()
    return null
  }
  return { worker: early.worker, messages: early.messages, errors: early.errors }
}
