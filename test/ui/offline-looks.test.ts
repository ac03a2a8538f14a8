import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LOOK_CACHES } from '../../src/data/sceneLooks.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { floorShadowPlans } from '../../src/domain/shadow/floorShadows.ts'
import { startOfflineLooks } from '../../src/integration/offlineLooks.ts'
import type { Stop } from '../../src/integration/types.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { loadSmallScene } from './loadFixture.ts'

const store = useVenueStore
const FOLDER = `${location.origin}/scenes/published-demo/`
const ATLAS = `${FOLDER}files/logos.0123456789abcdef.png`

/** A two-floor scene whose first exhibitor has a logo, published (its manifest names the folder). */
function loadKiosk(): void {
  loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre', sceneId: 'published-demo' }, () => {
    const s = levelsScene()
    s.exhibitors.exhibitors[0]!.logo = 'logos/first.png'
    return s
  })
  store.setState({ manifestUrl: `${FOLDER}manifest.json` })
}

function expected(): string[] {
  const venue = store.getState().index!.scene.venue
  const base = `${location.origin}/scenes/${venue.id}/`
  return [`${base}fascia.woff`, `${FOLDER}logos.json`, ATLAS, ...floorShadowPlans(venue).map((f) => base + f.fileName)]
}

const absolute = (url: string): string => new URL(url, location.href).href

describe('a kiosk keeps its scene look files for a network failure', () => {
  let stop: Stop = () => undefined
  const fetched: string[] = []
  const respond = (input: RequestInfo | URL): Promise<Response> => {
    const url = absolute(String(input))
    const body = url.endsWith('/logos.json') ? JSON.stringify({ format: 'venue-twin-logos/1', image: 'files/logos.0123456789abcdef.png', size: 256, logos: {} }) : 'bytes'
    return Promise.resolve(new Response(body, { headers: { 'content-type': url.endsWith('.json') ? 'application/json' : 'application/octet-stream' } }))
  }
  const fetchSpy = vi.fn((input: RequestInfo | URL) => {
    fetched.push(absolute(String(input)))
    return respond(input)
  })
  beforeEach(() => {
    fetched.length = 0
    vi.stubGlobal('fetch', fetchSpy)
    loadKiosk()
  })
  afterEach(() => {
    stop()
    vi.unstubAllGlobals()
    Reflect.deleteProperty(navigator, 'serviceWorker')
  })

  it('fetches the font, logo map and atlas and every floor shadow through the service worker, again for a new revision', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: {} } })
    expect(floorShadowPlans(store.getState().index!.scene.venue)).toHaveLength(2)
    stop = startOfflineLooks(store)
    await vi.waitFor(() => expect(new Set(fetched)).toEqual(new Set(expected())), { timeout: 15_000, interval: 100 })

    fetched.length = 0
    const s = store.getState()
    s.sceneReplaced(buildSceneIndex(s.index!.scene), 2)
    // The new revision's font and map come from the network again.
    await vi.waitFor(() => expect(fetched).toEqual(expect.arrayContaining([`${location.origin}/scenes/${s.index!.scene.venue.id}/fascia.woff`, `${FOLDER}logos.json`])), { timeout: 15_000, interval: 100 })

    stop()
    await new Promise((r) => setTimeout(r, 1500))
    fetched.length = 0
    store.getState().sceneReplaced(buildSceneIndex(store.getState().index!.scene), 3)
    await new Promise((r) => setTimeout(r, 1500))
    expect(fetched).toEqual([])
  }, 40_000)

  it('on the first page, which no service worker controls yet, puts them straight into the worker’s caches', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: null } })
    const added: [string, string][] = []
    vi.stubGlobal('caches', {
      open: (name: string) =>
        Promise.resolve({
          add: (url: string) => void added.push([name, absolute(url)]),
          match: (url: string) => respond(url),
        }),
    })
    stop = startOfflineLooks(store)
    const [font, map, atlas, ...shadows] = expected()
    await vi.waitFor(() => expect(added).toHaveLength(3 + shadows.length), { timeout: 15_000, interval: 100 })
    expect(added).toEqual(
      expect.arrayContaining([
        [LOOK_CACHES.published, font],
        [LOOK_CACHES.published, map],
        [LOOK_CACHES.atlases, atlas],
        ...shadows.map((u) => [LOOK_CACHES.shadows, u]),
      ]),
    )
    // Fetched past the worker, nothing would be kept for offline.
    expect(fetched).toEqual([])
  }, 40_000)
})
