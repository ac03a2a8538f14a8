import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { earlySceneScript } from '../../scripts/vite-plugin-early-scene.ts'
import { requestFragment, requestInFragment } from '../../src/data/sceneTransfer.ts'

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
  it('is in the worker URL fragment, in the form the worker reads, and in a message (a worker served from the offline cache has no fragment)', () => {
    const [worker, ...more] = runEarlyScript('?scene=wdec-2023&lang=zh')
    expect(more).toEqual([])
    expect(worker!.name).toBe('venue-twin-scene')
    const url = new URL(worker!.url, 'https://expo.example/')
    expect(url.pathname).toBe('/assets/sceneWorker-abc.js')
    const request = { sceneId: 'wdec-2023', baseUrl: 'https://expo.example/' }
    expect(requestInFragment(url.hash)).toEqual(request)
    expect(url.hash).toBe(requestFragment(request))
    expect(JSON.parse(JSON.stringify(worker!.posted))).toEqual([request])
  })

  it('asks for the default scene without ?scene=, and for none with a malformed one', () => {
    expect(requestInFragment(new URL(runEarlyScript('')[0]!.url, 'https://expo.example/').hash)?.sceneId).toBe('wdec-2023')
    expect(runEarlyScript('?scene=..%2Fsecrets')).toEqual([])
  })

  it('reads no request from an empty or foreign fragment', () => {
    for (const hash of ['', '#', '#%7B', '#{"sceneId":1,"baseUrl":"x"}', `#${encodeURIComponent('"wdec-2023"')}`]) expect(requestInFragment(hash), hash).toBeNull()
  })
})
