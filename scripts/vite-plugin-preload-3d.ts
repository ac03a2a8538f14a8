/**
 * The 3D view's code (three.js, React Three Fiber, drei: ~290 kB gzip) is a lazy chunk, so the
 * interface never waits for it. Without a hint, though, its download only starts once the entry
 * has run. This plugin adds `<link rel="preload" … fetchpriority="low">` for that chunk to the
 * built index.html (and for the small chunks it imports): it downloads from the first moment,
 * behind the entry and the scene (low priority), and is neither parsed nor run before the app
 * asks for it. Build only; dev serves
 * modules one by one.
 */
import type { Plugin } from 'vite'

const LAZY_3D_MODULE = /[\\/]src[\\/]scene[\\/]SceneHost\.tsx$/

export function preload3dPlugin(): Plugin {
  let base = '/'
  return {
    name: 'venue-twin:preload-3d',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html') || ctx.filename.includes('examples')) return html
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId !== null && LAZY_3D_MODULE.test(c.facadeModuleId))
        if (chunk?.type !== 'chunk') return html
        // Its own static imports too (small shared chunks), or they would only be asked for once
        // the big one has arrived; chunks the page already loads as scripts are left out.
        const files = [chunk.fileName, ...chunk.imports].filter((f) => !html.includes(`${base}${f}"`))
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', crossorigin: '', fetchpriority: 'low', href: `${base}${f}` }, injectTo: 'head' as const }))
      },
    },
  }
}
