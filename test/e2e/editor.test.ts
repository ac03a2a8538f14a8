/**
 * The venue editor end to end, with real pointer drags on the plan canvas: draw a zone, generate
 * booths in it, drag an exhibitor onto a booth, watch a problem come and go, undo and redo, get the
 * autosaved work back after a reload, export a scene that `npm run validate` accepts and the
 * explorer opens; open the default scene's folder (with its logo files) and publish it with its
 * floor shadows and logo atlas, which the explorer then shows.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { floorShadowFiles } from '../../scripts/floor-shadow.ts'
import { rasteriseShadow, shadowCasters, shadowFrame } from '../../src/domain/shadow/contactShadow.ts'
import { baseUrl, browserForFile, openEditor, waitForReady } from './browser.ts'
import { loadDefaultScene } from './sceneData.ts'

const root = path.resolve(import.meta.dirname, '../..')
const sceneId = 'e2e-editor-export'
const sceneDir = path.join(root, 'scenes-generated', sceneId)
/** The default scene, published from the editor under an id of its own. */
const ASSETS = 'e2e-editor-assets'
const servedAssets = () => path.join(inject('distDir'), 'scenes', ASSETS)

const browser = browserForFile()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  ;({ context, page } = await openEditor(browser))
})

afterAll(async () => {
  await context?.close()
  rmSync(sceneDir, { recursive: true, force: true })
  rmSync(servedAssets(), { recursive: true, force: true })
})

interface Exported {
  venue: { levels: { id: string }[]; zones: { id: string; footprint: number[][] }[]; booths: { id: string; label: string; footprint: number[][]; type?: string }[] }
  exhibitors: { exhibitors: { id: string; boothIds: string[] }[] }
  sessions: unknown
}
const exported = () => page.evaluate(() => window.venueTwinEditor!.exportScene()) as Promise<Exported>
const screen = (p: [number, number]) => page.evaluate((pt) => window.venueTwinEditor!.planToScreen(pt), p)
async function clickPlan(p: [number, number]) {
  const s = await screen(p)
  await page.mouse.click(s.x, s.y)
}
async function dragPlan(from: [number, number], to: [number, number]) {
  const a = await screen(from)
  const b = await screen(to)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 })
  await page.mouse.move(b.x, b.y, { steps: 4 })
  await page.mouse.up()
}
const problemRules = async () => (await page.evaluate(() => window.venueTwinEditor!.problems())).map((p) => p.rule)

