/** `npm run publish:scene` writes each floor's baked shadows beside the scene's files, before the manifest. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { floorShadowFiles } from '../../scripts/floor-shadow.ts'
import { shadowFrame } from '../../src/domain/shadow/contactShadow.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const root = path.resolve(import.meta.dirname, '../..')
const to = mkdtempSync(path.join(tmpdir(), 'venue-twin-publish-shadows-'))
afterAll(() => rmSync(to, { recursive: true, force: true }))

describe('publishing a scene', () => {
  it('writes the floor shadow the viewer will ask for, no older than the manifest', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/publish-scene.ts'), path.join(root, 'scenes/wdec-2023'), '--to', to, '--id', 'wdec-2023'], { cwd: root, stdio: 'pipe' })
    const dir = path.join(to, 'wdec-2023')
    const venue = loadDefaultScene().scene.venue
    const [want] = floorShadowFiles(venue)
    expect(readdirSync(dir).filter((f) => f.startsWith('floor-shadow-'))).toEqual([want!.fileName])
    const png = PNG.sync.read(readFileSync(path.join(dir, want!.fileName)))
    const frame = shadowFrame(venue.hall.footprint)
    expect([png.width, png.height]).toEqual([frame.width, frame.height])
    // Written before the manifest that a page reads first.
    expect(statSync(path.join(dir, want!.fileName)).mtimeMs).toBeLessThanOrEqual(statSync(path.join(dir, 'manifest.json')).mtimeMs)
  })
})
