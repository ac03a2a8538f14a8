/**
 * The venue editor on several levels and its Publish, with real pointer events on the plan: add a
 * level, draw a zone and booths on it, join the levels with an escalator and a lift, export a
 * scene the validator accepts; publish into a folder through the browser's File System Access
 * API (the Origin Private File System stands in for the folder picker's answer, which headless
 * Chromium cannot give), read the files back, and open the published folder in the explorer.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { baseUrl, browserForFile, openEditor, waitForReady } from './browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const SCENE = 'e2e-editor-levels'
const sceneDir = path.join(root, 'scenes-generated', SCENE)
const served = () => path.join(inject('distDir'), 'scenes', SCENE)

const browser = browserForFile()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  ;({ context, page } = await openEditor(browser))
})

afterAll(async () => {
  await context?.close()
  rmSync(sceneDir, { recursive: true, force: true })
  rmSync(served(), { recursive: true, force: true })
})

interface Exported {
  venue: {
    levels: { id: string; name: { en: string } }[]
    zones: { id: string; levelId: string }[]
    booths: { id: string; levelId: string; zoneId: string }[]
    connectors: { id: string; kind: string; direction?: string; stops: { levelId: string; position: number[] }[] }[]
  }
  exhibitors: unknown
  sessions: unknown
}
const exported = () => page.evaluate(() => window.venueTwinEditor!.exportScene()) as Promise<Exported>
const status = () => page.locator('.editor-status').textContent()
const shownLevel = () => page.evaluate(() => window.venueTwinEditor!.level())
/** A select by its field's label (the label also holds the options' text, so getByLabel cannot match it exactly). */
const field = (label: string) => page.locator('label.field').filter({ has: page.locator(`span:text-is("${label}")`) }).locator('select')
const problemRules = async () => (await page.evaluate(() => window.venueTwinEditor!.problems())).map((p) => p.rule)
async function clickPlan(p: [number, number]) {
  const s = await page.evaluate((pt) => window.venueTwinEditor!.planToScreen(pt), p)
  await page.mouse.click(s.x, s.y)
}
async function dragPlan(from: [number, number], to: [number, number]) {
  const a = await page.evaluate((pt) => window.venueTwinEditor!.planToScreen(pt), from)
  const b = await page.evaluate((pt) => window.venueTwinEditor!.planToScreen(pt), to)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move(b.x, b.y, { steps: 6 })
  await page.mouse.up()
}

