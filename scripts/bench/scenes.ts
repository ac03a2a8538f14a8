/** Scenes for the benchmark: the default scene and generated expo scenes, loaded in Node. */
import path from 'node:path'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { defaultSceneId, generateScene, writeScene } from '../generate-scene/generate.ts'
import { readSceneDir } from '../validate/readSceneDir.ts'
import { ROOT } from './serve.ts'

export interface BenchScene {
  /** Row label in the report. */
  label: string
  /** The `?scene=` value (null: the app's default). */
  sceneId: string | null
  dir: string
}

export const DEFAULT_SCENE: BenchScene = { label: 'default (wdec-2023)', sceneId: null, dir: path.join(ROOT, 'scenes/wdec-2023') }

/** Writes the generated scene (deterministic, so rewriting never changes it) and describes it. */
export function generatedScene(booths: number, halls = 1, levels = 1): BenchScene {
  const id = defaultSceneId(booths, halls, levels)
  const dir = path.join(ROOT, 'scenes-generated', id)
  writeScene(dir, generateScene({ booths, halls, levels, id }))
  const label = `${booths.toLocaleString('en')} booths`
  return { label: halls === 1 && levels === 1 ? label : `${label}, ${halls} halls × ${levels} levels`, sceneId: id, dir }
}

export function loadSceneIndex(scene: BenchScene): SceneIndex {
  const read = readSceneDir(scene.dir)
  if (read.issues.length) throw new Error(`${scene.dir}: ${read.issues[0]!.message}`)
  const parsed = parseScene(read.files)
  if (!parsed.ok) throw new Error(`${scene.dir}: ${parsed.issues[0]!.message}`)
  return buildSceneIndex(parsed.scene)
}
