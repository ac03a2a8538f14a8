import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { earlySceneScript } from '../../scripts/vite-plugin-early-scene.ts'
import { requestFragment, requestInWorkerName } from '../../src/data/sceneTransfer.ts'

/** Runs index.html's start-up script in a bare page stand-in; returns the workers it started. */
function runEarlyScript(search: string): { url: string; name: string | undefined; posted: unknown[] }[] {
  const started: { url: string; name: string | undefined; posted: unknown[] }[] = []
  class Worker {
    onmessage: unknown = null
    onerror: unknown = null
    private readonly posted: unknown[] = []
    constructor(url: string, opts?: { name?: string }) {
      started.push({ url, name: opts?.name, posted: this.posted })
    }
    postMessage(message: unknown): void {
      this.posted.push(message)
    }
  }
  const window: Record<string, unknown> = {}
  runInNewContext(earlySceneScript('/assets/sceneWorker-abc.js', '/'), { Worker, window, URL, URLSearchParams, location: { search, href: `https://expo.example/${search}` } })
  return started
}

describe('the early scene worker request', () => {
  it("is in the worker's name, in the form the worker reads, and neither in its URL nor in a message", () => {
    const [worker, ...more] = runEarlyScript('?scene=wdec-2023&lang=zh')
    expect(more).toEqual([])
    const [prefix, fragment] = [worker!.name!.slice(0, worker!.name!.indexOf('#')), worker!.name!.slice(worker!.name!.indexOf('#'))]
    expect(prefix).toBe('venue-twin-scene')
    const request = { sceneId: 'wdec-2023', baseUrl: 'https://expo.example/' }
    expect(requestInWorkerName(worker!.name!)).toEqual(request)
    expect(fragment).toBe(requestFragment(request))
    // A worker served by the offline cache would lose a URL fragment; a message would wait
    // for the page's main thread.
    expect(worker!.url).toBe('/assets/sceneWorker-abc.js')
    expect(worker!.posted).toEqual([])
  })

  it("asks for the deployment's default scene (null) without ?scene= or with a malformed one, which the app ignores too", () => {
    expect(requestInWorkerName(runEarlyScript('')[0]!.name!)?.sceneId).toBeNull()
    expect(requestInWorkerName(runEarlyScript('?scene=..%2Fsecrets')[0]!.name!)?.sceneId).toBeNull()
    expect(requestInWorkerName(runEarlyScript('?scene=wdec-2024')[0]!.name!)?.sceneId).toBe('wdec-2024')
  })

  it('reads no request from an empty or foreign fragment', () => {
    for (const hash of ['', '#', '#%7B', '#{"sceneId":1,"baseUrl":"x"}', `#${encodeURIComponent('"wdec-2023"')}`]) expect(requestInWorkerName(hash), hash).toBeNull()
  })
})
