/**
 * The two-level test venue (test/fixtures/levelsScene.ts) served to the built app: written as
 * plain files under scenes-generated/ (which the preview server serves, like the scale scenes)
 * before the file's tests, removed after. The returned index is the tests' source of truth.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { toFileTexts, toRaw } from '../fixtures/smallScene.ts'

const root = path.resolve(import.meta.dirname, '../..')

export interface ServedLevelsScene {
  id: string
  index: SceneIndex
}

/** Call at the top of a test file; `name` and the pid keep parallel runs from sharing a folder. */
export function serveLevelsScene(name: string): ServedLevelsScene {
  const id = `e2e-${name}-${process.pid}`
  const scene = levelsScene()
  scene.venue.id = id
  const parsed = parseScene(toRaw(scene))
  if (!parsed.ok) throw new Error(`the levels fixture is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`)
  const dir = path.join(root, 'scenes-generated', id)
  beforeAll(() => {
    mkdirSync(dir, { recursive: true })
    for (const [file, text] of Object.entries(toFileTexts(scene))) writeFileSync(path.join(dir, file), text)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return { id, index: buildSceneIndex(parsed.scene) }
}
