/**
 * Start-up: apply the launch parameters, load the scene, then start the optional edges. Each
 * edge returns its teardown; nothing here touches three.js.
 */
import { SceneLoadError, loadScene } from '../data/loadScene.ts'
import type { Lang } from '../domain/i18n/text.ts'
import type { ParsedLaunch } from '../domain/url/launchParams.ts'
import { startAnnouncer } from '../integration/announcer.ts'
import { startAutomationApi } from '../integration/automationApi.ts'
import { startClock } from '../integration/clock.ts'
import { startKeyboard } from '../integration/keyboard.ts'
import { startLive } from '../integration/live.ts'
import { startTourPlayer } from '../integration/tour.ts'
import type { Stop } from '../integration/types.ts'
import { startUrlSync } from '../integration/urlSync.ts'
import { useVenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import { hasWebgl } from './webglSupport.ts'

export function browserLang(): Lang {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language]
  for (const l of langs) {
    const lower = (l ?? '').toLowerCase()
    if (lower.startsWith('zh')) return 'zh'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

export async function bootstrap({ params, warnings }: ParsedLaunch): Promise<Stop> {
  warnings.forEach(warn)
  const store = useVenueStore
  store.setState({
    lang: params.lang ?? browserLang(),
    mode: params.mode,
    kioskId: params.kiosk,
    pinnedNow: params.now,
    now: params.now ?? Date.now(),
    webgl: hasWebgl() ? 'pending' : 'unavailable',
  })
  store.getState().sceneLoading(params.scene)
  const stops: Stop[] = [startAutomationApi(store), startAnnouncer(store), startClock(store), startKeyboard(store), startTourPlayer(store)]
  stops.push(startLive(store, params.live))

  try {
    const { scene, migratedFrom } = await loadScene(params.scene, {
      onProgress: (p) => store.getState().sceneProgress(p.file, p.loaded / p.total),
    })
    for (const [file, v] of Object.entries(migratedFrom)) warn(`${file} was migrated from schemaVersion ${v}; run npm run validate to see the upgraded form`)
    store.getState().sceneLoaded(scene)
  } catch (e) {
    if (e instanceof SceneLoadError) {
      console.error(`[venue-twin] ${e.message}`)
      store.getState().sceneFailed(e.failure)
    } else {
      console.error('[venue-twin] scene failed to load', e)
      store.getState().sceneFailed({ kind: 'unexpected', message: e instanceof Error ? e.message : String(e) })
    }
    return () => stops.forEach((s) => s())
  }

  if (params.kiosk && !store.getState().index?.kioskById.has(params.kiosk)) warn(`Ignoring kiosk=${params.kiosk}: no such kiosk in this scene`)
  if (params.selection) store.getState().select(params.selection, 'url')
  const nowIso = new URLSearchParams(location.search).get('now')
  stops.push(startUrlSync(store, params, params.now !== null ? nowIso : null))
  return () => stops.forEach((s) => s())
}
