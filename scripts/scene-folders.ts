/**
 * Where the dev and preview servers find a scene's folder, and which folders the build
 * publishes: one walk for every plugin that serves or writes files per scene.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Searched in this order at dev and preview time; generated scale scenes are git-ignored. */
const SCENE_ROOTS = ['scenes', 'scenes-generated']
/** Only plain kebab-case names: the id comes from a visitor's URL and must never walk the disk. */
export const SAFE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/

/** The folders that may hold scene `id` (nearest first); none for an unsafe id. */
export function sceneDirsFor(root: string, id: string): string[] {
  return SAFE_SEGMENT.test(id) ? SCENE_ROOTS.map((dir) => path.join(root, dir, id)) : []
}

/** The scenes the build publishes: each folder of `scenes/`. */
export function publishedScenes(root: string): { id: string; dir: string }[] {
  const scenes = path.join(root, 'scenes')
  if (!existsSync(scenes)) return []
  return readdirSync(scenes)
    .map((id) => ({ id, dir: path.join(scenes, id) }))
    .filter(({ id, dir }) => SAFE_SEGMENT.test(id) && statSync(dir).isDirectory())
}
