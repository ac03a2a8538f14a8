import { describe, expect, it, vi } from 'vitest'
import { adoptEarlySceneWorker } from '../../src/data/earlySceneWorker.ts'
import type { SceneWorkerMessage } from '../../src/data/sceneTransfer.ts'

function plant(sceneId: string, messages: SceneWorkerMessage[] = []) {
  const worker = { terminate: vi.fn() }
  ;(window as unknown as Record<string, unknown>).__venueTwinEarlyScene = { sceneId, worker, messages, errors: [] }
  return worker
}

describe('adoptEarlySceneWorker', () => {
  it('hands over the worker index.html started, with what it posted so far, once', () => {
    const progress: SceneWorkerMessage = { type: 'progress', progress: { file: 'venue.json', loaded: 10, total: 100 } }
    const worker = plant('wdec-2023', [progress])
    const early = adoptEarlySceneWorker('wdec-2023')
    expect(early?.worker).toBe(worker)
    expect(early?.messages).toEqual([progress])
    expect(worker.terminate).not.toHaveBeenCalled()
    // Taken: a second load starts its own worker.
    expect(adoptEarlySceneWorker('wdec-2023')).toBeNull()
  })

  it('stops a worker started for another scene than the app wants', () => {
    const worker = plant('other-scene')
    expect(adoptEarlySceneWorker('wdec-2023')).toBeNull()
    expect(worker.terminate).toHaveBeenCalledOnce()
  })

  it('is null when the page started none (dev server, CSP without the script)', () => {
    expect(adoptEarlySceneWorker('wdec-2023')).toBeNull()
  })
})
