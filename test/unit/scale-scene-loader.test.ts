/**
 * The scene loader's same-thread path (no Worker: tests, old browsers), which shares every
 * step with the worker except the transfer: fetch, JSON, validation, and an index built in
 * time slices. Failures name the file, and for data problems the path and rule.
 */
import { describe, expect, it } from 'vitest'
import { loadScene, SceneLoadError } from '../../src/data/loadScene.ts'
import { runSliced } from '../../src/data/timeSlice.ts'
import { smallScene } from '../fixtures/smallScene.ts'

function serve(files: Record<string, unknown>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input)
    const name = url.split('/').pop()!
    if (!(name in files)) return new Response('not found', { status: 404 })
    const body = files[name]
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

const files = () => {
  const s = smallScene()
  return { 'venue.json': s.venue, 'exhibitors.json': s.exhibitors, 'sessions.json': s.sessions } as Record<string, unknown>
}

describe('scene loader without a worker', () => {
  it('loads, validates and indexes a scene, reporting progress per file', async () => {
    const progress: string[] = []
    const loaded = await loadScene('small-expo', { baseUrl: 'http://venue.test/', fetch: serve(files()), onProgress: (p) => progress.push(p.file) })
    expect(loaded.scene.venue.id).toBe('small-expo')
    expect(loaded.index.boothById.size).toBe(loaded.scene.venue.booths.length)
    expect(loaded.index.zoneById.size).toBe(loaded.scene.venue.zones.length)
    expect(progress.sort()).toEqual(['exhibitors.json', 'sessions.json', 'venue.json'])
  })

  it('names a missing file', async () => {
    const f = files()
    delete f['sessions.json']
    await expect(loadScene('small-expo', { baseUrl: 'http://venue.test/', fetch: serve(f) })).rejects.toMatchObject({ failure: { kind: 'missing', file: 'sessions.json' } })
  })

  it('names the file, JSON path and rule of a broken reference, and JSON syntax errors', async () => {
    const f = files()
    ;(f['exhibitors.json'] as { exhibitors: { boothIds: string[] }[] }).exhibitors[0]!.boothIds[0] = 'no-such-booth'
    const err = await loadScene('small-expo', { baseUrl: 'http://venue.test/', fetch: serve(f) }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SceneLoadError)
    expect((err as SceneLoadError).failure).toMatchObject({ kind: 'invalid', issues: [{ file: 'exhibitors.json', path: '$.exhibitors[0].boothIds[0]', rule: 'exhibitor-booth-exists' }] })

    const g = files()
    g['venue.json'] = '{ "schemaVersion": 2, '
    await expect(loadScene('small-expo', { baseUrl: 'http://venue.test/', fetch: serve(g) })).rejects.toMatchObject({ failure: { kind: 'invalid', issues: [{ file: 'venue.json', rule: 'json-syntax' }] } })
  })
})

describe('time slicing', () => {
  it('gives the event loop back between slices and returns the generator’s result', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    function* work(): Generator<void, number, void> {
      let sum = 0
      for (let i = 0; i < 40; i++) {
        const until = performance.now() + 3
        while (performance.now() < until) sum++
        yield
      }
      return sum
    }
    const result = await runSliced(work(), 10)
    clearInterval(timer)
    expect(result).toBeGreaterThan(0)
    // ~120 ms of work in 10 ms slices: other tasks ran in between.
    expect(ticks).toBeGreaterThan(2)
  })
})
