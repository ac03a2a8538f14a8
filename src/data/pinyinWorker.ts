/**
 * The pinyin worker: reads the venue's Chinese names as pinyin and builds their index
 * (src/domain/search/pinyin.ts), off the main thread. The index travels back as typed arrays
 * handed over, not copied.
 */
import { buildPinyinIndex } from '../domain/search/pinyin.ts'
import type { PinyinRequest, PinyinResponse } from './pinyinIndex.ts'
import { readPinyin } from './pinyinReader.ts'

interface WorkerScope {
  onmessage: ((e: MessageEvent<PinyinRequest>) => void) | null
  postMessage(msg: PinyinResponse, transfer: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (e) => {
  try {
    const index = buildPinyinIndex(e.data.names, readPinyin)
    const buffers = [index.fullStart, index.charStart, index.sylLen, index.fullSuffixes, index.initialSuffixes].map((a) => a.buffer as ArrayBuffer)
    scope.postMessage({ type: 'index', index }, buffers)
  } catch (err) {
    scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) }, [])
  }
}
