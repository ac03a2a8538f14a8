/**
 * Start-up: apply the launch parameters, load the scene, then start the optional edges. Each
 * edge returns its teardown; nothing here touches three.js.
 */
import { MessagesLoadError, loadMessages } from '../data/loadMessages.ts'
import { SceneLoadError, loadScene } from '../data/loadScene.ts'
import { languageBeforeScene, startLanguage, type LanguageSources } from '../domain/i18n/startLanguage.ts'
import type { ParsedLaunch } from '../domain/url/launchParams.ts'
import { startAnnouncer } from '../integration/announcer.ts'
import { startClock } from '../integration/clock.ts'
import { rememberedLanguage, startLanguageMemory } from '../integration/languageMemory.ts'
import type { Stop } from '../integration/types.ts'
import { DEFAULT_IDLE_SECONDS } from '../state/slices/kioskSlice.ts'
import { loadRouting } from '../state/routing.ts'
import { useVenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import { afterFirstView } from '../state/afterFirstView.ts'
import { startLazy } from './startLazy.ts'
import { ensureExtraMessages } from '../state/extraMessages.ts'
import { probeWebgl } from './webglSupport.ts'
import { deviceHints } from './deviceHints.ts'
import { startView } from '../domain/device/startView.ts'

function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}

export async function bootstrap({ params, warnings }: ParsedLaunch): Promise<Stop> {
  warnings.forEach(warn)
  const store = useVenueStore
  const kiosk = params.mode === 'kiosk'
  // The link's language wins: the device's storage (a first read waits on the browser) is left shut.
  const languages: LanguageSources = { url: params.lang, remembered: kiosk || params.lang ? null : rememberedLanguage(), browser: browserLanguages(), kiosk }
  // Known now, unless only the scene can say (a browser in none of our languages, a kiosk).
  const early = languageBeforeScene(languages)
  // The interface text of this one language downloads alongside the scene; the app shows when both are in.
  const messages = early ? loadMessages(early, 'main') : Promise.resolve()
  // The later parts' strings (live, kiosk, embedding) follow at once; those parts wait for them.
  if (early) ensureExtraMessages(early)
  const device = deviceHints()
  store.setState({
    lang: early ?? 'en',
    display: startView({ mode: params.mode, ...device }),
    saveData: device.saveData,
    idleSeconds: params.idleSeconds ?? DEFAULT_IDLE_SECONDS,
    mode: params.mode,
    kioskId: params.kiosk,
    pinnedNow: params.now,
    now: params.now ?? Date.now(),
  })
  store.getState().sceneLoading(params.scene)
  // The scene first (its worker starts here), then the WebGL probe: without a GPU, creating the
  // probe's context takes a while, and the worker's download need not wait behind it.
  const loading = loadScene(params.sceneGiven ? params.scene : null, {
    onProgress: (p) => store.getState().sceneProgress(p.file, p.loaded / p.total),
    onWarning: (m) => {
      warn(m)
      store.getState().reportError(m)
      // The offline copy of the venue did not fit (the worker names the error): tell the visitor.
      if (m.includes('QuotaExceededError')) store.getState().setStorageFull(true)
    },
  })
  // A plan start (a phone, a visitor saving data) probes only when the 3D view is asked for: the
  // probe's context is costly on a slow CPU and the plan needs none. Without WebGL the plan stays.
  const probe = (withoutGl: 'plan' | '3d'): void => {
    const renderer = probeWebgl()
    store.setState({ webgl: renderer === 'none' ? 'unavailable' : 'pending', softwareRendering: renderer === 'software', display: renderer === 'none' ? withoutGl : '3d' })
  }
  if (store.getState().display === '3d') probe('3d')
  else {
    const off = store.subscribe((s) => {
      if (s.display === '3d') {
        off()
        probe('plan')
      }
    })
  }
  // window.venueTwin and the tour player arrive in their own chunks, alongside the scene (the API's
  // `ready` resolves only once the venue is drawn, so nobody can miss it).
  const api = Promise.all([import('../integration/automationApi.ts'), import('../integration/routeCommand.ts')]).then(([a, r]) => a.startAutomationApi(store, { route: r.routeCommand(store) }))
  const stops: Stop[] = [
    startLazy('automation API', () => api),
    startAnnouncer(store),
    startClock(store),
    startLazy('tour player', async () => (await import('../integration/tour.ts')).startTourPlayer(store, { loop: () => store.getState().attract })),
  ]
  // Kiosk: locked to the app from the first paint; errors kept for the operator panel.
  if (kiosk)
    stops.push(
      startLazy('kiosk lockdown', async () => (await import('../integration/kioskLockdown.ts')).startKioskLockdown(store)),
      startLazy('kiosk error capture', async () => (await import('../integration/errorCapture.ts')).startErrorCapture(store)),
    )
  // Acts only when framed; listens from the start (a host may speak before the venue is in).
  if (window.parent !== window) stops.push(startLazy('embed bridge', async () => (await import('../integration/embed.ts')).startEmbed(store)))

  // Until the scene is in, the network and the main thread belong to what the first screen needs
  // (the entry, the scene worker and its files, the 3D code); everything else starts after it.
  // Offline cache in every mode, also after a failed load (a fixed version must reach a kiosk);
  // a kiosk page lives all day, so it also looks for new versions.
  const startOfflineCache = (): void => {
    // The offline cache downloads the whole app, 3D code and hall model included: not for a
    // visitor saving data (a kiosk always keeps one).
    if (device.saveData && !kiosk) return
    stops.push(
      startLazy('offline cache', async () => {
        // It registers only after the first view anyway; its code need not arrive before.
        await afterFirstView(store)
        return (await import('../integration/serviceWorker.ts')).startServiceWorker(store, { checkEveryMs: kiosk ? 15 * 60_000 : 0 })
      }),
    )
  }
  try {
    const [loaded] = await Promise.all([loading, messages])
    const { scene, index } = loaded
    for (const [file, v] of Object.entries(loaded.migratedFrom)) warn(`${file} was migrated from schemaVersion ${v}; run npm run validate to see the upgraded form`)
    loaded.warnings.forEach(warn)
    if (!early) {
      const lang = startLanguage(languages, scene.venue.defaultLanguage)
      await loadMessages(lang, 'main')
      ensureExtraMessages(lang)
      store.setState({ lang })
    }
    if (loaded.sceneId !== store.getState().sceneId) store.setState({ sceneId: loaded.sceneId })
    store.setState({ sceneRevision: loaded.revision, manifestUrl: loaded.manifestUrl })
    store.getState().sceneLoaded(scene, index)
    // Checked in the scene worker; taken now, shown after the first view.
    stops.push(startLazy('deployment settings', async () => (await import('../integration/deploymentSettings.ts')).startDeploymentSettings(store, loaded.settings)))
  } catch (e) {
    if (e instanceof SceneLoadError) {
      console.error(`[venue-twin] ${e.message}`)
      store.getState().sceneFailed(e.failure)
    } else if (e instanceof MessagesLoadError) {
      console.error(`[venue-twin] interface text failed to load: ${e.message}`)
      store.getState().sceneFailed({ kind: 'messages', message: e.message })
    } else {
      console.error('[venue-twin] scene failed to load', e)
      store.getState().sceneFailed({ kind: 'unexpected', message: e instanceof Error ? e.message : String(e) })
    }
    startOfflineCache()
    return () => stops.forEach((s) => s())
  }
  startOfflineCache()
  // The live layer and the address bar are not part of the first view: their code and the
  // first live messages (parsed and checked) wait until it is drawn.
  const firstView = afterFirstView(store)
  stops.push(
    startLazy('live feed', async () => {
      await firstView
      // The control room also reads point sensors from the feed.
      const onOpsTopic = params.mode === 'ops' ? (await import('../integration/opsFeed.ts')).opsTopicSink(store) : undefined
      return (await import('../integration/live.ts')).startTrustedLive(store, params.live, { onOpsTopic })
    }),
  )

  if (params.mode === 'ops')
    stops.push(startLazy('ops feed', async () => (await import('../integration/opsFeed.ts')).startOpsFeed(store, params.recorder)))
  else if (params.recorder) warn('URL parameter recorder= only applies with mode=ops')

  // Escape has nothing to go back from before the scene is in: its handler is its own chunk.
  stops.push(startLazy('keyboard', async () => (await import('../integration/keyboard.ts')).startKeyboard(store)))
  if (params.kiosk && !store.getState().index?.kioskById.has(params.kiosk)) warn(`Ignoring kiosk=${params.kiosk}: no such kiosk in this scene`)
  // A kiosk opens on the floor it stands on (its "you are here"), unless the link names a level.
  if (params.level) store.getState().setLevel(params.level, 'url')
  else if (kiosk) store.getState().showKioskLevel()
  if (params.selection) store.getState().select(params.selection, 'url')
  // ?q= opens with that search; the visit plan is read before anything draws its stars.
  if (params.q) store.getState().setQuery(params.q)
  // A kiosk's starred plan belongs to one visitor: it is never stored for the next one.
  if (!kiosk) stops.push(startLazy('visit storage', async () => (await import('../integration/visitStorage.ts')).startVisitStorage(store)))
  stops.push(
    startLazy('wayfinding', async () => {
      // A route from the link is drawn over the venue, so it follows the first view too.
      await firstView
      const [{ applyRouteLink, startReachabilityCheck }] = await Promise.all([
        import('../integration/routeLaunch.ts'),
        loadRouting().then(
          () => store.setState({ routingStatus: 'ready' }),
          (e: unknown) => {
            store.setState({ routingStatus: 'unavailable' })
            throw e
          },
        ),
      ])
      applyRouteLink(store, params.from, params.to)
      // The check warns venue authors in the console; a phone's slow CPU is spared it.
      return device.phone ? () => undefined : startReachabilityCheck(store)
    }),
  )
  // A kiosk goes back to its own language at idle; elsewhere the visitor's switches are kept for their next visit.
  const homeLang = store.getState().lang
  if (kiosk) stops.push(startLazy('kiosk idle', async () => (await import('../integration/kioskIdle.ts')).startKioskIdle(store, { defaultLang: homeLang })))
  else stops.push(startLanguageMemory(store))
  const nowIso = new URLSearchParams(location.search).get('now')
  // The address bar follows the selection from just after the venue shows (its own chunk).
  stops.push(
    startLazy('URL sync', async () => {
      await firstView
      return (await import('../integration/urlSync.ts')).startUrlSync(store, params, params.now !== null ? nowIso : null)
    }),
  )
  return () => stops.forEach((s) => s())
}
