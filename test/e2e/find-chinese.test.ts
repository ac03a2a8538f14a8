/**
 * Chinese-first visitors, end to end: pinyin on the kiosk's keyboard with its candidate row,
 * pinyin initials in a link, the venue's own language for a browser in neither of ours, and
 * the programme written the Chinese way.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, browserForFile, openApp } from './browser.ts'
import { openKiosk, tap } from './kiosk.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const supercomputing = index.scene.exhibitors.find((e) => e.name.en.startsWith('Ningbo Artificial Intelligence Supercomputing'))!
const browser = browserForFile()

/** Type on the kiosk's keyboard in 中文, one tap per key. */
async function typeOnScreenZh(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: '屏幕键盘' })
  for (const ch of text.toUpperCase()) await tap(page, keyboard.getByRole('button', { name: ch, exact: true }))
}

describe('中文优先', () => {
  it('on a kiosk in 中文, typing "ningbo" offers 宁波 as a candidate and finds the Ningbo AI Supercomputing Center', async () => {
    expect(supercomputing.name.zh).toContain('宁波')
    const kiosk = index.scene.venue.kiosks[0]!
    const { page, context, pageErrors } = await openKiosk(browser, `?mode=kiosk&kiosk=${kiosk.id}&idle=600&lang=zh`)
    await typeOnScreenZh(page, 'ningbo')
    const candidates = page.getByRole('group', { name: '候选词' })
    const ningbo = candidates.getByRole('button', { name: '宁波', exact: true })
    await ningbo.waitFor()
    const results = page.getByTestId('kiosk-results')
    await results.getByRole('button', { name: new RegExp(supercomputing.name.zh.replace(/[()（）]/g, '.')) }).first().waitFor()
    // A tap on the candidate searches for it: the characters replace the pinyin.
    await tap(page, ningbo)
    await expect(page.getByTestId('kiosk-search-field').inputValue()).resolves.toBe('宁波')
    await results.getByRole('button', { name: new RegExp(supercomputing.name.zh.replace(/[()（）]/g, '.')) }).first().waitFor()
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('?q=szjj lists names containing 数字经济', async () => {
    const { page, context } = await openApp(browser, '?lang=zh&q=szjj')
    await expect(page.getByRole('searchbox', { name: '搜索场馆' }).inputValue()).resolves.toBe('szjj')
    const zone = index.scene.venue.zones.find((z) => z.name.zh.includes('数字经济'))!
    await page.locator(`[role="option"][data-key="zone:${zone.id}"]`).waitFor()
    const names = await page.getByRole('option').allTextContents()
    expect(names.filter((n) => n.includes('数字经济')).length).toBeGreaterThan(1)
    await context.close()
  })

  it('a browser set to fr-FR opens wdec-2023 in Chinese; a switch to English is remembered on this device', async () => {
    const { page, context, pageErrors } = await openApp(browser, '', { locale: 'fr-FR' })
    expect(await page.evaluate(() => navigator.languages)).toEqual(['fr-FR'])
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN')
    await page.getByRole('searchbox', { name: '搜索场馆' }).waitFor()
    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click()
    await page.getByRole('searchbox', { name: 'Search the venue' }).waitFor()
    // The next visit, from a plain link, opens in the language the visitor chose.
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('searchbox', { name: 'Search the venue' }).waitFor()
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('the schedule in 中文 shows its days as 10月13日 周五 and times on the 24-hour clock', async () => {
    const { page, context } = await openApp(browser, '?lang=zh&now=2023-10-13T10:00:00%2B08:00')
    await page.getByRole('tab', { name: '日程' }).click()
    const day = page.getByRole('tab', { name: /10月13日/ })
    await day.waitFor()
    await expect(day.textContent()).resolves.toMatch(/^10月13日 周五/)
    await expect(day.getAttribute('aria-selected')).resolves.toBe('true')
    await context.close()
  })
})
