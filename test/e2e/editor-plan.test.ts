/**
 * The venue editor's floor-plan underlay (scale and north from clicks), its Chinese interface,
 * session places picked on the plan, and the 3D preview through the explorer's own view.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, browserForFile } from './browser.ts'
import { colourVariety } from './pixels.ts'

const browser = browserForFile()
let page: Page
const tmp = mkdtempSync(path.join(tmpdir(), 'venue-twin-editor-'))

beforeAll(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
})
afterAll(async () => {
  await page?.close()
  rmSync(tmp, { recursive: true, force: true })
})

const screen = (p: [number, number]) => page.evaluate((pt) => window.venueTwinEditor!.planToScreen(pt), p)
async function clickPlan(p: [number, number]) {
  const s = await screen(p)
  await page.mouse.click(s.x, s.y)
}
const status = () => page.locator('.editor-status').textContent()
/** The plan shows the whole hall, filling the canvas's width or height (as `fit` leaves it). */
async function planFillsView(): Promise<boolean> {
  const r = (await page.locator('.plan-canvas').boundingBox())!
  const fp = (await page.evaluate(() => (window.venueTwinEditor!.exportScene().venue as { hall: { footprint: [number, number][] } }).hall.footprint))
  const xs = fp.map((p) => p[0])
  const zs = fp.map((p) => p[1])
  const [a, b] = [await screen([Math.min(...xs), Math.min(...zs)]), await screen([Math.max(...xs), Math.max(...zs)])]
  const inside = a.x >= r.x - 1 && a.y >= r.y - 1 && b.x <= r.x + r.width + 1 && b.y <= r.y + r.height + 1
  return inside && (b.x - a.x > r.width / 2 || b.y - a.y > r.height / 2)
}

describe('venue editor: floor plan, language, sessions, 3D preview', () => {
  it('puts a floor-plan picture under the plan and sets its scale and north from clicks', async () => {
    await page.goto(`${baseUrl()}/edit.html`)
    await page.waitForFunction(() => !!window.venueTwinEditor)
    const png = new PNG({ width: 400, height: 200 })
    for (let i = 0; i < png.data.length; i += 4) png.data.set([i % 40 < 20 ? 40 : 220, 120, 200, 255], i)
    const file = path.join(tmp, 'hall-plan.png')
    writeFileSync(file, PNG.sync.write(png))
    await page.locator('[data-testid="open-plan"]').setInputFiles(file)
    // A new venue sized to the picture at the first guess of 0.1 m per pixel, scale tool chosen.
    await expect.poll(async () => (await page.evaluate(() => window.venueTwinEditor!.exportScene().venue)) as { hall: { footprint: number[][] } }).toMatchObject({ hall: { footprint: [[0, 0], [40, 0], [40, 20], [0, 20]] } })
    expect(await page.getAttribute('.plan-canvas', 'data-tool')).toBe('calibrate')
    // The view fits the new hall on the next frame: click once it has, as a person would.
    await expect.poll(planFillsView).toBe(true)
    page.once('dialog', (d) => void d.accept('40'))
    await clickPlan([0, 0])
    await clickPlan([20, 0])
    await expect.poll(status).toBe('Scale set: 0.200 m per pixel')
    await page.getByRole('button', { name: /^Set north/ }).click()
    await clickPlan([0, 0])
    await clickPlan([20, 0])
    await expect.poll(status).toBe('North set: the plan is turned 270°')
  })

  it('speaks Chinese when asked, tabs and tools included', async () => {
    await page.getByRole('button', { name: 'Switch the editor to Chinese' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN')
    const tabs = await page.getByRole('tab').allTextContents()
    expect(tabs.slice(0, 4)).toEqual(['属性', '楼层', '展商', '活动'])
    expect(tabs[4]).toMatch(/^问题（\d+）$/)
    expect(await page.getByRole('button', { name: '展区（Z）' }).count()).toBe(1)
    await page.getByRole('button', { name: '将编辑器切换为英文' }).click()
  })

  it('places a session by picking its place on the plan', async () => {
    // The plan traced above is kept, so the editor offers it back; the save is debounced, flush it.
    await page.evaluate(() => window.venueTwinEditor!.flushAutosave())
    await page.goto(`${baseUrl()}/edit.html?scene=wdec-2023`)
    await page.getByRole('button', { name: 'Discard' }).click()
    // The status line is in the comparison so a scene that fails to open says why.
    await expect
      .poll(() => page.evaluate(() => ({ opened: window.venueTwinEditor!.revision > 0, status: document.querySelector('.editor-status')?.textContent })))
      .toMatchObject({ opened: true })
    await expect.poll(planFillsView).toBe(true)
    const { venue, sessions } = await page.evaluate(() => window.venueTwinEditor!.exportScene()) as {
      venue: { zones: { id: string; kind: string; footprint: [number, number][] }[] }
      sessions: { sessions: { id: string; locationId: string }[] }
    }
    const stage = venue.zones.find((z) => z.kind === 'stage')!
    const session = sessions.sessions.find((s) => s.locationId !== stage.id)!
    const xs = stage.footprint.map((p) => p[0])
    const zs = stage.footprint.map((p) => p[1])
    await page.getByRole('tab', { name: 'Sessions' }).click()
    const pickButtons = page.getByRole('button', { name: 'Pick on plan' })
    const index = sessions.sessions.indexOf(session)
    await pickButtons.nth(index).click()
    await clickPlan([(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...zs) + Math.max(...zs)) / 2])
    await expect
      .poll(async () => ((await page.evaluate(() => window.venueTwinEditor!.exportScene().sessions)) as typeof sessions).sessions[index]!.locationId)
      .toBe(stage.id)
    await page.keyboard.press('Control+z')
    await expect
      .poll(async () => ((await page.evaluate(() => window.venueTwinEditor!.exportScene().sessions)) as typeof sessions).sessions[index]!.locationId)
      .toBe(session.locationId)
  })

  it('previews the venue in 3D with the explorer view', async () => {
    await page.getByRole('button', { name: '3D preview' }).click()
    const canvas = page.locator('.preview3d canvas')
    await canvas.waitFor({ timeout: 60_000 })
    await expect.poll(async () => colourVariety(await canvas.screenshot()).distinct, { timeout: 60_000 }).toBeGreaterThan(30)
    await page.getByRole('button', { name: 'Back to the plan' }).click()
    await page.locator('.plan-canvas').waitFor()
  })
})
