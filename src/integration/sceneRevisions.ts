/**
 * New revisions of the scene, picked up without a reload (docs/operations.md "Publishing"). An
 * open page asks the scene's manifest.json whether it changed when the tab becomes visible
 * again and every `updates.checkSeconds` (venue-twin.config.json, 5 min by default) while it
 * is visible. A new revision is loaded and validated off the main thread, then takes the
 * running one's place: at once for a visitor (and an embedded twin, whose host hears
 * `sceneUpdate`), at the next idle reset on a kiosk, never in front of someone. A revision that
 * fails to load is reported once and ignored; the running one stays.
 */
import { parseManifest } from '../domain/scene/manifest.ts'
import { DIFF_KEYS, revisionDiff } from '../domain/scene/revisionDiff.ts'
import { loadScene, type LoadedScene } from '../data/loadScene.ts'
import type { MessageKey } from '../domain/i18n/messages.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export interface SceneRevisionStats {
  checks: number
  applied: number
  failed: number
}

export function startSceneRevisions(store: VenueStore, opts: { load?: typeof loadScene } = {}): Stop {
  const load = opts.load ?? loadScene
  const stats: SceneRevisionStats = { checks: 0, applied: 0, failed: 0 }
  ;(window as unknown as { __venueTwinRevisions?: SceneRevisionStats }).__venueTwinRevisions = stats
  let stopped = false
  let busy = false
  let pending: LoadedScene | null = null
  const reported = new Set<number>()
  let timer: ReturnType<typeof setInterval> | null = null

  const apply = (next: LoadedScene): void => {
    const s = store.getState()
    const before = s.index?.scene
    pending = null
    const moved = s.sceneReplaced(next.index, next.revision)
    stats.applied++
    if (moved) s.showNotice({ id: 'revision-selection', key: 'publish.selectionGone', tone: 'info' })
    // What changed is told a moment later, in a task of its own: at expo scale the comparison
    // takes tens of milliseconds, which the redraw with the new revision need not wait for.
    setTimeout(() => {
      if (stopped) return
      const diff = before ? revisionDiff(before, next.scene) : null
      const parts = diff
        ? DIFF_KEYS.filter((k) => diff[k] > 0).map((k) => ({ one: `publish.${k}.one` as MessageKey, other: `publish.${k}.other` as MessageKey, n: diff[k] }))
        : []
      store.getState().showNotice(parts.length ? { id: 'revision', key: 'publish.updated', parts, tone: 'info' } : { id: 'revision', key: 'publish.updatedPlain', tone: 'info' })
    }, 0)
  }

  const check = async (): Promise<void> => {
    const { manifestUrl, sceneRevision, mode, sceneId } = store.getState()
    if (stopped || busy || !manifestUrl || store.getState().loadStatus !== 'ready') return
    busy = true
    stats.checks++
    try {
      const res = await fetch(manifestUrl, { cache: 'no-cache' })
      if (!res.ok) return
      const manifest = parseManifest(await res.json())
      const waiting = pending?.revision ?? sceneRevision
      if (typeof manifest === 'string' || manifest.revision === waiting || reported.has(manifest.revision)) return
      let next: LoadedScene
      try {
        next = await load(sceneId, { fresh: true, onWarning: warn })
      } catch (e) {
        reported.add(manifest.revision)
        stats.failed++
        const message = `revision ${manifest.revision} of scene "${sceneId}" was not taken: ${e instanceof Error ? e.message : String(e)}`
        console.error(`[venue-twin] ${message}`)
        store.getState().reportError(message)
        return
      }
      if (stopped || next.revision === store.getState().sceneRevision) return
      if (mode === 'kiosk') {
        pending = next
        store.getState().setSceneUpdateWaiting(next.revision)
        if (store.getState().attract) apply(next)
      } else apply(next)
    } catch {
      // Offline or the server is busy: the next check will ask again.
    } finally {
      busy = false
    }
  }

  const schedule = (): void => {
    if (timer) clearInterval(timer)
    timer = null
    const seconds = store.getState().deployConfig?.updates.checkSeconds
    if (seconds && document.visibilityState === 'visible') timer = setInterval(() => void check(), seconds * 1000)
  }
  const onVisibility = (): void => {
    schedule()
    if (document.visibilityState === 'visible') void check()
  }
  document.addEventListener('visibilitychange', onVisibility)
  const offConfig = store.subscribe((s) => s.deployConfig, schedule)
  // A kiosk takes a waiting revision at its idle reset, or as soon as nobody is using it.
  const offIdle = store.subscribe(
    (s) => [s.idleResetNonce, s.attract] as const,
    ([, attract], [prevNonce]) => {
      if (pending && (attract || store.getState().idleResetNonce !== prevNonce)) apply(pending)
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  )
  schedule()

  return () => {
    stopped = true
    if (timer) clearInterval(timer)
    document.removeEventListener('visibilitychange', onVisibility)
    offConfig()
    offIdle()
  }
}
