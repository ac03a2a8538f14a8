/**
 * Dev mode (`npm run dev`) logs no warning or error either: React's development build checks
 * more (StrictMode mounts every effect twice, roots unmounted mid-render are reported), so a
 * contributor sees the same quiet console the visitor's production load has (foundation.test.ts).
 * Vite's dev server is started through its JavaScript API on a free loopback port and stopped
 * after, so it never collides with a server a developer left running.
 */
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserForFile, newDesktopContext, waitForIdle, waitForReady } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const root = path.resolve(import.meta.dirname, '../..')
const kiosk = loadDefaultScene().scene.venue.kiosks[0]!
const browser = browserForFile()
let server: ViteDevServer
let baseUrl = ''

beforeAll(async () => {
  server = await createServer({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  await server.listen()
  baseUrl = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`
})

afterAll(async () => {
  await server?.close()
})

describe('dev mode', () => {
  it('logs no warning or error while the venue and a kiosk load, labels come and go, and it settles', { timeout: 240_000 }, async () => {
    const context = await newDesktopContext(browser)
    const page = await context.newPage()
    const logged: string[] = []
    page.on('console', (m) => {
      // Chromium's notes about software rendering ("GPU stall due to ReadPixels") come from its
      // GPU layer; Vite's own connection messages are debug-level and not collected.
      if ((m.type() === 'warning' || m.type() === 'error') && !m.text().includes('GL Driver Message')) logged.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`))
    // The first request makes Vite transform the app's modules (and pre-bundle its dependencies
    // on a cold cache): slow once.
    await page.goto(`${baseUrl}/?lang=en`)
    await waitForReady(page)
    await waitForIdle(page, 400, 60_000)
    // Labels (drei <Html>, each a React root of its own) mount and unmount as the view changes:
    // select a zone and a booth, then go home.
    const zone = await page.evaluate(() => window.venueTwin!.scene().zones[0]!.id)
    await page.evaluate((id) => window.venueTwin!.select({ kind: 'zone', id }), zone)
    await waitForIdle(page, 400, 30_000)
    await page.evaluate(() => window.venueTwin!.select(null))
    await waitForIdle(page, 400, 30_000)
    // A kiosk draws its "you are here" label from the start; loaded twice, as a kiosk reloads.
    for (let load = 0; load < 2; load++) {
      await page.goto(`${baseUrl}/?mode=kiosk&kiosk=${kiosk.id}&idle=600&lang=en`)
      await waitForReady(page)
      await waitForIdle(page, 400, 60_000)
    }
    expect(logged).toEqual([])
    await context.close()
  })

  it('renders through the same three.js classes as the production build (R3F registers the catalogue)', () => {
    // The page above made Vite pre-bundle React Three Fiber; its Canvas module is in there.
    const deps = path.join(server.config.cacheDir, 'deps')
    const fiber = readdirSync(deps)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(deps, f), 'utf8'))
      .filter((code) => /\bextend\(/.test(code) && code.includes('Canvas'))
    const registered = fiber.flatMap((code) => [...code.matchAll(/\bextend\((\w+)\)/g)].map((m) => m[1]))
    expect(registered.some((name) => /^threeCatalogue/.test(name!))).toBe(true)
    expect(registered).not.toContain('THREE')
  })
})
