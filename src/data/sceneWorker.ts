/**
 * The scene worker: fetch, JSON.parse, migrate and validate (zod + cross-checks) off the main
 * thread, then post the validated scene back in slices (see sceneTransfer.ts), with the
 * deployment's settings read and checked beside it. At 70,000 booths this is seconds of work
 * the page never feels.
 */
import { fetchScene } from './fetchSceneFiles.ts'
import { SceneLoadError } from './sceneLoadError.ts'
import { requestInWorkerName, sceneMessages, type SceneWorkerMessage, type SceneWorkerRequest } from './sceneTransfer.ts'
import { validateScene } from './validateScene.ts'

/** The worker's global scope, typed without pulling the WebWorker lib into the whole program. */
interface WorkerScope {
  postMessage(msg: SceneWorkerMessage): void
}
const scope = self as unknown as WorkerScope
const post = (msg: SceneWorkerMessage): void => scope.postMessage(msg)

async function load({ sceneId, baseUrl }: SceneWorkerRequest): Promise<void> {
  // The deployment's settings too: zod is loaded here anyway, and the page's main thread is spared
  // building and running their schema. Imported here, not at the top, so the schema is built
  // once the scene's first requests are out, while its files download. Never a reason to fail the scene.
  const settings = import('./readDeploymentConfig.ts').then((m) => m.loadDeploymentConfig({ baseUrl })).catch(() => undefined)
  try {
    const fetched = await fetchScene(sceneId, {
      baseUrl,
      onProgress: (progress) => post({ type: 'progress', progress }),
      onWarning: (message) => post({ type: 'warning', message }),
    })
    const validated = { ...validateScene(fetched, fetched.raw), settings: await settings }
    await fetched.commit()
    for (const msg of sceneMessages(validated)) post(msg)
  } catch (err) {
    if (err instanceof SceneLoadError) post({ type: 'failed', failure: err.failure })
    else post({ type: 'crashed', message: err instanceof Error ? err.message : String(err) })
  }
}

// The request is in the worker's name (after a '#'), whether index.html's start-up script or
// the app started it, not in a message: a message posted to a starting worker is only forwarded
// once the page's main thread is free, which during start-up is after the entry script has run
// (~70-150 ms later than this; posting it as well measured ~50 ms later first frames). Not in
// the URL either: a worker served by the offline cache gets the cached response's URL.
const request = requestInWorkerName((self as unknown as { name?: string }).name ?? '')
if (request) void load(request)
else post({ type: 'crashed', message: 'the scene worker was started without a request in its name' })
