/**
 * One publish plan for the command line and the editor: hashed with WebCrypto (the browser's way)
 * it names the same files with the same bytes as with node:crypto, and orders the writes so the
 * manifest comes last.
 */
import { describe, expect, it } from 'vitest'
import { SCENE_FILES, type SceneFileName } from '../../src/domain/scene/files.ts'
import { hex, planPublish } from '../../src/domain/scene/publishPlan.ts'
import { planPublish as planForNode } from '../../scripts/publish/planPublish.ts'
import { smallScene, toFileTexts } from '../fixtures/smallScene.ts'

async function webHashed(texts: Record<string, string>) {
  const out = {} as Record<SceneFileName, { bytes: Uint8Array; sha256: string }>
  for (const f of SCENE_FILES) {
    const bytes = new TextEncoder().encode(texts[f]!)
    out[f] = { bytes, sha256: hex(await crypto.subtle.digest('SHA-256', bytes)) }
  }
  return out
}

describe('the shared publish plan', () => {
  it('gives the browser (WebCrypto) and the command line (node:crypto) the same manifest and files', async () => {
    const texts = toFileTexts(smallScene())
    const at = '2024-05-01T10:00:00.000Z'
    const web = planPublish('small-expo', await webHashed(texts), null, at)
    const node = planForNode('small-expo', Object.fromEntries(SCENE_FILES.map((f) => [f, Buffer.from(texts[f]!)])) as Record<SceneFileName, Buffer>, null, at)
    expect(web.manifest).toEqual(node.manifest)
    expect(Buffer.from(web.manifestBytes).equals(node.manifestBytes)).toBe(true)
    expect(web.files.map((f) => [f.path, f.immutable, Buffer.from(f.bytes).toString('utf8')])).toEqual(node.files.map((f) => [f.path, f.immutable, f.bytes.toString('utf8')]))
  })

  it('writes the hashed files, then the revision copy; counts revisions up and sees an identical republish', async () => {
    const texts = toFileTexts(smallScene())
    const one = planPublish('small-expo', await webHashed(texts), null)
    expect(one.files.map((f) => f.path.replace(/[0-9a-f]{16}/, 'H'))).toEqual(['files/venue.H.json', 'files/exhibitors.H.json', 'files/sessions.H.json', 'revisions/1.json'])
    expect(one.files.map((f) => f.immutable)).toEqual([true, true, true, false])
    expect(new TextDecoder().decode(one.files[3]!.bytes)).toBe(new TextDecoder().decode(one.manifestBytes))
    const again = planPublish('small-expo', await webHashed(texts), one.manifest)
    expect(again).toMatchObject({ unchanged: true, manifest: { revision: 2 } })
    const s = smallScene()
    s.exhibitors.exhibitors[0]!.name.en = 'Renamed'
    const two = planPublish('small-expo', await webHashed(toFileTexts(s)), one.manifest)
    expect(two.unchanged).toBe(false)
    expect(two.manifest.files['venue.json']).toEqual(one.manifest.files['venue.json'])
    expect(two.manifest.files['exhibitors.json'].sha256).not.toBe(one.manifest.files['exhibitors.json'].sha256)
  })
})
