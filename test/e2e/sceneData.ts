/** The shipped default scene as the tests' source of truth: no hard-coded answers. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'

const dir = path.resolve(import.meta.dirname, '../../scenes/wdec-2023')

export function loadDefaultScene(): SceneIndex {
  const read = (f: string): unknown => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))
  const r = parseScene({ 'venue.json': read('venue.json'), 'exhibitors.json': read('exhibitors.json'), 'sessions.json': read('sessions.json') })
  if (!r.ok) throw new Error(`default scene invalid: ${JSON.stringify(r.issues.slice(0, 3))}`)
  return buildSceneIndex(r.scene)
}

export const SIX_ZONES = [
  'comprehensive-digital-economy',
  'digital-real-fusion',
  'digital-scenario',
  'future-industries',
  'digital-trade',
  'belt-and-road-trade-zone',
] as const
