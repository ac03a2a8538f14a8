/**
 * Builds the pinyin index of a venue's names in the pinyin worker (src/data/pinyinWorker.ts).
 * Where there is no Worker (jsdom tests, very old browsers) the same code runs here, loaded
 * lazily: the converter is never part of the first download either way.
 */
import type { PinyinIndex } from '../domain/search/pinyin.ts'

export interface PinyinRequest {
  /** One per search entry, '' for entries without a Chinese name. */
  names: readonly string[]
}

export type PinyinResponse = { type: 'index'; index: PinyinIndex } | { type: 'failed'; message: string }

export function loadPinyinIndex(names: readonly string[]): Promise<PinyinIndex> {
  if (typeof Worker === 'undefined') return onThisThread(names)
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pinyinWorker.ts', import.meta.url), { type: 'module', name: 'venue-twin-pinyin' })
    worker.onmessage = (e: MessageEvent<PinyinResponse>) => {
      worker.terminate()
      if (e.data.type === 'index') resolve(e.data.index)
      else reject(new Error(`pinyin index: ${e.data.message}`))
    }
    worker.onerror = (e) => {
      e.preventDefault()
      worker.terminate()
      // A worker that cannot start (CSP, blocked script) costs speed, never pinyin search.
      onThisThread(names).then(resolve, reject)
    }
    worker.postMessage({ names } satisfies PinyinRequest)
  })
}

async function onThisThread(names: readonly string[]): Promise<PinyinIndex> {
  const [{ buildPinyinIndex }, { readPinyin }] = await Promise.all([import('../domain/search/pinyin.ts'), import('./pinyinReader.ts')])
  return buildPinyinIndex(names, readPinyin)
}
