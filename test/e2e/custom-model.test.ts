/**
 * A venue that brings its own model: nodes named booth:<id> / zone:<id> become the clickable
 * volumes for those ids.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { smallScene } from '../fixtures/smallScene.ts'
import { browserForFile, clickItem, openApp, waitForIdle } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const sceneDir = path.join(root, 'scenes-generated', 'e2e-custom-model')
let modelFile = ''
const browser = browserForFile()

/** A box mesh from min to max, as a glTF node with the given name. */
function boxNode(doc: Document, name: string, min: number[], max: number[]) {
  const [x0, y0, z0] = min as [number, number, number]
  const [x1, y1, z1] = max as [number, number, number]
  const p = [x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1]
  const i = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2, 6, 1, 6, 5]
  const buffer = doc.getRoot().listBuffers()[0]!
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(p)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(i)).setBuffer(buffer))
    .setMaterial(doc.createMaterial().setBaseColorFactor([0.9, 0.4, 0.1, 1]))
  return doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim))
}

beforeAll(async () => {
  const s = smallScene()
  const booth = s.venue.booths.find((b) => b.id === 'booth-b01')!
  const xs = booth.footprint.map((p) => p[0])
  const zs = booth.footprint.map((p) => p[1])
  const [bx0, bx1, bz0, bz1] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)]
  const doc = new Document()
  doc.createBuffer()
  const scene = doc.createScene('venue')
  scene.addChild(boxNode(doc, 'floor', [0, -0.2, 0], [60, 0, 40]))
  // The model's booth is a tall custom stand on the booth's plot.
  scene.addChild(boxNode(doc, 'booth:booth-b01', [bx0, 0, bz0], [bx1, 5, bz1]))
  const glb = await new NodeIO().writeBinary(doc)
  modelFile = path.join(inject('distDir'), 'models', 'e2e-custom-model.glb')
  mkdirSync(path.dirname(modelFile), { recursive: true })
  writeFileSync(modelFile, glb)
  mkdirSync(sceneDir, { recursive: true })
  writeFileSync(path.join(sceneDir, 'venue.json'), JSON.stringify({ ...s.venue, id: 'e2e-custom-model', model: 'e2e-custom-model.glb' }))
  writeFileSync(path.join(sceneDir, 'exhibitors.json'), JSON.stringify(s.exhibitors))
  writeFileSync(path.join(sceneDir, 'sessions.json'), JSON.stringify(s.sessions))
})
afterAll(async () => {
  rmSync(sceneDir, { recursive: true, force: true })
  if (modelFile) rmSync(modelFile, { force: true })
})

describe('a venue with its own model', () => {
  it('draws the model and makes its booth:<id> node the clickable booth', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?scene=e2e-custom-model&lang=en&zone=digital-trade')
    await waitForIdle(page)
    await clickItem(page, 'booth-b01')
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'booth', id: 'booth-b01' })
    await page.getByRole('article', { name: 'Lion Logistics' }).waitFor()
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
