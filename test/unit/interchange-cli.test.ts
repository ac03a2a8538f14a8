/**
 * The import CLIs as an organizer runs them: a failed import leaves the scene folder byte for
 * byte unchanged, a dry run writes nothing, a good import writes a scene that validates; the
 * templates carry exactly the columns the importer reads.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { BOOTH_COLUMNS, EXHIBITOR_COLUMNS, SESSION_COLUMNS } from '../../src/domain/interchange/headers.ts'
import { readTable } from '../../scripts/import/readTable.ts'
import { imdfLevelsArchive } from '../fixtures/imdfLevels.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TIMEOUT = 120_000
const tmp = mkdtempSync(path.join(tmpdir(), 'venue-twin-import-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(script: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

/** One hash over every file name and byte in a folder and its subfolders (the logos). */
function hashDir(dir: string): string {
  const h = createHash('sha256')
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, f)
    h.update(f)
    if (statSync(full).isFile()) h.update(readFileSync(full))
  }
  return h.digest('hex')
}

function sceneCopy(name: string): string {
  const dir = path.join(tmp, name)
  cpSync(path.join(ROOT, 'scenes/wdec-2023'), dir, { recursive: true })
  return dir
}

describe('npm run import', () => {
  it('a file with errors: every problem as file:row:column, exit 1, the folder unchanged', { timeout: TIMEOUT }, () => {
    const dir = sceneCopy('failed')
    const before = hashDir(dir)
    const good = 'Acme,艾克米,DE,A01,,,a,b'
    const file = path.join(tmp, 'exhibitors.csv')
    // Good rows around the bad one: a partial write would show in the hash.
    writeFileSync(file, `name_en,name_zh,country,booths,sectors,website,summary_en,summary_zh\n${good}\nBad,坏,Narnia,Q77,,,a,b\n`)
    const r = run('import.ts', ['--scene', dir, '--exhibitors', file])
    expect(r.status).toBe(1)
    expect(r.out).toContain('exhibitors.csv:3:3: "Narnia" is not an ISO 3166-1 country code')
    expect(r.out).toContain('[country-iso-3166]')
    expect(r.out).toContain('exhibitors.csv:3:4: booth "Q77" does not exist')
    expect(r.out).toContain('Nothing was written')
    expect(hashDir(dir)).toBe(before)
  })

  it('--dry-run prints the diff and writes nothing; then the real run writes a valid scene', { timeout: TIMEOUT }, () => {
    const dir = sceneCopy('ok')
    const before = hashDir(dir)
    const entries = readdirSync(dir).sort()
    const file = path.join(tmp, 'sessions.csv')
    writeFileSync(file, 'title_en;title_zh;kind;start;end;location;speakers;summary_en;summary_zh\r\nRobot Night;机器人之夜;consumption;2023-10-14 18:00;2023-10-14 20:00;A01;;Robots.;机器人。\r\n')
    const dry = run('import.ts', ['--scene', dir, '--sessions', file, '--dry-run'])
    expect(dry.status).toBe(0)
    expect(dry.out).toContain('sessions: 1 added, 0 changed, 0 removed')
    expect(dry.out).toContain('+ robot-night')
    expect(dry.out).toContain('Dry run: nothing written.')
    expect(hashDir(dir)).toBe(before)
    const real = run('import.ts', ['--scene', dir, '--sessions', file])
    expect(real.status).toBe(0)
    // The scene's files rewritten in place: nothing left beside them (no temporary files).
    expect(readdirSync(dir).sort()).toEqual(entries)
    expect(entries).toEqual(expect.arrayContaining(['exhibitors.json', 'sessions.json', 'venue.json']))
    const sessions = JSON.parse(readFileSync(path.join(dir, 'sessions.json'), 'utf8')).sessions as { id: string; start: string }[]
    expect(sessions.find((s) => s.id === 'robot-night')!.start).toBe('2023-10-14T18:00:00+08:00')
    const v = run('validate.ts', [dir])
    expect(v.status, v.out).toBe(0)
  })
})

