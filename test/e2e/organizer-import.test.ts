/**
 * The organizer's path end to end: fill the shipped templates, import them into a copy of the
 * default scene with the real CLI, open that scene in the app and find the new exhibitor by
 * search; then export the venue as IMDF, import the archive as a new scene and open that too;
 * a two-level IMDF archive opens with both levels in the level switcher; and a two-level scene
 * exported as IMDF and imported back opens with both levels too.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imdfLevelsArchive } from '../fixtures/imdfLevels.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { toFileTexts } from '../fixtures/smallScene.ts'
import { browserForFile, openApp } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const generated = path.join(root, 'scenes-generated')
const imported = path.join(generated, 'e2e-import')
const fromImdf = path.join(generated, 'e2e-imdf')
const levelsImdf = path.join(generated, 'e2e-imdf-levels')
const levelsBack = path.join(generated, 'e2e-imdf-levels-back')
const work = path.join(generated, '.e2e-import-files')
const browser = browserForFile()

const EXHIBITOR = { en: 'Aurora Quantum Sensors', zh: '极光量子传感' }

function cli(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${script} exited ${r.status}:\n${r.stdout}${r.stderr}`)
  return r.stdout
}

beforeAll(async () => {
  for (const d of [imported, fromImdf, levelsImdf, levelsBack, work]) rmSync(d, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(path.join(root, 'scenes/wdec-2023'), imported, { recursive: true })
  // The templates as shipped, with sample rows added the way an organizer would.
  const boothsCsv = readFileSync(path.join(root, 'templates/booths.csv'), 'utf8')
  writeFileSync(path.join(work, 'booths.csv'), `${boothsCsv}booth-x01,X01,数字贸易馆,7,-9,4,3,0,洽谈区\r\n`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(root, 'templates/exhibitors.xlsx'))
  wb.worksheets[0]!.addRow(['', EXHIBITOR.en, EXHIBITOR.zh, '德国', 'X01', 'Artificial Intelligence', 'https://aurora.example', 'Quantum sensors for factory floors.', '面向工厂车间的量子传感器。'])
  await wb.xlsx.writeFile(path.join(work, 'exhibitors.xlsx'))
  const sessionsCsv = readFileSync(path.join(root, 'templates/sessions.csv'), 'utf8')
  writeFileSync(path.join(work, 'sessions.csv'), `${sessionsCsv},Quantum Sensing Demo,量子传感演示,exhibition,2023-10-14 14:00,2023-10-14 14:30,X01,Mia Wang (Aurora),Live demo.,现场演示。\r\n`)
  const out = cli('import.ts', ['--scene', imported, '--booths', path.join(work, 'booths.csv'), '--exhibitors', path.join(work, 'exhibitors.xlsx'), '--sessions', path.join(work, 'sessions.csv')])
  expect(out).toContain('booths: 1 added')
  expect(out).toContain('exhibitors: 1 added')
}, 180_000)

afterAll(() => {
  for (const d of [imported, fromImdf, levelsImdf, levelsBack, work]) rmSync(d, { recursive: true, force: true })
})

async function findByName(page: Page, boxName: string, query: string): Promise<string> {
  const box = page.getByRole('searchbox', { name: boxName })
  await box.click()
  await box.pressSequentially(query, { delay: 20 })
  const option = page.locator('[role="option"][data-key^="exhibitor:"]').first()
  await option.waitFor()
  const key = (await option.getAttribute('data-key'))!
  await option.click()
  return key.slice('exhibitor:'.length)
}

describe('organizer import', () => {
  it('the imported exhibitor is found by search in the imported scene, on its new booth', async () => {
    const { page, context, pageErrors } = await openApp(browser, '?scene=e2e-import&lang=en')
    const counts = await page.evaluate(() => window.venueTwin!.scene())
    expect([counts.booths, counts.exhibitors, counts.sessions]).toEqual([170, 150, 52])
    const id = await findByName(page, 'Search the venue', EXHIBITOR.en)
    expect(id).toBe('aurora-quantum-sensors')
    expect(await page.evaluate(() => window.venueTwin!.selection())).toEqual({ kind: 'exhibitor', id })
    const card = page.getByRole('article', { name: EXHIBITOR.en })
    await card.waitFor()
    await expect(card.textContent()).resolves.toContain('X01')
    // The booth type the sheet gave (洽谈区) is what the zone view builds.
    await page.evaluate(() => window.venueTwin!.select({ kind: 'zone', id: 'digital-trade' }))
    await page.waitForFunction(() => window.__venueTwinBoothProps?.().zoneId === 'digital-trade', null, { timeout: 60_000 })
    const built = (await page.evaluate(() => window.__venueTwinBoothProps!())).types.find((t) => t.boothId === 'booth-x01')
    expect(built).toMatchObject({ type: 'lounge', explicit: true })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('exported as IMDF and imported back, the venue opens with its booths and exhibitors', { timeout: 180_000 }, async () => {
    const zip = path.join(work, 'venue.zip')
    cli('export-imdf.ts', ['--scene', imported, '--out', zip])
    const out = cli('import-imdf.ts', [zip, '--out', fromImdf, '--timezone', 'Asia/Shanghai'])
    expect(out).toContain('ordinal 0: Level 1')
    const { page, context, pageErrors } = await openApp(browser, '?scene=e2e-imdf&lang=zh')
    const s = await page.evaluate(() => window.venueTwin!.scene())
    expect([s.zones.length, s.booths, s.exhibitors]).toEqual([9, 170, 150])
    await findByName(page, '搜索场馆', EXHIBITOR.zh)
    const card = page.getByRole('article', { name: EXHIBITOR.zh })
    await card.waitFor()
    await expect(card.textContent()).resolves.toContain('X01')
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a two-level IMDF archive opens with both levels in the switcher; the upper one shows when pressed', { timeout: 180_000 }, async () => {
    const zip = path.join(work, 'harbour.zip')
    writeFileSync(zip, zipSync(Object.fromEntries(Object.entries(imdfLevelsArchive()).map(([name, json]) => [name, strToU8(JSON.stringify(json))]))))
    const out = cli('import-imdf.ts', [zip, '--out', levelsImdf, '--timezone', 'Asia/Shanghai'])
    expect(out).toContain('2 levels, 2 connectors')
    const { page, context, pageErrors } = await openApp(browser, '?scene=e2e-imdf-levels&lang=en')
    const s = await page.evaluate(() => window.venueTwin!.scene())
    expect(s.levels.map((l) => [l.id, l.name, l.ordinal])).toEqual([['level-1', 'Ground floor', 0], ['level-2', 'Upper floor', 1]])
    expect(await page.evaluate(() => window.venueTwin!.level())).toBe('level-1')
    const switcher = page.getByTestId('level-switcher')
    await expect(switcher.getByRole('button').allTextContents()).resolves.toEqual(expect.arrayContaining(['Ground floor', 'Upper floor']))
    await switcher.getByRole('button', { name: 'Upper floor' }).click()
    await page.waitForFunction(() => window.venueTwin!.level() === 'level-2')
    await expect(switcher.getByRole('button', { name: 'Upper floor' }).getAttribute('aria-pressed')).resolves.toBe('true')
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('a two-level scene exported as IMDF and imported back opens with both levels and their connectors', { timeout: 180_000 }, async () => {
    const dir = path.join(work, 'two-levels')
    mkdirSync(dir, { recursive: true })
    for (const [name, text] of Object.entries(toFileTexts(levelsScene()))) writeFileSync(path.join(dir, name), text)
    const zip = path.join(work, 'two-levels.zip')
    expect(cli('export-imdf.ts', ['--scene', dir, '--out', zip])).toContain('2 levels')
    const out = cli('import-imdf.ts', [zip, '--out', levelsBack, '--timezone', 'Asia/Shanghai'])
    expect(out).toContain('2 levels, 4 connectors')
    const { page, context, pageErrors } = await openApp(browser, '?scene=e2e-imdf-levels-back&lang=en')
    const s = await page.evaluate(() => window.venueTwin!.scene())
    expect(s.levels.map((l) => [l.name, l.ordinal])).toEqual([['Level 1', 0], ['Level 2', 1]])
    const switcher = page.getByTestId('level-switcher')
    await expect(switcher.getByRole('button').allTextContents()).resolves.toEqual(expect.arrayContaining(['Level 1', 'Level 2']))
    await switcher.getByRole('button', { name: 'Level 2' }).click()
    await page.waitForFunction(() => window.venueTwin!.level() === 'level-2')
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
