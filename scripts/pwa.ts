/**
 * The offline cache (Workbox via vite-plugin-pwa): a kiosk must survive the hall's network
 * failing. The app shell, its chunks and the hall models are precached; published scenes are
 * kept by the scene worker, revision by revision (src/data/sceneCache.ts), unpublished ones the
 * first time they load, and each scene's look files (fascia font, logo atlas, floor shadows) by
 * the runtime rules below — a kiosk fetches them ahead (src/integration/offlineLooks.ts). `prompt`: a new version waits until src/integration/serviceWorker.ts
 * lets it in (a kiosk at its idle reset, an explorer visitor on "Reload") — never in someone's
 * hands.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { PluginOption } from 'vite'
import { LOOK_CACHES } from '../src/data/sceneLooks.ts'

const root = path.resolve(import.meta.dirname, '..')

/** package.json's version, shown on the kiosk operator panel (`__APP_VERSION__`). */
export const APP_VERSION: string = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version

type RuntimeCache = {
  urlPattern: (ctx: { url: URL }) => boolean
  handler: 'NetworkFirst' | 'StaleWhileRevalidate' | 'CacheFirst'
  options: {
    cacheName: string
    networkTimeoutSeconds?: number
    expiration?: { maxEntries: number }
    cacheableResponse?: { statuses: number[] }
    matchOptions?: { ignoreVary: boolean }
  }
}
/** The part of vite-plugin-pwa's options used here (see pwaPlugin for why not its own types). */
interface PwaOptions {
  strategies: 'generateSW'
  registerType: 'prompt'
  injectRegister: false
  manifest: false
  workbox: {
    globPatterns: string[]
    globIgnores: string[]
    maximumFileSizeToCacheInBytes: number
    cleanupOutdatedCaches: boolean
    navigateFallback: string
    navigateFallbackDenylist: RegExp[]
    runtimeCaching: RuntimeCache[]
  }
}

/**
 * vite-plugin-pwa is loaded by name at config time: its type declarations pull type-fest's
 * `lib esnext` into every file of the project (changing typed-array types under other code),
 * so the options are checked against the narrower PwaOptions above instead.
 */
const importByName = (name: string): Promise<{ VitePWA: (options: PwaOptions) => PluginOption }> => import(name)

export function pwaPlugin(): PluginOption {
  return importByName('vite-plugin-pwa').then(({ VitePWA }) => VitePWA(OPTIONS))
}

const OPTIONS: PwaOptions = {
  strategies: 'generateSW',
  registerType: 'prompt',
  // src/integration/serviceWorker.ts registers it (workbox-window), after the first frame.
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,glb,svg,png,ico,woff,woff2}'],
    // The SDK and its example page are for other websites, the editor for organizers; source maps
    // are for developers. The deployment's settings change without a rebuild: fetched fresh,
    // cached only for offline (below). Published scenes are kept by the scene worker, revision
    // by revision (src/data/sceneCache.ts): a precached manifest would hide new revisions.
    globIgnores: ['**/*.map', 'sdk/**', 'examples/**', 'assets/examples/**', 'embed-config.json', 'venue-twin.config.json', 'scenes/**', 'edit.html', 'assets/edit-*', 'assets/editor*'],
    // The 3D chunk is over Workbox's 2 MB default; models grow with the venue.
    maximumFileSizeToCacheInBytes: 30 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // Any in-app address (deep links, kiosk URLs) opens the cached shell when offline.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/scenes\//, /^\/models\//, /^\/sdk\//, /^\/examples\//],
    runtimeCaching: [
      {
        // The settings (kiosk PIN hashes, brokers): the network's when online, the last copy offline.
        urlPattern: ({ url }) => url.pathname.endsWith('/venue-twin.config.json'),
        handler: 'NetworkFirst',
        options: { cacheName: 'venue-twin-config', networkTimeoutSeconds: 5, expiration: { maxEntries: 2 }, cacheableResponse: { statuses: [200] } },
      },
      {
        // Unpublished scene folders (generated scale scenes): fresh when online, the last copy when not.
        urlPattern: ({ url }) => url.pathname.includes('/scenes/') && /\/(venue|exhibitors|sessions)\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'venue-twin-scenes',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 60 },
          cacheableResponse: { statuses: [200] },
        },
      },
      // A scene's look files. No age limit on any of them: a kiosk whose network is down for a
      // long weekend must still have them on Monday; the entry counts bound the disk used. Vary is
      // ignored: servers answer `Vary: Origin`, and a texture's CORS request (Origin sent) would
      // otherwise miss the copy kept from a plain request, though the bytes are the same.
      {
        // The fascia font subset and the logo map change with a publish: the network's when
        // online (so a new exhibitor's name never misses its letters), the last copy offline.
        // The logo files sit beside the manifest, wherever `dataBaseUrl` puts it.
        urlPattern: ({ url }) => /\/scenes\/[^/]+\/fascia\.woff$/.test(url.pathname) || /\/logos\.(json|png)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: LOOK_CACHES.published, networkTimeoutSeconds: 5, expiration: { maxEntries: 24 }, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
      },
      {
        // The logo atlas is named by its content's hash: once kept, never asked for again.
        urlPattern: ({ url }) => /\/files\/logos\.[0-9a-f]{16}\.png$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: LOOK_CACHES.atlases, expiration: { maxEntries: 8 }, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
      },
      {
        // Floor shadows are named by the plan that casts them, not by their pixels (a release may
        // bake them differently): the kept copy at once, refreshed behind it. A floor changed
        // since the build asks for a file that does not exist: a 404, never kept.
        urlPattern: ({ url }) => /\/scenes\/[^/]+\/floor-shadow-[0-9a-f]{8}\.png$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: LOOK_CACHES.shadows, expiration: { maxEntries: 32 }, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreVary: true } },
      },
      {
        urlPattern: ({ url }) => url.pathname.includes('/models/') && url.pathname.endsWith('.glb'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'venue-twin-models', expiration: { maxEntries: 20 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
}
