/**
 * Scene files fetched by the page for the scene worker (index.html's start-up script): the
 * worker reads them as if it had fetched them itself, waits for one still on its way, and
 * fetches again what the page could not get.
 */
import { describe, expect, it } from 'vitest'
import { fetchSceneFiles } from '../../src/data/fetchSceneFiles.ts'
import { prefetchedFiles } from '../../src/data/prefetchedFiles.ts'
import { SceneLoadError } from '../../src/data/sceneLoadError.ts'

const bytes = (value: unknown): ArrayBuffer => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer
const BASE = 'https://fair.example/'

function network() {
  const asked: string[] = []
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input)
    asked.push(url.slice(url.lastIndexOf('/') + 1))
    return new Response(JSON.stringify({ from: 'network' }), { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof globalThis.fetch
  return { asked, fetch }
}

describe('prefetched scene files', () => {
  it("answers from the page's responses, including one that arrives after the worker asked", async () => {
    const net = network()
    const files = prefetchedFiles(net.fetch)
    files.receive({ type: 'prefetched', file: 'venue.json', status: 200, contentType: 'application/json', body: bytes({ v: 1 }) })
    files.receive({ type: 'prefetched', file: 'exhibitors.json', status: 200, contentType: 'application/json; charset=utf-8', body: bytes([]) })
    const loading = fetchSceneFiles('wdec-2023', { baseUrl: BASE, fetch: files.fetchFor(['venue.json', 'exhibitors.json', 'sessions.json']) })
    // sessions.json is still on its way when the worker asks for it.
    await new Promise((r) => setTimeout(r, 10))
    files.receive({ type: 'prefetched', file: 'sessions.json', status: 200, contentType: 'application/json', body: bytes([{ s: 1 }]) })
    const raw = await loading
    expect(raw).toEqual({ 'venue.json': { v: 1 }, 'exhibitors.json': [], 'sessions.json': [{ s: 1 }] })
    expect(net.asked).toEqual([])
  })

  it('fetches again what the page could not get, and anything the page did not ask for', async () => {
    const net = network()
    const files = prefetchedFiles(net.fetch)
    files.receive({ type: 'prefetched', file: 'venue.json', error: 'TypeError: Failed to fetch' })
    files.receive({ type: 'prefetched', file: 'exhibitors.json', status: 200, contentType: 'application/json', body: bytes([]) })
    const raw = await fetchSceneFiles('wdec-2023', { baseUrl: BASE, fetch: files.fetchFor(['venue.json', 'exhibitors.json']) })
    expect(raw['venue.json']).toEqual({ from: 'network' })
    expect(raw['exhibitors.json']).toEqual([])
    expect(net.asked.sort()).toEqual(['sessions.json', 'venue.json'])
  })

  it("reports the page's answers in the usual words: a missing file is named", async () => {
    const files = prefetchedFiles(network().fetch)
    for (const file of ['venue.json', 'sessions.json'] as const) files.receive({ type: 'prefetched', file, status: 200, contentType: 'application/json', body: bytes({}) })
    files.receive({ type: 'prefetched', file: 'exhibitors.json', status: 404, contentType: 'text/plain', body: bytes('Not found') })
    const failure = await fetchSceneFiles('wdec-2023', { baseUrl: BASE, fetch: files.fetchFor(['venue.json', 'exhibitors.json', 'sessions.json']) }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SceneLoadError)
    expect((failure as SceneLoadError).failure).toMatchObject({ kind: 'missing', file: 'exhibitors.json' })
  })
})
