/**
 * Starts loading the scene before the app's own code has arrived. A tiny inline script in the
 * built index.html reads `?scene=` (the same rule as src/domain/url/launchParams.ts; none means
 * the deployment's default, which the worker reads from venue-twin.config.json)
 * and starts the scene worker at once: the worker downloads, parses and validates the scene
 * while the entry script is still downloading, instead of after it has run. The worker's early
 * messages are kept until src/data/loadScene.ts adopts it (src/data/earlySceneWorker.ts); a
 * page whose CSP forbids the inline script simply starts its worker later, from the app. The
 * script's sha256 is written to `csp-hashes.json` next to index.html for sites that allow it.
 * Build only: in dev the app starts the worker itself.
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { isAppIndexHtml } from './vite-app-index-html.ts'
import { EARLY_SCENE_GLOBAL } from '../src/data/earlySceneWorker.ts'
import { KEBAB_CASE } from '../src/domain/scene/ids.ts'

export function earlySceneScript(workerUrl: string, base: string): string {
  // No scene= (or a malformed one, which the app ignores too): null, the deployment's default.
  return `(function(){try{var s=new URLSearchParams(location.search).get('scene');` +
    `if(s===''||(s&&!${KEBAB_CASE.toString()}.test(s)))s=null;if(typeof Worker!=='function')return;` +
    // The request rides in the worker's name (the worker reads it as it starts; see
    // requestFragment()), not in a message, and not in its URL: a worker served by the offline
    // cache gets the cached response's URL, but keeps its name.
    `var r={sceneId:s,baseUrl:new URL(${JSON.stringify(base)},location.href).href};` +
    `var w=new Worker(${JSON.stringify(workerUrl)},{type:'module',name:'venue-twin-scene#'+encodeURIComponent(JSON.stringify(r))}),e={sceneId:s,worker:w,messages:[],errors:[]};` +
    `w.onmessage=function(m){e.messages.push(m.data)};w.onerror=function(x){x.preventDefault();e.errors.push(x.message||'error')};` +
    `window.${EARLY_SCENE_GLOBAL}=e}catch(_){}})()`
}

export function earlyScenePlugin(): Plugin {
  let base = '/'
  const workerIn = (bundle: Record<string, unknown>): string | undefined => Object.keys(bundle).find((f) => /(^|\/)sceneWorker-[^/]+\.js$/.test(f))
  return {
    name: 'venue-twin:early-scene',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!isAppIndexHtml(ctx)) return html
        const worker = workerIn(ctx.bundle)
        if (!worker) return html
        return [{ tag: 'script', children: earlySceneScript(`${base}${worker}`, base), injectTo: 'head' }]
      },
    },
    generateBundle(_options, bundle) {
      const worker = workerIn(bundle)
      if (!worker) return
      const hash = `sha256-${createHash('sha256').update(earlySceneScript(`${base}${worker}`, base)).digest('base64')}`
      this.emitFile({ type: 'asset', fileName: 'csp-hashes.json', source: `${JSON.stringify({ 'script-src': [`'${hash}'`] }, null, 2)}\n` })
    },
  }
}
