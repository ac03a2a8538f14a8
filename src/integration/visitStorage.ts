/**
 * "My visit" kept on the device: localStorage, one key per scene, versioned. Read when the
 * scene is there; written only when the visitor changes the plan (so a plan we could not
 * read is not overwritten until they star something). Another tab's changes are picked up.
 * Storage that is full, disabled or blocked (private modes) costs persistence, not the app.
 */
import { asideKey, parsePlan, serializePlan, storageKey } from '../domain/visit/visitPlan.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import { isQuotaError } from './storageErrors.ts'
import type { Stop } from './types.ts'

function defaultStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function startVisitStorage(store: VenueStore, storage: Storage | null = defaultStorage()): Stop {
  if (!storage) {
    warn('My visit cannot be saved on this device: storage is not available')
    return () => undefined
  }
  /** Scenes whose stored plan was written by a newer app and could not be kept aside: never overwritten. */
  const protectedScenes = new Set<string>()
  const failed = (what: string, e: unknown): void => {
    warn(`My visit could not be ${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
    if (isQuotaError(e)) store.getState().setStorageFull(true)
  }
  const load = (): void => {
    const { index } = store.getState()
    if (!index) return
    const sceneId = index.scene.venue.id
    let text: string | null = null
    try {
      text = storage.getItem(storageKey(sceneId))
    } catch (e) {
      warn(`My visit could not be read: ${e instanceof Error ? e.message : String(e)}`)
    }
    const { plan, warnings, newerVersion } = parsePlan(text, sceneId, index)
    warnings.forEach(warn)
    if (newerVersion !== undefined && text !== null) {
      try {
        storage.setItem(asideKey(sceneId, newerVersion), text)
        protectedScenes.delete(sceneId)
      } catch (e) {
        protectedScenes.add(sceneId)
        failed('kept aside, so this version will not save over it', e)
      }
    }
    store.getState().loadVisit(plan)
  }
  // This edge's code arrives just after the venue shows: stars given before it did are kept
  // (added to the stored plan) and saved, never dropped by the first read.
  const early = store.getState().visitEdits > 0 ? store.getState().visit : null
  load()
  if (early) {
    const { visit } = store.getState()
    const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])]
    store.setState({ visit: { exhibitors: union(visit.exhibitors, early.exhibitors), sessions: union(visit.sessions, early.sessions) } })
    store.setState((s) => ({ visitEdits: s.visitEdits + 1 }))
  }
  const offScene = store.subscribe((s) => s.index, load)
  const offEdits = store.subscribe(
    (s) => s.visitEdits,
    () => {
      const { index, visit } = store.getState()
      if (!index) return
      const sceneId = index.scene.venue.id
      if (protectedScenes.has(sceneId)) return
      try {
        storage.setItem(storageKey(sceneId), serializePlan(sceneId, visit))
        store.getState().setStorageFull(false)
      } catch (e) {
        failed('saved', e)
      }
    },
  )
  const onStorage = (e: StorageEvent): void => {
    const id = store.getState().index?.scene.venue.id
    if (id && e.key === storageKey(id)) load()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    offScene()
    offEdits()
    window.removeEventListener('storage', onStorage)
  }
}
