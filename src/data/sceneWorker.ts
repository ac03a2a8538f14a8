/**
 * The scene worker: fetch, JSON.parse, migrate and validate (zod + cross-checks) off the main
 * thread, then post the validated scene back in slices (see sceneTransfer.ts). At 70,000
 * booths this is seconds of work the page never feels.
 */
import { fetchSceneFiles } from './fetchSceneFiles.ts'
import { SceneLoadError } from './sceneLoadError.ts'
import { sceneMessages, type SceneWorkerMessage, type SceneWorkerRequest } from './sceneTransfer.ts'
import { validateScene } from './validateScene.ts'

/** The worker's global scope, typed without pulling the WebWorker lib into the whole program. */
interface WorkerScope {
  postMessage(msg: SceneWorkerMessage): void
  onmessage: ((e: MessageEvent<SceneWorkerRequest>) => void) | null
}
const scope = self as unknown as WorkerScope
const post = (msg: SceneWorkerMessage): void => scope.postMessage(msg)

scope.onmessage = async (e: MessageEvent<SceneWorkerRequest>) => {
  const { sceneId, baseUrl } = e.data
  try {
    const raw = await fetchSceneFiles(sceneId, { baseUrl, onProgress: (progress) => post({ type: 'progress', progress }) })
    for (const msg of sceneMessages(validateScene(sceneId, raw))) post(msg)
  } catch (err) {
    if (err instanceof SceneLoadError) post({ type: 'failed', failure: err.failure })
    else post({ type: 'crashed', message: err instanceof Error ? err.message : String(err) })
  }
}
