import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { bilingual } from '../../src/domain/i18n/messages/bilingual.ts'
import { failure } from '../../src/domain/i18n/messages/failure.ts'
import { routeSteps } from '../../src/domain/i18n/messages/routeSteps.ts'
import { messagesEn } from '../../src/domain/i18n/tables/messages-en.ts'
import { messagesZh } from '../../src/domain/i18n/tables/messages-zh.ts'
import { baseUrl, browserForFile, clickItem, newDesktopContext, openApp, waitForReady } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())

/** Every interface-string key: none may ever reach the screen. */
const KEYS = [messagesEn, bilingual.en, failure.en, routeSteps.en].flatMap((t) => Object.keys(t))

/** Keys shown on the page now: in its visible text or in an accessible name. */
const keysShown = (page: Page) =>
  page.evaluate((keys) => {
    const text = [document.body.innerText, ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '')].join('\n')
    return keys.filter((k) => text.includes(k))
  }, KEYS)

/** Which languages' interface text the page has downloaded (each is its own chunk). */
const tablesFetched = (page: Page) =>
  page.evaluate(() => [...new Set(performance.getEntriesByType('resource').flatMap((e) => /\/messages-(en|zh)-[^/]*\.js$/.exec(e.name)?.[1] ?? []))].sort())

describe('deep links, history and language', () => {
  it('opens with the exhibitor from the URL selected and its card shown', async () => {
    const ex = index.scene.exhibitors.find((e) => e.country === 'DE')!
    const { page, context } = await openApp(browser, `?exhibitor=${ex.id}&lang=en`)
    expect(await selection(page)).toEqual({ kind: 'exhibitor', id: ex.id })
    await page.getByRole('article', { name: ex.name.en }).waitFor()
    await context.close()
  })

  it('the URL follows the selection; Back and Forward move through selections', async () => {
    const { page, context } = await openApp(browser, '?lang=en')
    await clickItem(page, 'future-industries')
    await page.waitForURL(/zone=future-industries/)
    await page.getByRole('button', { name: 'Home view' }).click()
    await clickItem(page, 'digital-trade')
    await page.waitForURL(/zone=digital-trade/)
    await page.goBack()
    await page.waitForURL((u) => !u.search.includes('zone='))
    expect(await selection(page)).toBeNull()
    await page.goBack()
    await page.waitForURL(/zone=future-industries/)
    expect(await selection(page)).toEqual({ kind: 'zone', id: 'future-industries' })
    await page.getByRole('complementary', { name: index.zoneById.get('future-industries')!.name.en }).waitFor()
    await page.goForward()
    expect(await selection(page)).toBeNull()
    await context.close()
  })

  it('ignores invalid URL values with a warning and still opens the venue', async () => {
    const { page, context, console: log } = await openApp(browser, '?zone=no-such-zone&lang=fr&mode=bogus&now=yesterday&Booth=X')
    expect(await selection(page)).toBeNull()
    const warnings = log.filter((m) => m.type === 'warning').map((m) => m.text).join('\n')
    expect(warnings).toContain('no-such-zone')
    expect(warnings).toContain('lang=')
    expect(warnings).toContain('mode=')
    expect(warnings).toContain('now=')
    expect(await page.locator('canvas').count()).toBe(1)
    await context.close()
  })

  it('switches language with the visible switch and with ?lang=, names included', async () => {
    const zone = index.zoneById.get('digital-real-fusion')!
    const { page, context } = await openApp(browser, `?zone=${zone.id}&lang=en`)
    await page.getByRole('complementary', { name: zone.name.en }).waitFor()
    await page.getByRole('button', { name: '中文' }).click()
    await page.getByRole('complementary', { name: zone.name.zh }).waitFor()
    await page.waitForURL(/lang=zh/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    // The 3D labels follow the language in their next render.
    await page.locator('.zone-label', { hasText: zone.name.zh }).first().waitFor()
    await expect(page.locator('.zone-label', { hasText: zone.name.zh }).count()).resolves.toBe(1)
    expect(await page.evaluate(() => window.venueTwin!.scene().zones.find((z) => z.id === 'digital-real-fusion')!.name)).toBe(zone.name.zh)
    await page.reload()
    await waitForReady(page)
    await page.getByRole('complementary', { name: zone.name.zh }).waitFor()
    await context.close()
  })

  it('opens in Chinese with ?lang= having fetched only the Chinese text; English arrives on the switch, never a key on screen', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?lang=zh')
    await page.getByRole('button', { name: messagesZh['toolbar.home'] }).waitFor()
    expect(await page.getByRole('group', { name: messagesZh['toolbar.language'] }).count()).toBe(1)
    expect(await page.evaluate(() => document.body.innerText)).toContain(messagesZh['sidebar.explore'])
    expect(await keysShown(page)).toEqual([])
    expect(await tablesFetched(page)).toEqual(['zh'])

    // Watch every change of the page while English loads: a key shown even for a moment is caught.
    await page.evaluate((keys) => {
      const w = window as unknown as { keysSeen: string[] }
      w.keysSeen = []
      new MutationObserver(() => {
        const text = document.body.textContent ?? ''
        for (const k of keys) if (text.includes(k) && !w.keysSeen.includes(k)) w.keysSeen.push(k)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    }, KEYS)
    await page.getByRole('button', { name: messagesZh['toolbar.langEn'] }).click()
    await page.getByRole('button', { name: messagesEn['toolbar.home'] }).waitFor()
    await page.waitForURL(/lang=en/)
    expect(await page.getByRole('group', { name: messagesEn['toolbar.language'] }).count()).toBe(1)
    expect(await page.evaluate(() => document.body.innerText)).toContain(messagesEn['sidebar.explore'])
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([])
    expect(await keysShown(page)).toEqual([])
    expect(await tablesFetched(page)).toEqual(['en', 'zh'])
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('says so, in the visitor’s language, when the interface text itself cannot be downloaded', async () => {
    const context = await newDesktopContext(browser)
    await context.route(/\/assets\/messages-zh-[^/]*\.js$/, (route) => route.abort('internetdisconnected'))
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/?lang=zh`)
    const screen = page.getByTestId('error-screen')
    await screen.waitFor({ timeout: 30_000 })
    expect(await screen.getByRole('heading', { level: 1 }).textContent()).toBe(failure.zh['error.title'])
    expect(await screen.textContent()).toContain(failure.zh['error.messages'].replace('{message}', 'messages-zh'))
    expect(await screen.getByRole('button', { name: failure.zh['error.retry'] }).count()).toBe(1)
    expect(await keysShown(page)).toEqual([])
    await context.close()
  })
})
