import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clickItem, launchBrowser, openApp } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())

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
    await expect(page.locator('.zone-label', { hasText: zone.name.zh }).count()).resolves.toBe(1)
    expect(await page.evaluate(() => window.venueTwin!.scene().zones.find((z) => z.id === 'digital-real-fusion')!.name)).toBe(zone.name.zh)
    await page.reload()
    await page.evaluate(() => window.venueTwin!.ready)
    await page.getByRole('complementary', { name: zone.name.zh }).waitFor()
    await context.close()
  })
})