/** The files of the scene's folder in the browser's private file system, path → bytes. */
async function publishedFiles(): Promise<Map<string, Buffer>> {
  const listed = await page.evaluate(async (scene) => {
    const out: [string, number[]][] = []
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`)
        else out.push([`${prefix}${name}`, [...new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer())]])
      }
    }
    const data = await (await navigator.storage.getDirectory()).getDirectoryHandle('data')
    await walk(await data.getDirectoryHandle(scene), '')
    return out
  }, SCENE)
  return new Map(listed.map(([p, bytes]) => [p, Buffer.from(bytes)]))
}

describe('venue editor: levels and publishing', () => {
  it('adds a level from the Levels tab and shows its (empty) plan', async () => {
    await page.evaluate((id) => window.venueTwinEditor!.execute({ type: 'set-venue', changes: { id, name: { en: 'Two-floor expo', zh: '双层展会' } } }), SCENE)
    await page.getByRole('tab', { name: 'Levels' }).click()
    await page.getByRole('button', { name: 'Add level' }).click()
    const picker = page.getByRole('group', { name: 'Levels' })
    await expect.poll(() => picker.getByRole('button').allTextContents()).toEqual(['Level 2', 'Level 1'])
    expect(await picker.getByRole('button', { name: 'Level 2' }).getAttribute('aria-pressed')).toBe('true')
    expect(await shownLevel()).toBe('level-2')
    await expect.poll(status).toBe('Level 2 added and shown')
  })

  it('draws a zone and booths on the new level', async () => {
    await page.keyboard.press('z')
    for (const p of [[20, 10], [60, 10], [60, 40], [20, 40]] as [number, number][]) await clickPlan(p)
    await clickPlan([20, 10])
    await page.getByRole('tab', { name: 'Properties' }).click()
    await page.getByLabel('Booths in the row').fill('4')
    await page.getByLabel('Start x (m)').fill('23')
    await page.getByLabel('Start z (m)').fill('13')
    await page.getByRole('button', { name: 'Generate', exact: true }).click()
    await page.getByRole('button', { name: /^Booth rectangle/ }).click()
    await dragPlan([30, 30], [34, 33])
    const { venue } = await exported()
    expect(venue.zones.map((z) => z.levelId)).toEqual(['level-2'])
    expect(venue.booths).toHaveLength(5)
    expect(new Set(venue.booths.map((b) => b.levelId))).toEqual(new Set(['level-2']))
  })

  it('shows only the chosen level: by keyboard to Level 1, where level 2’s zone is neither drawn nor picked', async () => {
    await page.keyboard.press('v')
    await page.getByRole('group', { name: 'Levels' }).getByRole('button', { name: 'Level 1' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(shownLevel).toBe('level-1')
    await clickPlan([40, 25])
    expect(await page.evaluate(() => window.venueTwinEditor!.selection)).toEqual([])
    await page.keyboard.press('PageUp')
    await expect.poll(shownLevel).toBe('level-2')
    await clickPlan([40, 25])
    await expect.poll(() => page.evaluate(() => window.venueTwinEditor!.selection)).toEqual([(await exported()).venue.zones[0]!.id])
    await page.keyboard.press('PageDown')
    await expect.poll(shownLevel).toBe('level-1')
  })

  it('places an escalator up; the missing way back is a problem on Level 2, and clicking it shows Level 2', async () => {
    // A way in on the ground floor, on the hall's south wall.
    await page.evaluate(() =>
      window.venueTwinEditor!.execute({ type: 'add', coll: 'pois', item: { id: 'entrance-south', levelId: 'level-1', kind: 'entrance', name: { en: 'South entrance', zh: '南入口' }, position: [50, 60], width: 6 } }),
    )
    await page.keyboard.press('e')
    await field('Connector').selectOption('escalator')
    await field('Runs').selectOption('up')
    expect(await page.locator('.hint').textContent()).toBe('Click where it stands: it gets a stop here and on Level 2')
    await clickPlan([80, 30])
    await expect.poll(status).toBe('Escalator 1 placed, joining this level and Level 2')
    const problem = page.locator('.problem[data-level="level-2"]').first()
    await expect.poll(() => problem.textContent()).toMatch(/^on Level 2 · .*levels-reachable/)
    await problem.click()
    await expect.poll(shownLevel).toBe('level-2')
  })

  it('joins the levels step-free with a lift from Level 2, and the exported venue passes validation', async () => {
    await field('Connector').selectOption('lift')
    expect(await field('Joins this level to').inputValue()).toBe('level-1')
    await clickPlan([85, 30])
    await expect.poll(problemRules).toEqual([])
    const files = await exported()
    expect(files.venue.levels.map((l) => l.id)).toEqual(['level-1', 'level-2'])
    expect(files.venue.connectors.map((c) => [c.kind, c.direction ?? null, c.stops.map((s) => s.levelId).sort()])).toEqual([
      ['escalator', 'up', ['level-1', 'level-2']],
      ['lift', null, ['level-1', 'level-2']],
    ])
    mkdirSync(sceneDir, { recursive: true })
    writeFileSync(path.join(sceneDir, 'venue.json'), JSON.stringify(files.venue))
    writeFileSync(path.join(sceneDir, 'exhibitors.json'), JSON.stringify(files.exhibitors))
    writeFileSync(path.join(sceneDir, 'sessions.json'), JSON.stringify(files.sessions))
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/validate.ts'), '--no-color', sceneDir], { cwd: root, encoding: 'utf8' })
    expect(out).toMatch(/OK \(1 zones?, 5 booths/)
  })

  it('names the levels and a refused command’s reason in Chinese too', async () => {
    await page.getByRole('button', { name: 'Switch the editor to Chinese' }).click()
    await expect.poll(() => page.getByRole('group', { name: '楼层' }).getByRole('button').allTextContents()).toEqual(['2 层', '1 层'])
    // A refused command says why in Chinese too.
    await page.evaluate(() => {
      try {
        window.venueTwinEditor!.execute({ type: 'delete-level', id: 'level-1' })
      } catch {
        // Shown in the status bar.
      }
    })
    await expect.poll(status).toMatch(/^楼层“level-1”上还有内容（.+），请先移走或删除$/)
    await page.getByRole('button', { name: '将编辑器切换为英文' }).click()
  })

  it('publishes into the picked folder: hashed files, the revision copy, the manifest last; the explorer opens it', async () => {
    // Headless Chromium cannot answer the folder picker: hand over a real directory of the
    // browser's private file system instead; everything after the pick is the real write path.
    await page.evaluate(() => {
      ;(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('data', { create: true })
    })
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect.poll(status).toBe(`Published revision 1 of ${SCENE} into data/${SCENE}. Floor shadows: 2.`)

    // An edit, published again: revision 2, beside revision 1's files.
    await page.evaluate(() => window.venueTwinEditor!.execute({ type: 'set-venue', changes: { name: { en: 'Two-floor expo 2024', zh: '双层展会 2024' } } }))
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect.poll(status).toBe(`Published revision 2 of ${SCENE} into data/${SCENE}. Floor shadows: 2.`)

    const files = await publishedFiles()
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { scene: string; revision: number; files: Record<string, { path: string; sha256: string; bytes: number }> }
    expect(manifest).toMatchObject({ format: 'venue-twin-scene/1', scene: SCENE, revision: 2 })
    for (const [name, entry] of Object.entries(manifest.files)) {
      const bytes = files.get(entry.path)
      expect(bytes, `${name} at ${entry.path}`).toBeDefined()
      expect(createHash('sha256').update(bytes!).digest('hex')).toBe(entry.sha256)
      expect(bytes!.byteLength).toBe(entry.bytes)
    }
    expect(JSON.parse(files.get('revisions/2.json')!.toString('utf8'))).toEqual(manifest)
    expect(JSON.parse(files.get('revisions/1.json')!.toString('utf8'))).toMatchObject({ revision: 1 })
    // Only the venue changed: 2 revisions share the exhibitors' and sessions' files.
    expect([...files.keys()].filter((p) => p.startsWith('files/')).length).toBe(4)

    // The explorer reads the folder as published (served from the build's data folder).
    for (const [p, bytes] of files) {
      mkdirSync(path.dirname(path.join(served(), p)), { recursive: true })
      writeFileSync(path.join(served(), p), bytes)
    }
    const visitor = await browser.newPage()
    await visitor.goto(`${baseUrl()}/?scene=${SCENE}&level=level-2&live=off`)
    await waitForReady(visitor)
    const scene = (await visitor.evaluate(() => window.venueTwin!.scene())) as unknown as { revision: number; levels: { id: string }[]; booths: number }
    expect(scene).toMatchObject({ revision: 2, booths: 5 })
    expect(scene.levels.map((l) => l.id)).toEqual(['level-1', 'level-2'])
    expect(await visitor.evaluate(() => window.venueTwin!.level())).toBe('level-2')
    await visitor.close()
  })

  it('refuses to publish a scene with a problem, saying so, and leaves the folder as it was', async () => {
    const booth = (await exported()).venue.booths[0]!
    await page.evaluate((id) => window.venueTwinEditor!.execute({ type: 'move', ids: [id], dx: 100, dz: 0 }), booth.id)
    // The button says it is not ready (aria-disabled) but still answers, to say why.
    await page.getByRole('button', { name: 'Publish', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(status).toMatch(/^Fix the \d+ problems before publishing/)
    expect(await page.locator('.editor-status').getAttribute('data-kind')).toBe('error')
    const manifest = JSON.parse((await publishedFiles()).get('manifest.json')!.toString('utf8')) as { revision: number }
    expect(manifest.revision).toBe(2)
    const outcome = await page.evaluate(async () => window.venueTwinEditor!.publish(await (await navigator.storage.getDirectory()).getDirectoryHandle('data')))
    expect(outcome.kind).toBe('refused')
  })

  it('where the browser cannot write a folder, Publish exports the zip and says to publish it with npm run publish:scene', async () => {
    await page.keyboard.press('Control+z') // the problem made above goes
    await expect.poll(problemRules).toEqual([])
    await page.evaluate(() => Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true }))
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    expect((await download).suggestedFilename()).toBe(`${SCENE}.zip`)
    await expect.poll(status).toBe(`This browser cannot write into a folder, so publishing needs npm run publish:scene. The valid scene was exported as ${SCENE}.zip; unzip it and run: npm run publish:scene -- ${SCENE} --to <data folder>`)
  })

  it('renames and deletes an empty level from the Levels tab, refuses a level with things on it, and undoes', async () => {
    await page.getByRole('tab', { name: 'Levels' }).click()
    await page.getByRole('button', { name: 'Add level' }).click()
    const picker = page.getByRole('group', { name: 'Levels' })
    await expect.poll(() => picker.getByRole('button').allTextContents()).toEqual(['Level 3', 'Level 2', 'Level 1'])
    const thisLevel = page.locator('section[aria-labelledby="level-this"]')
    await thisLevel.getByLabel('Name (English)', { exact: true }).fill('Roof terrace')
    await thisLevel.getByLabel('Name (English)', { exact: true }).press('Enter')
    await expect.poll(() => picker.getByRole('button').allTextContents()).toEqual(['Roof terrace', 'Level 2', 'Level 1'])
    await page.getByRole('button', { name: 'Delete this level' }).click()
    await expect.poll(() => picker.getByRole('button').allTextContents()).toEqual(['Level 2', 'Level 1'])
    await expect.poll(status).toBe('Roof terrace deleted')
    await page.keyboard.press('Control+z')
    await expect.poll(() => picker.getByRole('button').allTextContents()).toEqual(['Roof terrace', 'Level 2', 'Level 1'])
    await picker.getByRole('button', { name: 'Level 2' }).click()
    await page.getByRole('button', { name: 'Delete this level' }).click()
    await expect.poll(status).toBe('Level 2 is not empty: 8 things stand on it. Move or delete them first')
    expect(await picker.getByRole('button').count()).toBe(3)
  })
})
