/**
 * Venues with levels served to the built app: written as plain files under scenes-generated/
 * (which the preview server serves, like the scale scenes) before the file's tests, removed
 * after. The returned index is the tests' source of truth.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { parseScene, type RawSceneFiles } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import type { SmallScene } from '../fixtures/smallScene.ts'

const root = path.resolve(import.meta.dirname, '../..')

export interface ServedScene {
  id: string
  index: SceneIndex
}

/** Serve `files` (venue, exhibitors, sessions) as scene `e2e-<name>-<pid>`: the pid keeps parallel runs apart. */
function serveScene(name: string, files: { venue: { id: string }; exhibitors: unknown; sessions: unknown }): ServedScene {
  const id = `e2e-${name}-${process.pid}`
  files.venue.id = id
  const raw: RawSceneFiles = { 'venue.json': files.venue, 'exhibitors.json': files.exhibitors, 'sessions.json': files.sessions }
  const parsed = parseScene(JSON.parse(JSON.stringify(raw)) as RawSceneFiles)
  if (!parsed.ok) throw new Error(`scene ${name} is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`)
  const dir = path.join(root, 'scenes-generated', id)
  beforeAll(() => {
    mkdirSync(dir, { recursive: true })
    for (const [file, data] of Object.entries(raw)) writeFileSync(path.join(dir, file), `${JSON.stringify(data)}\n`)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return { id, index: buildSceneIndex(parsed.scene) }
}

/** The two-level test venue (test/fixtures/levelsScene.ts), changed by `mutate`. Call at the top of a test file. */
export function serveLevelsScene(name: string, mutate?: (s: SmallScene) => void): ServedScene {
  const scene = levelsScene()
  mutate?.(scene)
  return serveScene(name, scene)
}

/** A small generated complex (npm run generate:scene -- --halls H --levels L). */
export function serveGeneratedComplex(name: string, opts: { booths: number; halls: number; levels: number }): ServedScene {
  return serveScene(name, generateScene(opts))
}
