/**
 * Publishing by content hash: the manifest names each file by its SHA-256, the loader reads a
 * published folder through it, refuses a file that does not match, and a half-published folder
 * (new files copied, manifest not yet written) still reads as the old revision, whole.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { loadScene } from '../../src/data/loadScene.ts'
import { parseManifest, sameContent } from '../../src/domain/scene/manifest.ts'
import { revisionDiff } from '../../src/domain/scene/revisionDiff.ts'
import { planPublish } from '../../scripts/publish/planPublish.ts'
import { smallScene, toFileTexts } from '../fixtures/smallScene.ts'

const BASE = 'http://venue.test/'
const bytesOf = (texts: Record<string, string>) =>
  ({ 'venue.json': Buffer.from(texts['venue.json']!), 'exhibitors.json': Buffer.from(texts['exhibitors.json']!), 'sessions.json': Buffer.from(texts['sessions.json']!) })

/** A data folder in memory, served like a static server would. */
function server(files: Map<string, Buffer>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files.get(String(input))
    if (!body) return new Response('not found', { status: 404 })
    return new Response(new Uint8Array(body), { headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

function publishInto(files: Map<string, Buffer>, texts: Record<string, string>, writeManifest = true) {
  const prev = files.get(`${BASE}scenes/small-expo/manifest.json`)
  const previous = prev ? parseManifest(JSON.parse(prev.toString())) : null
  const plan = planPublish('small-expo', bytesOf(texts), typeof previous === 'string' ? null : previous)
  for (const f of plan.files) files.set(`${BASE}scenes/small-expo/${f.path}`, f.bytes)
  if (writeManifest) files.set(`${BASE}scenes/small-expo/manifest.json`, plan.manifestBytes)
  return plan
}

describe('scene manifest', () => {
  it('names each file by the SHA-256 of its bytes and counts revisions up', () => {
    const texts = toFileTexts(smallScene())
    const one = planPublish('small-expo', bytesOf(texts), null)
    const sha = createHash('sha256').update(texts['venue.json']!).digest('hex')
    expect(one.manifest.revision).toBe(1)
    expect(one.manifest.files['venue.json']).toEqual({ path: `files/venue.${sha.slice(0, 16)}.json`, sha256: sha, bytes: Buffer.byteLength(texts['venue.json']!) })
    expect(parseManifest(JSON.parse(one.manifestBytes.toString()))).toEqual(one.manifest)
    const again = planPublish('small-expo', bytesOf(texts), one.manifest)
    expect(again.unchanged).toBe(true)
    const s = smallScene()
    s.sessions.sessions[0]!.summary.en += ' Moved to the afternoon.'
    const two = planPublish('small-expo', bytesOf(toFileTexts(s)), one.manifest)
    expect(two.unchanged).toBe(false)
    expect(two.manifest.revision).toBe(2)
    expect(two.manifest.files['venue.json']).toEqual(one.manifest.files['venue.json'])
    expect(sameContent(one.manifest, two.manifest)).toBe(false)
  })

  it('refuses manifests whose hashes and paths disagree', () => {
    const m = planPublish('small-expo', bytesOf(toFileTexts(smallScene())), null).manifest
    const broken = structuredClone(m)
    broken.files['venue.json'].sha256 = 'f'.repeat(64)
    expect(parseManifest(broken)).toMatch(/sha256 must be the hex SHA-256 its path names/)
    expect(parseManifest({ ...m, revision: 0 })).toMatch(/revision/)
  })
})

describe('loading a published folder', () => {
  it('reads the revision the manifest names; a half-published folder still reads as the old one', { timeout: 30_000 }, async () => {
    const files = new Map<string, Buffer>()
    publishInto(files, toFileTexts(smallScene()))
    const first = await loadScene('small-expo', { baseUrl: BASE, fetch: server(files) })
    expect(first.revision).toBe(1)
    expect(first.manifestUrl).toBe(`${BASE}scenes/small-expo/manifest.json`)
    const s = smallScene()
    s.exhibitors.exhibitors[0]!.name.en = 'Renamed Exhibitor'
    publishInto(files, toFileTexts(s), false)
    const half = await loadScene('small-expo', { baseUrl: BASE, fetch: server(files) })
    expect(half.revision).toBe(1)
    expect(half.scene.exhibitors[0]!.name.en).toBe(first.scene.exhibitors[0]!.name.en)
    publishInto(files, toFileTexts(s))
    const second = await loadScene('small-expo', { baseUrl: BASE, fetch: server(files) })
    expect(second.revision).toBe(2)
    expect(second.scene.exhibitors[0]!.name.en).toBe('Renamed Exhibitor')
    expect(revisionDiff(first.scene, second.scene)).toMatchObject({ exhibitorsChanged: 1, sessionsMoved: 0, boothsChanged: 0 })
  })

  it('refuses a file changed in place after publishing, naming it and the rule', async () => {
    const files = new Map<string, Buffer>()
    const plan = publishInto(files, toFileTexts(smallScene()))
    const url = `${BASE}scenes/small-expo/${plan.manifest.files['sessions.json'].path}`
    // Same JSON, other bytes: a space added at the end.
    files.set(url, Buffer.from(`${files.get(url)!.toString()} `))
    await expect(loadScene('small-expo', { baseUrl: BASE, fetch: server(files) })).rejects.toMatchObject({
      failure: { kind: 'invalid', issues: [{ file: plan.manifest.files['sessions.json'].path, rule: 'content-hash' }] },
    })
  })

  it('takes the default scene and the data folder from venue-twin.config.json', async () => {
    const files = new Map<string, Buffer>()
    const plan = planPublish('small-expo', bytesOf(toFileTexts(smallScene())), null)
    for (const f of plan.files) files.set(`https://cdn.example.cn/data/small-expo/${f.path}`, f.bytes)
    files.set('https://cdn.example.cn/data/small-expo/manifest.json', plan.manifestBytes)
    files.set(`${BASE}venue-twin.config.json`, Buffer.from(JSON.stringify({ dataBaseUrl: 'https://cdn.example.cn/data/', defaultScene: 'small-expo' })))
    const loaded = await loadScene(null, { baseUrl: BASE, fetch: server(files) })
    expect(loaded.sceneId).toBe('small-expo')
    expect(loaded.manifestUrl).toBe('https://cdn.example.cn/data/small-expo/manifest.json')
  })
})
