/**
 * A second website for the embed tests: a tiny static server on a free loopback port that
 * serves a host page loading the SDK from the twin's origin. Reached as http://localhost:PORT
 * and http://127.0.0.1:PORT it is two more origins, both different from the twin's.
 * Also: the twin's allow-list (venue-twin.config.json in the built dist), written for a test and
 * restored afterwards.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Frame, Page } from 'playwright-core'
import type { EmbeddedTwin, SelectionChange, TwinEvents } from '../../src/sdk/types.ts'
import { patchDeployConfig } from './deployConfig.ts'

export interface HostServer {
  port: number
  /** The host page on `localhost` or on `127.0.0.1` (two different origins). */
  url(host: 'localhost' | '127.0.0.1', pagePath?: string): string
  close(): Promise<void>
}

/** What the host page keeps on `window` for the tests to read. */
export interface HostWindow {
  /** Every message this page received, from anywhere. */
  received: { origin: string; data: unknown }[]
  sdk: Promise<{ VenueTwin: { embed(container: HTMLElement, options?: object): Promise<EmbeddedTwin> } }>
  twin?: EmbeddedTwin
  events: { type: keyof TwinEvents; payload: unknown }[]
  embedding?: Promise<unknown>
  embedError?: string
}

function hostPage(twinBase: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif} #top{height:120px;padding:8px} #twin{width:1000px;height:560px;margin-left:60px} #rest{height:2400px}</style>
</head><body>
<div id="top">An event website that embeds the twin</div>
<div id="twin"></div>
<div id="rest">More of the host page</div>
<script type="module">
  window.received = []
  window.events = []
  window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }))
  window.sdk = import(${JSON.stringify(`${twinBase}/sdk/venue-twin-embed.js`)})
</script>
</body></html>`
}

export async function startHostServer(twinBase: string): Promise<HostServer> {
  const server = http.createServer((req, res) => {
    if (req.url?.split('?')[0] === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end(hostPage(twinBase))
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    url: (host, pagePath = '/host.html') => `http://${host}:${port}${pagePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Allow these host origins in the built twin's venue-twin.config.json; returns the restore. */
export function allowOrigins(origins: string[]): () => void {
  return patchDeployConfig({ embed: { allowedOrigins: origins } })
}

/** Embed the twin on the host page through the SDK and record its events. */
export async function embedFromHost(page: Page, options: object): Promise<void> {
  await page.evaluate(async (opts) => {
    const w = window as unknown as HostWindow
    const { VenueTwin } = await w.sdk
    w.twin = await VenueTwin.embed(document.getElementById('twin')!, opts)
    for (const type of ['selectionChange', 'routeChange', 'levelChange', 'sceneUpdate', 'error'] as const) w.twin.on(type, (payload) => w.events.push({ type, payload }))
  }, options)
}

export function twinFrame(page: Page, twinOrigin: string): Frame {
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(`${twinOrigin}/`))
  if (!frame) throw new Error(`no frame from ${twinOrigin}`)
  return frame
}

export async function waitForTwinReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => !!window.venueTwin, null, { timeout: 30_000 })
  await frame.evaluate(() => window.venueTwin!.ready)
}

/** The twin's view has settled: no new frames for a while. */
export async function waitForIdleIn(frame: Frame, quietMs = 400, timeoutMs = 20_000): Promise<void> {
  const frames = () => frame.evaluate(() => window.venueTwin!.stats().framesDrawn)
  const start = Date.now()
  let last = await frames()
  let since = Date.now()
  while (Date.now() - start < timeoutMs) {
    await frame.waitForTimeout(100)
    const now = await frames()
    if (now !== last) {
      last = now
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return
  }
  throw new Error('the twin never settled')
}

export async function selectionChanges(page: Page): Promise<SelectionChange[]> {
  return page.evaluate(() =>
    (window as unknown as HostWindow).events.filter((e) => e.type === 'selectionChange').map((e) => e.payload as SelectionChange),
  )
}
