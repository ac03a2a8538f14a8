/**
 * The 3D view's code (three.js, React Three Fiber, drei: ~290 kB gzip) is a lazy chunk, so the
 * interface never waits for it. Without a hint, though, its download only starts once the entry
 * has run. This plugin adds `<link rel="modulepreload" … fetchpriority="low">` for that chunk to
 * the built index.html (and for the small chunks it imports): it downloads from the first
 * moment, behind the entry and the scene (low priority), and is compiled as it streams in, on a
 * background thread; it runs only when the app asks for it. A `rel="preload" as="script"` hint
 * (as before) fetched it as a classic script: the module loader then compiled it again, on the
 * main thread (~65 ms with 2 cores), and first frames were ~40 ms later (two interleaved A/Bs
 * of 16 loads). Build only; dev serves modules one by one.
 */
import { isAppIndexHtml } from './vite-app-index-html.ts'
import type { Plugin, Rollup } from 'vite'
import { NOT_PHONE_MEDIA } from '../src/domain/device/startView.ts'

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
        if (!isAppIndexHtml(ctx)) return html
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId !== null && LAZY_3D_MODULE.test(c.facadeModuleId))
        if (chunk?.type !== 'chunk') return html
        // Every chunk it imports statically, however deep (small shared chunks): the browser only
        // discovers an import once the importer is parsed, so an unlisted grandchild is fetched
        // hundreds of milliseconds late and holds back running the whole 3D view (measured: two
        // 1 kB chunks found at 470 ms delayed it by ~100 ms). Chunks the page already loads as
        // scripts are left out.
        const files = staticClosure(chunk.fileName, ctx.bundle).filter((f) => !html.includes(`${base}${f}"`))
        // Not on a phone: it starts with the plan, and its slow line carries the entry and the scene.
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', fetchpriority: 'low', media: NOT_PHONE_MEDIA, href: `${base}${f}` }, injectTo: 'head' as const }))
      },
    },
  }
}

/** The chunk and everything it imports statically, in breadth-first order (nearest first). */
export function staticClosure(fileName: string, bundle: Rollup.OutputBundle): string[] {
  const seen = new Set<string>([fileName])
  const queue = [fileName]
  for (let i = 0; i < queue.length; i++) {
    const c = bundle[queue[i]!]
    if (c?.type !== 'chunk') continue
    for (const f of c.imports) {
      if (seen.has(f)) continue
      seen.add(f)
      queue.push(f)
    }
  }
  return queue
}
