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
import { routeCommand } from '../integration/routeCommand.ts'
import { startTourPlayer } from '../integration/tour.ts'
import type { Stop } from '../integration/types.ts'
import { startUrlSync } from '../integration/urlSync.ts'
import { startVisitStorage } from '../integration/visitStorage.ts'
import { DEFAULT_IDLE_SECONDS } from '../state/slices/kioskSlice.ts'
import { loadRouting } from '../state/routing.ts'
import { useVenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import { startLazy } from './startLazy.ts'
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
  const kiosk = params.mode === 'kiosk'
  store.setState({
    lang: params.lang ?? browserLang(),
    idleSeconds: params.idleSeconds ?? DEFAULT_IDLE_SECONDS,
    mode: params.mode,
    kioskId: params.kiosk,
    pinnedNow: params.now,
    now: params.now ?? Date.now(),
    webgl: hasWebgl() ? 'pending' : 'unavailable',
  })
  store.getState().sceneLoading(params.scene)
  // Wayfinding code travels alongside the scene, never ahead of the first screen.
  void loadRouting()
  const stops: Stop[] = [startAutomationApi(store, { route: routeCommand(store) }), startAnnouncer(store), startClock(store), startKeyboard(store), startTourPlayer(store, { loop: () => store.getState().attract })]
  // Kiosk: locked to the app from the first paint; errors kept for the operator panel.
  if (kiosk)
    stops.push(
      startLazy('kiosk lockdown', async () => (await import('../integration/kioskLockdown.ts')).startKioskLockdown(store)),
      startLazy('kiosk error capture', async () => (await import('../integration/errorCapture.ts')).startErrorCapture(store)),
    )
  // Offline cache in every mode; a kiosk page lives all day, so it also looks for new versions.
  stops.push(startLazy('offline cache', async () => (await import('../integration/serviceWorker.ts')).startServiceWorker(store, { checkEveryMs: kiosk ? 15 * 60_000 : 0 })))
  // After the automation API: embed routes go through window.venueTwin. Acts only when framed.
  if (window.parent !== window) stops.push(startLazy('embed bridge', async () => (await import('../integration/embed.ts')).startEmbed(store)))
  stops.push(startLazy('live feed', async () => (await import('../integration/live.ts')).startLive(store, params.live)))

  try {
    const { scene, index, migratedFrom } = await loadScene(params.scene, {
      onProgress: (p) => store.getState().sceneProgress(p.file, p.loaded / p.total),
    })
    for (const [file, v] of Object.entries(migratedFrom)) warn(`${file} was migrated from schemaVersion ${v}; run npm run validate to see the upgraded form`)
    store.getState().sceneLoaded(scene, index)
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
  // ?q= opens with that search; the visit plan is read before anything draws its stars.
  if (params.q) store.getState().setQuery(params.q)
  // A kiosk's starred plan belongs to one visitor: it is never stored for the next one.
  if (!kiosk) stops.push(startVisitStorage(store))
  stops.push(
    startLazy('wayfinding', async () => {
      const [{ applyRouteLink, startReachabilityCheck }] = await Promise.all([import('../integration/routeLaunch.ts'), loadRouting()])
      applyRouteLink(store, params.from, params.to)
      return startReachabilityCheck(store)
    }),
  )
  if (kiosk) stops.push(startLazy('kiosk idle', async () => (await import('../integration/kioskIdle.ts')).startKioskIdle(store, { defaultLang: store.getState().lang })))
  const nowIso = new URLSearchParams(location.search).get('now')
  stops.push(startUrlSync(store, params, params.now !== null ? nowIso : null))
  return () => stops.forEach((s) => s())
}
