/**
 * The search engine as the app loads it: one module (and so one lazily loaded chunk with
 * MiniSearch in it), and one index per scene, built once. The caller says how the build's
 * steps run: the app gives the page back between short slices (data/timeSlice.ts).
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { drainNow, type StepRunner } from '../steps.ts'
import type { PinyinIndex } from './pinyin.ts'
import { pinyinCandidates } from './pinyinSearch.ts'
import { buildSearchIndexAsync, cachedSearchIndex, pinyinNames, rememberSearchIndex, type SearchIndex } from './searchIndex.ts'

export { matchingBoothIds, search } from './searchIndex.ts'

/**
 * From this many exhibitors the index is handed over once names are searchable, descriptions
 * following; a smaller venue's descriptions take a moment, so it waits for them too.
 */
const NAMES_FIRST_FROM = 5000

const pending = new WeakMap<SceneIndex, Promise<SearchIndex>>()

/** The scene's search index if it is built, else null (see `prepareSearchIndex`). */
export function builtSearchIndex(scene: SceneIndex): SearchIndex | null {
  return cachedSearchIndex(scene)
}

/** Builds the scene's index once (concurrent callers share the build) with `run`. */
export function prepareSearchIndex(scene: SceneIndex, run: StepRunner = drainNow): Promise<SearchIndex> {
  const done = cachedSearchIndex(scene)
  if (done) return Promise.resolve(done)
  let p = pending.get(scene)
  if (!p) {
    p = build(scene, run)
    pending.set(scene, p)
  }
  return p
}

function build(scene: SceneIndex, run: StepRunner): Promise<SearchIndex> {
  const namesFirst = scene.scene.exhibitors.length >= NAMES_FIRST_FROM
  return buildSearchIndexAsync(scene, run, namesFirst).then((index) => cachedSearchIndex(scene) ?? rememberSearchIndex(scene, index))
}

const pinyinPending = new WeakMap<SearchIndex, Promise<void>>()

/**
 * Adds pinyin to a built index once: `build` gets each entry's Chinese name and returns their
 * pinyin index (the app builds it in a worker). Search answers by written names meanwhile.
 */
export function preparePinyin(index: SearchIndex, build: (names: readonly string[]) => Promise<PinyinIndex>): Promise<void> {
  if (index.pinyin) return Promise.resolve()
  let p = pinyinPending.get(index)
  if (!p) {
    p = build(pinyinNames(index)).then((pinyin) => {
      index.pinyin = pinyin
    })
    pinyinPending.set(index, p)
  }
  return p
}

/** Chinese words and names the pinyin typed so far spells (a kiosk's candidate row); [] before pinyin is in. */
export function chineseCandidates(index: SearchIndex, query: string, max = 8): string[] {
  return index.pinyin ? pinyinCandidates(index.pinyin, index.list, query, max) : []
}