describe('npm run import:imdf', () => {
  it('an archive that is not IMDF gets a clear error, not a stack trace', { timeout: TIMEOUT }, () => {
    const zip = path.join(tmp, 'photos.zip')
    writeFileSync(zip, zipSync({ 'holiday.json': strToU8('{}'), 'readme.txt': strToU8('hi') }))
    const r = run('import-imdf.ts', [zip, '--out', path.join(tmp, 'nope')])
    expect(r.status).toBe(1)
    expect(r.out).toContain('is not an IMDF archive: there is no manifest.json. Found: holiday.json')
    expect(r.out).not.toMatch(/\n\s+at /)
  })

  const zipOf = (files: Record<string, unknown>): Uint8Array => zipSync(Object.fromEntries(Object.entries(files).map(([name, json]) => [name, strToU8(JSON.stringify(json))])))

  it('a two-level archive: both levels, the building and the connectors are listed and written; the scene validates', { timeout: TIMEOUT }, () => {
    const zip = path.join(tmp, 'harbour.zip')
    writeFileSync(zip, zipOf(imdfLevelsArchive()))
    const out = path.join(tmp, 'harbour')
    const r = run('import-imdf.ts', [zip, '--out', out, '--timezone', 'Asia/Shanghai'])
    expect(r.status, r.out).toBe(0)
    expect(r.out).toContain('ordinal 0: Ground floor (5 units)  ← imported')
    expect(r.out).toContain('ordinal 1: Upper floor (6 units)  ← imported')
    expect(r.out).toContain('Building hall-a "Hall A" / A 馆: level-1 "Ground floor" (ordinal 0, 0 m), level-2 "Upper floor" (ordinal 1, 6 m)')
    expect(r.out).toMatch(/lift lift-1 "Lift 1": level-1 ↔ level-2/)
    expect(r.out).toContain('wrote ')
    expect(r.out).toContain('1 building, 2 levels, 2 connectors, 2 zones, 4 booths')
    expect(readdirSync(out).sort()).toEqual(['exhibitors.json', 'sessions.json', 'venue.json'])
    const venue = JSON.parse(readFileSync(path.join(out, 'venue.json'), 'utf8')) as { levels: { id: string }[]; connectors: unknown[] }
    expect(venue.levels.map((l) => l.id)).toEqual(['level-1', 'level-2'])
    const v = run('validate.ts', [out])
    expect(v.status, v.out).toBe(0)
  })

  it('levels nothing joins: named, exit 1, nothing written', { timeout: TIMEOUT }, () => {
    const zip = path.join(tmp, 'roof.zip')
    writeFileSync(zip, zipOf(imdfLevelsArchive({ isolatedLevel: true })))
    const out = path.join(tmp, 'roof')
    const r = run('import-imdf.ts', [zip, '--out', out])
    expect(r.status).toBe(1)
    expect(r.out).toContain('error: level(s) "Roof hall" (level-3, ordinal 2) cannot be reached at all')
    expect(r.out).toContain('Nothing was written.')
    expect(() => readdirSync(out)).toThrow()
  })
})

describe('templates', () => {
  it('each template has exactly the columns the importer defines, in order', async () => {
    for (const [name, cols, xlsx] of [['exhibitors', EXHIBITOR_COLUMNS, true], ['sessions', SESSION_COLUMNS, true], ['booths', BOOTH_COLUMNS, false]] as const) {
      const want = cols.map((c) => c.name)
      for (const ext of xlsx ? ['csv', 'xlsx'] : ['csv']) {
        const r = await readTable(path.join(ROOT, 'templates', `${name}.${ext}`))
        expect(r.ok && [...r.table.header], `${name}.${ext}`).toEqual(want)
        expect(r.ok && r.table.rows.filter((row) => row.cells.some((c) => c.trim())).length).toBe(0)
      }
    }
  })
})
