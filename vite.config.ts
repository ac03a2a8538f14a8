/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { embedPlugin } from './scripts/vite-plugin-embed.ts'
import { APP_VERSION, pwaPlugin } from './scripts/pwa.ts'
import { earlyScenePlugin } from './scripts/vite-plugin-early-scene.ts'
import { preload3dPlugin } from './scripts/vite-plugin-preload-3d.ts'
import { scenesPlugin } from './scripts/vite-plugin-scenes.ts'
import { fasciaFontPlugin } from './scripts/vite-plugin-fascia-font.ts'
import { logoAtlasPlugin } from './scripts/vite-plugin-logo-atlas.ts'
import { floorShadowPlugin } from './scripts/vite-plugin-floor-shadow.ts'
import { threeCatalogueDepsPlugin, threeCataloguePlugin } from './scripts/vite-plugin-three-catalogue.ts'

const EDITOR_MODULE = /[\\/](src[\\/](editor[\\/]|domain[\\/]editing[\\/]|domain[\\/]i18n[\\/]messages[\\/](en|zh)[\\/]editor\.ts)|node_modules[\\/](fflate|idb-keyval|pdfjs-dist)[\\/])/
const isEditorModule = (id: string): boolean => EDITOR_MODULE.test(id)

export default defineConfig({
  // preload3dPlugin: the lazy 3D chunk downloads at low priority from the start.
  // earlyScenePlugin: the scene worker starts from index.html, before the entry has arrived.
  // embedPlugin: the SDK (dist/sdk/venue-twin-embed.js + .d.ts) and examples/embed.html.
  // fasciaFontPlugin: each scene's font subset for the names on the booths (scenes/<id>/fascia.woff).
  // logoAtlasPlugin: each scene's exhibitor logos in one image (scenes/<id>/logos.json names it).
  // floorShadowPlugin: each floor's baked contact shadows (scenes/<id>/floor-shadow-<fingerprint>.png).
  // threeCataloguePlugin: R3F registers only the three.js classes the view uses, not all of them.
  plugins: [react(), scenesPlugin(), fasciaFontPlugin(), logoAtlasPlugin(), floorShadowPlugin(), embedPlugin(), pwaPlugin(), preload3dPlugin(), earlyScenePlugin(), threeCataloguePlugin(import.meta.dirname)],
  // Dev pre-bundles R3F: the same catalogue rewrite runs there, so dev renders like production.
  optimizeDeps: { rolldownOptions: { plugins: [threeCatalogueDepsPlugin(import.meta.dirname)] } },
  // The kiosk operator panel shows which version is running.
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // Every browser the app supports has <link rel="modulepreload">: no polyfill in the first download.
    modulePreload: false,
    rolldownOptions: {
      // The venue editor is a page of its own: a visitor's page never loads its code.
      input: { index: 'index.html', edit: 'edit.html' },
      output: {
        // Chunks only the venue editor loads are named editor-*, so the visitor's offline cache
        // can leave them out (scripts/pwa.ts) and a test can check a visitor never fetches one.
        chunkFileNames: (chunk) => (chunk.moduleIds.length && chunk.moduleIds.every(isEditorModule) ? 'assets/editor-[name]-[hash].js' : 'assets/[name]-[hash].js'),
        // Everything the first screen needs statically in one chunk (app + React): one request
        // instead of two dozen small ones, and better compression. Lazy parts keep their chunks;
        // the SDK and the embed example stay out of it.
        // three.js and React Three Fiber: shared by the 3D view and the hall model's loader (its own
        // chunk), named for what it holds.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], test: /[\\/](src[\\/](?!sdk[\\/]|editor[\\/])|node_modules[\\/])/ },
            { name: 'three', test: /[\\/]node_modules[\\/](three|@react-three[\\/]fiber)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One real Chromium at a time: software WebGL on two cores is CPU-bound. After the unit
          // and ui files, not beside them: they would starve the browser and the preview server.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
