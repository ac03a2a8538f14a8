import { describe, expect, it } from 'vitest'
import { browserForFile, openApp, waitForReady } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const index = loadDefaultScene()
const browser = browserForFile()

describe('directory, schedule and My visit', () => {
  it('a country filter (Germany) lights exactly that country’s booths', async () => {
    const german = index.scene.exhibitors.filter((e) => e.country === 'DE')
    const booths = new Set(german.flatMap((e) => e.boothIds))
    expect(booths.size).toBeGreaterThan(1)
    const { page, context } = await openApp(browser, '?lang=en')
    await page.getByRole('tab', { name: 'Directory' }).click()
    const country = page.getByRole('combobox', { name: 'Country or region' })
    await expect(country.locator('option[value="DE"]').textContent()).resolves.toBe(`Germany (${german.length})`)
    await country.selectOption('DE')
    await expect(page.getByTestId('directory-lit').textContent()).resolves.toBe(`${booths.size} booths highlighted`)
    await expect(page.locator('.directory-list > li').count()).resolves.toBe(german.length)
    // Choosing one selects it in 3D.
    await page.getByRole('button', { name: new RegExp(`^${german[0]!.name.en}`) }).click()
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id: german[0]!.id })
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page.getByTestId('directory-lit').count()).resolves.toBe(0)
    await context.close()
  })

  it('with ?now=2023-10-13T10:00+08:00 the schedule marks exactly the sessions running then as Now', async () => {
    const now = Date.parse('2023-10-13T10:00:00+08:00')
    const running = index.scene.sessions.filter((s) => Date.parse(s.start) <= now && now < Date.parse(s.end)).map((s) => s.id)
    expect(running.length).toBeGreaterThan(0)
    const { page, context } = await openApp(browser, `?lang=en&now=${encodeURIComponent('2023-10-13T10:00:00+08:00')}`)
    await page.getByRole('tab', { name: 'Schedule' }).click()
    await expect(page.getByRole('tab', { name: /13 Oct/ }).getAttribute('aria-selected')).resolves.toBe('true')
    const shownNow = await page.locator('.schedule [data-status="now"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.session))
    expect(shownNow.sort()).toEqual([...running].sort())
    for (const id of running) await expect(page.locator(`[data-session="${id}"] .badge-now`).textContent()).resolves.toBe('Now')
    // A click opens the session card.
    const first = index.sessionById.get(running[0]!)!
    await page.locator(`[data-session="${first.id}"] .item-button`).click()
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'session', id: first.id })
    await page.getByRole('article', { name: first.title.en }).waitFor()
    await context.close()
  })

  it('a starred exhibitor is still starred after a reload, and listed in My visit', async () => {
    const ex = index.scene.exhibitors[3]!
    const { page, context } = await openApp(browser, `?lang=en&exhibitor=${ex.id}`)
    const card = page.getByRole('article', { name: ex.name.en })
    const star = card.getByRole('button', { name: 'Save to My visit' })
    await star.click()
    await expect(star.getAttribute('aria-pressed')).resolves.toBe('true')
    await page.reload()
    await waitForReady(page)
    await expect(page.getByRole('article', { name: ex.name.en }).getByRole('button', { name: 'Save to My visit' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await page.getByRole('tab', { name: 'My visit' }).click()
    await page.getByRole('region', { name: 'Exhibitors (1)' }).getByRole('button', { name: new RegExp(`^${ex.name.en}`) }).waitFor()
    await context.close()
  })
})
