/**
 * Venue Twin embed SDK: put the twin on a host page and drive it through the embed protocol.
 *
 *   import { VenueTwin } from 'https://twin.example/sdk/venue-twin-embed.js'
 *   const twin = await VenueTwin.embed(document.querySelector('#map'), { lang: 'en' })
 *   twin.on('selectionChange', ({ selection }) => …)
 *   await twin.select({ kind: 'exhibitor', id: 'huawei' })
 *
 * Talks only to the iframe it created: posts with that iframe's origin as target, and accepts
 * only messages whose source is that iframe's window and whose origin is the twin's.
 */
import { createChannel } from './channel.ts'
import type { EmbeddedTwin, EmbedOptions, ReadyInfo, Selection } from './types.ts'

export type * from './types.ts'

export const SDK_VERSION = '1.0.0'

export function embed(container: HTMLElement, options: EmbedOptions = {}): Promise<EmbeddedTwin> {
  if (!container || typeof container.appendChild !== 'function') return Promise.reject(new Error('VenueTwin.embed: the first argument must be a container element'))
  let url: URL
  try {
    // By default, the twin that served this file: …/sdk/venue-twin-embed.js → …/
    url = new URL(options.src ?? new URL(/* @vite-ignore */ '../', import.meta.url).href, location.href)
  } catch {
    return Promise.reject(new Error(`VenueTwin.embed: src ${JSON.stringify(options.src)} is not a URL`))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return Promise.reject(new Error(`VenueTwin.embed: src must be an http(s) URL, got ${url.href}`))
  const params = url.searchParams
  params.set('mode', 'embed')
  if (options.scene) params.set('scene', options.scene)
  if (options.lang) params.set('lang', options.lang)
  if (options.zone) params.set('zone', options.zone)
  const origin = url.origin
  const readyTimeout = options.timeoutMs ?? 30_000

  const iframe = document.createElement('iframe')
  iframe.title = options.title ?? (options.lang === 'zh' ? '场馆地图' : 'Venue map')
  iframe.setAttribute('allow', 'fullscreen')
  // The twin learns this page's origin from the referrer where the browser hides ancestorOrigins.
  iframe.setAttribute('referrerpolicy', 'origin')
  iframe.style.cssText = 'display:block;width:100%;height:100%;border:0'
  iframe.src = url.href

  const channel = createChannel({
    post: (m) => iframe.contentWindow?.postMessage(m, origin),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  })
  const onMessage = (e: MessageEvent): void => {
    if (e.source === iframe.contentWindow && e.source !== null && e.origin === origin) channel.receive(e.data)
  }
  // The handshake for browsers that show the twin neither ancestorOrigins nor a referrer.
  const onLoad = (): void => channel.send({ type: 'hello' })
  let destroyed = false
  const destroy = (): void => {
    if (destroyed) return
    destroyed = true
    window.removeEventListener('message', onMessage)
    iframe.removeEventListener('load', onLoad)
    channel.close('Venue Twin embed was destroyed')
    iframe.remove()
  }
  window.addEventListener('message', onMessage)
  iframe.addEventListener('load', onLoad)
  container.appendChild(iframe)

  return new Promise<EmbeddedTwin>((resolve, reject) => {
    const fail = (message: string): void => {
      clearTimeout(timer)
      offReady()
      offError()
      destroy()
      reject(new Error(message))
    }
    const timer = setTimeout(
      () =>
        fail(
          `Venue Twin at ${origin} did not report ready within ${readyTimeout} ms. ` +
            `Check that ${url.href} opens, and that this page's origin (${location.origin}) is listed in the twin's venue-twin.config.json "embed": { "allowedOrigins" }.`,
        ),
      readyTimeout,
    )
    const offError = channel.on('error', ({ message }) => fail(`Venue Twin could not start: ${message}`))
    const offReady = channel.on('ready', (info: ReadyInfo) => {
      clearTimeout(timer)
      offReady()
      offError()
      resolve({
        iframe,
        origin,
        info,
        select: (target: Selection) =>
          channel.request({ type: 'select', payload: { kind: target?.kind, id: target?.id } }).then((r) => r.selection),
        clearSelection: () => channel.request({ type: 'clearSelection' }).then(() => undefined),
        search: (q: string) => channel.request({ type: 'search', payload: { q } }),
        route: (from: string, to: string) => channel.request({ type: 'route', payload: { from, to } }),
        setLanguage: (lang) => channel.request({ type: 'setLanguage', payload: { lang } }).then(() => undefined),
        setLevel: (levelId: string) => channel.request({ type: 'setLevel', payload: { levelId } }).then((r) => r.levelId),
        getState: () => channel.request({ type: 'getState' }),
        on: channel.on,
        destroy,
      })
    })
  })
}

export const VenueTwin = { embed, version: SDK_VERSION }