describe('venue editor', () => {
  it('draws a zone with the pointer, corner by corner, snapped to the grid', async () => {
    await page.getByRole('button', { name: /^Zone/ }).click()
    for (const p of [[10.1, 10.2], [60, 9.9], [59.8, 40.1], [10, 40]] as [number, number][]) await clickPlan(p)
    await clickPlan([10, 10]) // back on the first corner closes the outline
    const { venue } = await exported()
    expect(venue.zones).toHaveLength(1)
    expect(venue.zones[0]!.footprint).toEqual([[10, 10], [60, 10], [60, 40], [10, 40]])
    await expect.poll(() => page.evaluate(() => window.venueTwinEditor!.selection)).toEqual([venue.zones[0]!.id])
  })

  it('generates a row of booths in the zone from the properties panel', async () => {
    await page.getByRole('button', { name: /^Select/ }).click()
    await page.getByLabel('Booths in the row').fill('6')
    await page.getByLabel('Start x (m)').fill('13')
    await page.getByLabel('Start z (m)').fill('13')
    await page.getByRole('button', { name: 'Generate', exact: true }).click()
    await expect.poll(async () => (await exported()).venue.booths.map((b) => b.label)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05', 'A06'])
    await expect.poll(() => page.locator('.editor-status').textContent()).toBe('6 booths added')
  })

  it('assigns an exhibitor by dragging its name onto a booth', async () => {
    await page.getByRole('tab', { name: 'Exhibitors' }).click()
    await page.getByRole('button', { name: 'Add exhibitor' }).click()
    const { exhibitors, venue } = await exported()
    const ex = exhibitors.exhibitors[0]!
    const booth = venue.booths[2]!
    const [x0 = 0, z0 = 0] = booth.footprint[0]!
    const s = await screen([x0 + 1.5, z0 + 1.5])
    const box = (await page.locator('.plan-canvas').boundingBox())!
    await page.locator(`[data-exhibitor="${ex.id}"]`).dragTo(page.locator('.plan-canvas'), { targetPosition: { x: s.x - box.x, y: s.y - box.y } })
    await expect.poll(async () => (await exported()).exhibitors.exhibitors[0]!.boothIds).toEqual([...ex.boothIds, booth.id])
    await expect.poll(() => page.locator('.editor-status').textContent()).toBe(`Exhibitor 1 assigned to booth ${booth.label}`)
  })

  it('shows a problem when a booth is moved onto another, and it goes with undo; redo brings it back', async () => {
    await page.getByRole('button', { name: /^Select/ }).click()
    expect(await problemRules()).toEqual([])
    // A04 starts at x 22; drag it 2 m left, half onto A03.
    await dragPlan([23.5, 14.5], [21.5, 14.5])
    await expect.poll(problemRules).toContain('booths-do-not-overlap')
    await expect.poll(() => page.locator('.problems-summary').first().textContent()).toMatch(/^1 problems?/)
    await page.keyboard.press('Control+z')
    await expect.poll(problemRules).toEqual([])
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(problemRules).toContain('booths-do-not-overlap')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(problemRules).toEqual([])
  })

  it('nudges the selection with the arrow keys', async () => {
    await clickPlan([14.5, 14.5])
    const before = (await exported()).venue.booths[0]!.footprint[0]!
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('ArrowDown')
    await expect.poll(async () => (await exported()).venue.booths[0]!.footprint[0]).toEqual([before[0]! + 1, before[1]! + 0.1])
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
  })

  it('sets a booth\'s type in the properties panel; "automatic" names what it would be built as', async () => {
    await page.getByRole('tab', { name: 'Properties' }).click()
    await clickPlan([14.5, 14.5])
    const type = page.getByLabel('Booth type')
    // A01 ends a single row, open on three sides: without a type of its own it is built as an island.
    await expect.poll(() => type.locator('option:checked').textContent()).toBe('Automatic: Island (open, raised floor)')
    await type.selectOption('shell')
    await expect.poll(async () => (await exported()).venue.booths[0]!.type).toBe('shell')
    await type.selectOption('')
    await expect.poll(async () => (await exported()).venue.booths[0]!.type).toBeUndefined()
  })

  it('gives the work back after a reload', async () => {
    const before = await exported()
    await page.evaluate(() => window.venueTwinEditor!.flushAutosave())
    await page.reload()
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('Unsaved work found')
    await page.getByRole('button', { name: 'Restore' }).click()
    await expect.poll(exported).toEqual(before)
  })

  it('exports a scene that npm run validate accepts and the explorer opens, with the exhibitor on its booth', async () => {
    // Entrance on the hall wall, so visitors have a way in.
    // Schema v3: every feature names its level; the hall drawn above is on the scene's only level.
    const levelId = (await exported()).venue.levels[0]!.id
    await page.evaluate(
      (level) =>
        window.venueTwinEditor!.execute({ type: 'add', coll: 'pois', item: { id: 'entrance-south', levelId: level, kind: 'entrance', name: { en: 'South entrance', zh: '南入口' }, position: [35, 60], width: 6 } }),
      levelId,
    )
    await page.evaluate(() => window.venueTwinEditor!.execute({ type: 'set-venue', changes: { id: 'e2e-editor-export', name: { en: 'Editor expo', zh: '编辑器展会' } } }))
    expect(await problemRules()).toEqual([])
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export zip' }).click()
    const zipPath = path.join(root, 'scenes-generated', `${sceneId}.zip`)
    await (await download).saveAs(zipPath)
    const files = await exported()
    mkdirSync(sceneDir, { recursive: true })
    writeFileSync(path.join(sceneDir, 'venue.json'), JSON.stringify(files.venue))
    writeFileSync(path.join(sceneDir, 'exhibitors.json'), JSON.stringify(files.exhibitors))
    writeFileSync(path.join(sceneDir, 'sessions.json'), JSON.stringify(files.sessions))
    rmSync(zipPath)
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/validate.ts'), '--no-color', sceneDir], { cwd: root, encoding: 'utf8' })
    expect(out).toMatch(/OK|valid/i)
    expect(readdirSync(sceneDir).sort()).toEqual(['exhibitors.json', 'sessions.json', 'venue.json'])

    const visitor = await browser.newPage()
    await visitor.goto(`${baseUrl()}/?scene=${sceneId}&exhibitor=${files.exhibitors.exhibitors[0]!.id}&live=off`)
    await waitForReady(visitor)
    const card = visitor.getByRole('heading', { name: 'Exhibitor 1' })
    await expect.poll(() => card.count()).toBeGreaterThan(0)
    await visitor.close()
  })

  it('keeps editor code out of the visitor page and its offline cache', async () => {
    const visitor = await browser.newPage()
    const urls: string[] = []
    visitor.on('request', (r) => urls.push(new URL(r.url()).pathname))
    await visitor.goto(`${baseUrl()}/?live=off`)
    await waitForReady(visitor)
    expect(urls.filter((u) => /\/assets\/edit(or)?[-A-Za-z]/.test(u))).toEqual([])
    const sw = await (await fetch(`${baseUrl()}/sw.js`)).text()
    expect(sw).not.toMatch(/edit\.html|assets\/edit/)
    await visitor.close()
  })

  it('publishes the floor shadows and the logo atlas with the scene; the explorer shows both', { timeout: 240_000 }, async () => {
    const src = path.join(root, 'scenes/wdec-2023')
    const files: [string, string][] = ['venue.json', 'exhibitors.json', 'sessions.json', ...readdirSync(path.join(src, 'logos')).map((f) => `logos/${f}`)].map((f) => [
      f,
      readFileSync(path.join(src, f)).toString('base64'),
    ])
    // The folder the organizer opens (with its logos) and the data folder Publish writes into:
    // real directories of the browser's private file system, as the pickers would hand over.
    await page.evaluate(async (list) => {
      const opfs = await navigator.storage.getDirectory()
      const open = await (await opfs.getDirectoryHandle('open', { create: true })).getDirectoryHandle('wdec-2023', { create: true })
      for (const [name, b64] of list) {
        const parts = name.split('/')
        let dir = open
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true })
        const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable()
        await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))
        await w.close()
      }
      const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle>; __pick: string }
      w.__pick = 'open'
      w.showDirectoryPicker = async () =>
        w.__pick === 'open' ? (await opfs.getDirectoryHandle('open')).getDirectoryHandle('wdec-2023') : opfs.getDirectoryHandle('data', { create: true })
    }, files)
    await page.getByRole('button', { name: 'Open folder…' }).click()
    await expect.poll(() => page.locator('.scene-name').textContent()).toBe('wdec-2023')
    await page.evaluate((id) => window.venueTwinEditor!.execute({ type: 'set-venue', changes: { id } }), ASSETS)
    await expect.poll(problemRules, { timeout: 60_000 }).toEqual([])
    await page.evaluate(() => ((window as unknown as { __pick: string }).__pick = 'data'))
    const venue = { ...loadDefaultScene().scene.venue, id: ASSETS }
    const shadows = floorShadowFiles(venue)
    const status = () => page.locator('.editor-status').textContent()
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect.poll(status, { timeout: 60_000 }).toBe(`Published revision 1 of ${ASSETS} into data/${ASSETS}. Floor shadows: ${shadows.length}. Logos: 4 published.`)

    const published = await publishedFiles(ASSETS)
    for (const [p, bytes] of published) {
      mkdirSync(path.dirname(path.join(servedAssets(), p)), { recursive: true })
      writeFileSync(path.join(servedAssets(), p), bytes)
    }
    // The shadow the viewer will ask for, with the texels the command line would write.
    expect([...published.keys()].filter((p) => p.startsWith('floor-shadow-')).sort()).toEqual(shadows.map((f) => f.fileName).sort())
    const png = PNG.sync.read(published.get(shadows[0]!.fileName)!)
    const want = rasteriseShadow(shadowFrame(venue.hall.footprint), shadowCasters(venue, !!venue.model))
    expect([png.width, png.height]).toEqual([want.frame.width, want.frame.height])
    let differing = 0
    for (let i = 0; i < want.texels.length; i++) if (png.data[i * 4] !== want.texels[i] || png.data[i * 4 + 3] !== 255) differing++
    expect(differing).toBe(0)
    expect(want.texels.reduce((a, b) => Math.min(a, b), 255)).toBeLessThan(200) // there are shadows to compare
    const map = JSON.parse(published.get('logos.json')!.toString('utf8')) as { image: string; size: number; logos: Record<string, number[]> }
    expect(Object.keys(map.logos).sort()).toEqual(['digital-twin-research-institute', 'ningbo-ai-supercomputing-center', 'tianyi-pavilion-yuehu-digital-twin', 'xiangshan-digital-twin-fishing-port'])
    expect(PNG.sync.read(published.get(map.image)!).width).toBe(map.size)

    const visitor = await browser.newPage()
    const shadowAnswers: number[] = []
    visitor.on('response', (r) => /\/floor-shadow-[0-9a-f]{8}\.png$/.test(r.url()) && shadowAnswers.push(r.status()))
    await visitor.goto(`${baseUrl()}/?scene=${ASSETS}&lang=en&live=off`)
    await waitForReady(visitor)
    await visitor.waitForFunction(() => window.__venueTwinFloorShadow?.state() === 'loaded', null, { timeout: 90_000 })
    expect(shadowAnswers).toContain(200)
    const id = 'xiangshan-digital-twin-fishing-port'
    await visitor.evaluate((x) => window.venueTwin!.select({ kind: 'exhibitor', id: x }), id)
    await visitor.locator(`#ex-${id}`).waitFor()
    await visitor.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('.exhibitor-card [data-testid="exhibitor-logo"] img')
      return !!el && el.complete && el.naturalWidth > 0
    }, null, { timeout: 60_000 })
    await visitor.close()
  })

  it('opened from JSON alone, keeps the published logos, says so in Chinese, and never keeps one whose file changed', { timeout: 120_000 }, async () => {
    // A script hands the three files over: no logo files come with them.
    await page.evaluate(() => {
      const api = window.venueTwinEditor!
      api.load(api.exportScene(), 'e2e-editor-assets')
    })
    await page.getByRole('button', { name: 'Switch the editor to Chinese' }).click()
    const exhibitors = (await page.evaluate(() => window.venueTwinEditor!.exportScene().exhibitors)) as { exhibitors: { id: string; logo?: string }[] }
    const moved = exhibitors.exhibitors.find((e) => e.id === 'ningbo-ai-supercomputing-center')!
    await page.evaluate((e) => window.venueTwinEditor!.execute({ type: 'update', coll: 'exhibitors', id: e.id, changes: { logo: 'logos/ningbo-ai-2024.png' } }), moved)
    await expect.poll(problemRules, { timeout: 60_000 }).toEqual([])
    const before = JSON.parse((await publishedFiles(ASSETS)).get('logos.json')!.toString('utf8')) as { image: string }
    await page.getByRole('button', { name: '发布', exact: true }).click()
    const shadows = floorShadowFiles({ ...loadDefaultScene().scene.venue, id: ASSETS }).length
    await expect
      .poll(() => page.locator('.editor-status').textContent(), { timeout: 60_000 })
      .toBe(`已将 ${ASSETS} 的第 2 版发布到 data/${ASSETS}。地面阴影 ${shadows} 张。本场景打开时未带标志文件，沿用上次发布的 3 个标志。有 1 个标志未发布（logos/ningbo-ai-2024.png）；请连同标志文件打开场景文件夹后再发布。`)
    const map = JSON.parse((await publishedFiles(ASSETS)).get('logos.json')!.toString('utf8')) as { image: string; logos: Record<string, number[]> }
    expect(map.image).toBe(before.image)
    expect(Object.keys(map.logos).sort()).toEqual(['digital-twin-research-institute', 'tianyi-pavilion-yuehu-digital-twin', 'xiangshan-digital-twin-fishing-port'])
    await page.getByRole('button', { name: '将编辑器切换为英文' }).click()
  })
})

/** The files of a published scene's folder in the browser's private file system, path → bytes. */
async function publishedFiles(scene: string): Promise<Map<string, Buffer>> {
  const listed = await page.evaluate(async (id) => {
    const out: [string, string][] = []
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`)
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer())
          let bin = ''
          for (const b of bytes) bin += String.fromCharCode(b)
          out.push([`${prefix}${name}`, btoa(bin)])
        }
      }
    }
    await walk(await (await (await navigator.storage.getDirectory()).getDirectoryHandle('data')).getDirectoryHandle(id), '')
    return out
  }, scene)
  return new Map(listed.map(([p, b64]) => [p, Buffer.from(b64, 'base64')]))
}
