/**
 * The scenes the recorder checks readings against, read from disk with the app's own parser:
 * a reading for a zone or session the scene does not have is dropped for the same reason the
 * app would drop it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseScene, type RawSceneFiles } from '../domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../domain/scene/sceneIndex.ts'
import { SCENE_FILES } from '../domain/scene/schema.ts'

export function loadSceneDir(dir: string): SceneIndex {
  const raw = {} as RawSceneFiles
  for (const file of SCENE_FILES) {
    const full = path.join(dir, file)
    try {
      raw[file] = JSON.parse(readFileSync(full, 'utf8').replace(/^\uFEFF/, '')) as unknown
    } catch (e) {
      throw new Error(`scene ${dir}: ${file} could not be read: ${(e as Error).message}`, { cause: e })
    }
  }
  const parsed = parseScene(raw)
  if (!parsed.ok) {
    const first = parsed.issues[0]
    throw new Error(`scene ${dir} is invalid (${parsed.issues.length} problem(s); run npm run validate): ${first ? `${first.file} ${first.path}: ${first.message}` : ''}`)
  }
  return buildSceneIndex(parsed.scene)
}

/** Every scene folder under `root` (a folder holding venue.json), by scene id. */
export function loadScenes(paths: readonly string[]): Map<string, SceneIndex> {
  const out = new Map<string, SceneIndex>()
  for (const p of paths) {
    const dirs = existsSync(path.join(p, 'venue.json'))
      ? [p]
      : readdirSync(p)
          .map((d) => path.join(p, d))
          .filter((d) => statSync(d).isDirectory() && existsSync(path.join(d, 'venue.json')))
    for (const dir of dirs) {
      const index = loadSceneDir(dir)
      out.set(index.scene.venue.id, index)
    }
  }
  return out
}
