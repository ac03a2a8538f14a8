/**
 * Never lose work: the document (and the floor-plan picture) is saved to IndexedDB a moment after
 * every change, so a crash or a closed tab loses nothing; on reopen the editor offers it back.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import type { EditorDoc } from '../domain/editing/doc.ts'
import type { UnderlayPlacement } from '../domain/editing/calibration.ts'
import { useEditor } from './store.ts'

export interface SavedWork {
  doc: EditorDoc
  sceneName: string
  savedAt: string
  underlay?: { blob: Blob; name: string; placement: UnderlayPlacement; opacity: number }
}

const KEY = 'autosave'
const DELAY_MS = 400
let store: UseStore | null = null
const db = (): UseStore => (store ??= createStore('venue-twin-editor', 'work'))

export function readSavedWork(): Promise<SavedWork | undefined> {
  return get<SavedWork>(KEY, db())
}

export function discardSavedWork(): Promise<void> {
  return del(KEY, db())
}

/** Saves after each change (debounced); returns a stop function and a flush for tests and unload. */
export function startAutosave(onError: (e: unknown) => void): { stop: () => void; flush: () => Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: Promise<void> = Promise.resolve()
  const save = (): Promise<void> => {
    timer = null
    const s = useEditor.getState()
    const u = s.underlay
    const work: SavedWork = {
      doc: s.history.doc,
      sceneName: s.sceneName,
      savedAt: new Date().toISOString(),
      ...(u ? { underlay: { blob: u.blob, name: u.name, placement: u.placement, opacity: u.opacity } } : {}),
    }
    pending = set(KEY, work, db()).catch(onError)
    return pending
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, DELAY_MS)
  }
  const unsubs = [useEditor.subscribe((s) => s.history.revision, schedule), useEditor.subscribe((s) => s.underlay, schedule)]
  return {
    stop: () => {
      for (const u of unsubs) u()
      if (timer) clearTimeout(timer)
    },
    flush: () => (timer ? (clearTimeout(timer), save()) : pending),
  }
}
