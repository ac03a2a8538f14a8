/**
 * The search engine as the app loads it: one module (and so one lazily loaded chunk with
 * MiniSearch in it), and one index per scene, built once. Small venues build at once; large
 * ones in chunks that let the page stay responsive meanwhile.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { buildSearchIndexAsync, cachedSearchIndex, rememberSearchIndex, searchIndexFor, type SearchIndex } from './searchIndex.ts'

export { matchingBoothIds, search } from './searchIndex.ts'

/** Above this many exhibitors, building the index yields to the page between chunks. */
const ASYNC_FROM = 5000

const pending = new WeakMap<SceneIndex, Promise<SearchIndex>>()

/** The scene's search index if it is built, else null (see `prepareSearchIndex`). */
export function builtSearchIndex(scene: SceneIndex): SearchIndex | null {
  return cachedSearchIndex(scene)
}

export function prepareSearchIndex(scene: SceneIndex): Promise<SearchIndex> {
  const done = cachedSearchIndex(scene)
  if (done) return Promise.resolve(done)
  let p = pending.get(scene)
  if (!p) {
    p =
      scene.scene.exhibitors.length < ASYNC_FROM
        ? Promise.resolve(searchIndexFor(scene))
        : buildSearchIndexAsync(scene).then((idx) => cachedSearchIndex(scene) ?? rememberSearchIndex(scene, idx))
    pending.set(scene, p)
  }
  return p
}
