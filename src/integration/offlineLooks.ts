/**
 * A kiosk keeps its scene's look files for a network failure: the fascia font (the names on the
 * booths), the logo map and atlas, every floor's baked shadows. The service worker keeps each
 * file once it has been fetched (scripts/pwa.ts); an unattended kiosk may lose the network before
 * anyone has opened a zone, so it fetches them all itself, one per idle period, once its offline
 * cache is ready, and again for each new revision of the scene. Kiosks only (started by
 * serviceWorker.ts): a visitor's phone fetches what it shows, nothing ahead.
 */
import { logoFolderUrl } from '../data/logoAtlas.ts'
import { floorShadowUrlOf, fontUrlOf, LOOK_CACHES } from '../data/sceneLooks.ts'
import { whenIdle } from '../data/timeSlice.ts'
import { LOGO_MAP_FILE, parseLogoAtlasMap, type LogoAtlasMap } from '../domain/logos/atlasMap.ts'
import { floorShadowPlans } from '../domain/shadow/floorShadows.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

type LookCache = (typeof LOOK_CACHES)[keyof typeof LOOK_CACHES]

function parseMap(bytes: ArrayBuffer): LogoAtlasMap | null {
  try {
    return parseLogoAtlasMap(JSON.parse(new TextDecoder().decode(bytes)))
  } catch {
    return null
  }
}

/**
 * Through the service worker when it controls the page (its rule keeps the file and tracks its
 * age); on a kiosk's very first page, which no worker controls yet, straight into the same cache.
 * The file's bytes, or null when it is not there.
 */
async function keep(url: string, cache: LookCache): Promise<ArrayBuffer | null> {
  try {
    if (navigator.serviceWorker?.controller) {
      const res = await fetch(url)
      // Read whole: the worker keeps the file once it has the whole body.
      const bytes = await res.arrayBuffer()
      return res.ok ? bytes : null
    }
    const store = await caches.open(cache)
    await store.add(url)
    return (await (await store.match(url))?.arrayBuffer()) ?? null
  } catch {
    // Not there (a floor changed since the build has no shadow file) or the network is down:
    // the next start tries again.
    return null
  }
}

export function startOfflineLooks(store: VenueStore): Stop {
  let run = 0
  let cancelIdle: (() => void) | null = null
  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      cancelIdle = whenIdle(() => resolve(), { timeoutMs: 10_000, fallbackMs: 500 })
    })

  const keepAll = async (): Promise<void> => {
    const mine = ++run
    const { index, manifestUrl, sceneId } = store.getState()
    if (!index) return
    const venue = index.scene.venue
    await idle()
    if (mine !== run) return
    await keep(fontUrlOf(venue.id), LOOK_CACHES.published)
    if (index.scene.exhibitors.some((e) => e.logo)) {
      const folder = logoFolderUrl(manifestUrl, sceneId)
      await idle()
      if (mine !== run) return
      const mapUrl = new URL(LOGO_MAP_FILE, folder).href
      const bytes = await keep(mapUrl, LOOK_CACHES.published)
      const map = bytes && parseMap(bytes)
      if (map && mine === run) await keep(new URL(map.image, mapUrl).href, map.image.startsWith('files/') ? LOOK_CACHES.atlases : LOOK_CACHES.published)
    }
    await idle()
    if (mine !== run) return
    // Fingerprints walk every booth (~20 ms at 70,000): in idle time, like the file fetches.
    for (const { fileName } of floorShadowPlans(venue)) {
      await idle()
      if (mine !== run) return
      await keep(floorShadowUrlOf(venue.id, fileName), LOOK_CACHES.shadows)
    }
  }

  void keepAll()
  // A new revision of the scene (sceneRevisions.ts) brings new names, logos and floors.
  const off = store.subscribe(
    (s) => s.index,
    () => void keepAll(),
  )
  return () => {
    run++
    cancelIdle?.()
    off()
  }
}
