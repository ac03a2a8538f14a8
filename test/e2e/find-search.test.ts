import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserForFile, openApp } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

const selection = (page: Page) => page.evaluate(() => window.venueTwin!.selection())
const searchbox = (page: Page, name = 'Search the venue') => page.getByRole('searchbox', { name })

describe('search', () => {
  it('type a known exhibitor’s name, choose it: its booth is selected and its card shown', async () => {
    const ex = index.scene.exhibitors.find((e) => e.country === 'DE')!
    const { page, context, pageErrors } = await openApp(browser, '?lang=en')
    const box = searchbox(page)
    await box.click()
    await box.pressSequentially(ex.name.en, { delay: 20 })
    const option = page.getByRole('option', { name: new RegExp(`^${ex.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    await option.waitFor()
    // The exact name is the first result of all.
    await expect(page.getByRole('option').first().getAttribute('data-key')).resolves.toBe(`exhibitor:${ex.id}`)
    await page.keyboard.press('ArrowDown')
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true')
    await page.keyboard.press('Enter')
    expect(await selection(page)).toEqual({ kind: 'exhibitor', id: ex.id })
    const card = page.getByRole('article', { name: ex.name.en })
    await card.waitFor()
    // The card names its booth(s): the ones the 3D view now highlights as selected.
    for (const b of ex.boothIds) await expect(card.textContent()).resolves.toContain(index.boothById.get(b)!.label)
    await page.waitForURL(new RegExp(`exhibitor=${ex.id}`))
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a Chinese query finds names by their characters', async () => {
    const { page, context } = await openApp(browser, '?lang=zh')
    const box = searchbox(page, '搜索场馆')
    await box.click()
    await box.pressSequentially('数字', { delay: 30 })
    const zone = index.scene.venue.zones.find((z) => z.name.zh.includes('数字'))!
    const zoneOption = page.locator(`[role="option"][data-key="zone:${zone.id}"]`)
    await zoneOption.waitFor()
    await expect(zoneOption.textContent()).resolves.toContain(zone.name.zh)
    const expected =
      index.scene.exhibitors.filter((e) => e.name.zh.includes('数字')).length +
      index.scene.venue.zones.filter((z) => z.name.zh.includes('数字')).length +
      index.scene.sessions.filter((s) => s.title.zh.includes('数字')).length
    const status = await page.getByTestId('search-popup').getByRole('status').textContent()
    const count = Number(/(\d+) 个结果/.exec(status ?? '')?.[1])
    expect(count).toBeGreaterThanOrEqual(expected)
    // Groups carry their Chinese headings.
    await page.getByRole('group', { name: /展商/ }).waitFor()
    await context.close()
  })

  it('?q= opens with that search, and the URL keeps the search as it changes', async () => {
    const ex = index.scene.exhibitors.find((e) => e.boothIds.length === 1)!
    const label = index.boothById.get(ex.boothIds[0]!)!.label
    const { page, context } = await openApp(browser, `?lang=en&q=${encodeURIComponent(label)}`)
    await expect(searchbox(page).inputValue()).resolves.toBe(label)
    const first = page.getByRole('option').first()
    await first.waitFor()
    await expect(first.getAttribute('data-key')).resolves.toBe(`booth:${ex.boothIds[0]}`)
    await expect(page.getByRole('option', { name: new RegExp(ex.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).count()).resolves.toBeGreaterThan(0)
    await searchbox(page).fill('robot')
    await page.waitForURL(/q=robot/)
    await page.keyboard.press('Escape')
    await page.waitForURL((u) => !u.search.includes('q='))
    await expect(searchbox(page).inputValue()).resolves.toBe('')
    await context.close()
  })
})
