import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { SceneResult } from '../../scripts/validate/checkScene.ts'
import { findJsonSyntaxError } from '../../scripts/validate/jsonSyntax.ts'
import { parseJsonText } from '../../scripts/validate/readSceneDir.ts'
import { exitCode, formatText, toJsonReport } from '../../scripts/validate/report.ts'
import { smallScene, toFileTexts, type SmallScene } from '../fixtures/smallScene.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const V1_FIXTURE = fileURLToPath(new URL('../fixtures/scene-v1/', import.meta.url))
const TIMEOUT = 60_000

const tmpRoot = mkdtempSync(path.join(tmpdir(), 'venue-twin-validate-'))
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }))

let counter = 0
/** Write a scene (the small fixture, optionally broken by `mutate`) into a fresh temp folder. */
function writeScene(mutate?: (s: SmallScene) => void, parent = tmpRoot): string {
  const s = smallScene()
  mutate?.(s)
  const dir = path.join(parent, `scene-${++counter}`)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(toFileTexts(s))) writeFileSync(path.join(dir, file), text)
  return dir
}

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function validate(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: TIMEOUT,
  })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The text report's `✗` lines. */
function problemLines(out: string): string[] {
  return out.split('\n').filter((l) => l.startsWith('  ✗ '))
}

describe('npm run validate (the CLI, as a child process)', () => {
  it(
    'a valid scene: exit 0, "OK" and its counts',
    () => {
      const dir = writeScene()
      const r = validate(dir)
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`${dir}: OK (3 zones, 5 booths, 4 exhibitors, 3 sessions)`)
      expect(problemLines(r.stdout)).toEqual([])
    },
    TIMEOUT,
  )

  it(
    'a kiosk PIN in venue.json: exit 1, saying where PINs live now',
    () => {
      const dir = writeScene((s) => {
        ;(s.venue.kiosks[0] as Record<string, unknown>).operatorPin = '2023'
      })
      const r = validate(dir)
      expect(r.status).toBe(1)
      expect(problemLines(r.stdout)).toEqual([
        `  ✗ venue.json $.kiosks[0].operatorPin [kiosk-pin-moved] kiosk PINs moved out of the scene: remove it and set a hashed PIN in venue-twin.config.json kiosks.${smallScene().venue.kiosks[0]!.id}.pinHash (npm run config -- kiosk-pin ${smallScene().venue.kiosks[0]!.id})`,
      ])
    },
    TIMEOUT,
  )

  it(
    "an exhibitor naming a booth that does not exist: exit 1, with file, JSON path, rule and the bad id",
    () => {
      const dir = writeScene((s) => {
        s.exhibitors.exhibitors[2]!.boothIds = ['booth-b01', 'booth-x42']
      })
      const r = validate(dir)
      expect(r.status).toBe(1)
      expect(r.stdout).toContain(`${dir}: FAILED (3 zones, 5 booths, 4 exhibitors, 3 sessions) — 1 problem`)
      expect(problemLines(r.stdout)).toEqual([
        '  ✗ exhibitors.json $.exhibitors[2].boothIds[1] [exhibitor-booth-exists] exhibitor "lion-logistics" names booth "booth-x42", which does not exist (value: "booth-x42")',
      ])
      expect(r.stdout).toMatch(/1 scene checked: 0 OK, 1 FAILED, 1 problem\./)
    },
    TIMEOUT,
  )

  it(
    '--json: a machine-readable report with ok:false and the issue',
    () => {
      const dir = writeScene((s) => {
        s.exhibitors.exhibitors[0]!.boothIds = ['booth-nope']
      })
      const r = validate('--json', dir)
      expect(r.status).toBe(1)
      const report = JSON.parse(r.stdout) as ReturnType<typeof toJsonReport>
      expect(report.ok).toBe(false)
      expect(report.scenes).toHaveLength(1)
      const [scene] = report.scenes
      expect(scene).toMatchObject({ dir, ok: false, counts: { zones: 3, booths: 5, exhibitors: 4, sessions: 3 } })
      expect(scene!.issues).toEqual([
        {
          file: 'exhibitors.json',
          path: '$.exhibitors[0].boothIds[0]',
          rule: 'exhibitor-booth-exists',
          message: 'exhibitor "acme-robotics" names booth "booth-nope", which does not exist',
          value: 'booth-nope',
        },
      ])
    },
    TIMEOUT,
  )

  it(
    '--json on a valid scene: ok:true and exit 0',
    () => {
      const r = validate(writeScene(), '--json')
      expect(r.status).toBe(0)
      const report = JSON.parse(r.stdout) as ReturnType<typeof toJsonReport>
      expect(report.ok).toBe(true)
      expect(report.scenes[0]).toMatchObject({ ok: true, issues: [] })
    },
    TIMEOUT,
  )

  it(
    'broken JSON (a trailing comma): names the file and the line and column of the comma; other files still checked',
    () => {
      const dir = writeScene((s) => {
        s.venue.zones[0]!.name.zh = '' // a problem in another file must still be reported
      })
      const file = path.join(dir, 'exhibitors.json')
      const text = readFileSync(file, 'utf8')
      // Add a comma after the last exhibitor: `    }\n  ]` → `    },\n  ]`.
      const at = text.lastIndexOf('    }\n  ]')
      expect(at).toBeGreaterThan(0)
      const broken = `${text.slice(0, at)}    },${text.slice(at + 5)}`
      writeFileSync(file, broken)
      const commaLine = broken.slice(0, at + 5).split('\n').length

      const r = validate(dir)
      expect(r.status).toBe(1)
      const lines = problemLines(r.stdout)
      expect(lines).toHaveLength(2)
      expect(lines[0]).toMatch(/^ {2}✗ venue\.json \$\.zones\[0\]\.name\.zh \[schema:too_small\]/)
      expect(lines[1]).toContain('exhibitors.json $ [json-syntax]')
      expect(lines[1]).toContain(`line ${commaLine}, column 6`)
      expect(lines[1]).toMatch(/trailing comma/)
      // The counts it could read are still shown; the broken file's are not guessed.
      expect(r.stdout).toContain('(3 zones, 5 booths, ? exhibitors, 3 sessions)')
    },
    TIMEOUT,
  )

  it(
    'a missing scene file is named',
    () => {
      const dir = writeScene()
      unlinkSync(path.join(dir, 'sessions.json'))
      const r = validate(dir)
      expect(r.status).toBe(1)
      expect(problemLines(r.stdout)).toEqual(['  ✗ sessions.json $ [file-missing] sessions.json is missing from the scene folder'])
    },
    TIMEOUT,
  )

  it(
    'a missing folder: a clear message and exit 2, nothing on stdout',
    () => {
      const missing = path.join(tmpRoot, 'no-such-scene')
      const r = validate(missing)
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(`no scene folder "${missing}"`)
      expect(r.stderr).toContain('does not exist')
    },
    TIMEOUT,
  )

  it(
    'an unknown option: usage and exit 2',
    () => {
      const r = validate('--jsn', writeScene())
      expect(r.status).toBe(2)
      expect(r.stderr).toContain('unknown option --jsn')
      expect(r.stderr).toContain('Usage:')
    },
    TIMEOUT,
  )

  it(
    'several folders: each reported, exit 1 if any fails, and a summary',
    () => {
      const good = writeScene()
      const bad = writeScene((s) => {
        s.venue.booths[0]!.zoneId = 'nowhere'
        s.sessions.sessions[0]!.locationId = 'nowhere-either'
      })
      const r = validate(good, bad)
      expect(r.status).toBe(1)
      expect(r.stdout).toContain(`${good}: OK`)
      expect(r.stdout).toContain(`${bad}: FAILED`)
      expect(problemLines(r.stdout).map((l) => l.split(' [')[0])).toEqual(['  ✗ venue.json $.booths[0].zoneId', '  ✗ sessions.json $.sessions[0].locationId'])
      expect(r.stdout).toContain('2 scenes checked: 1 OK, 1 FAILED, 2 problems.')
    },
    TIMEOUT,
  )

  it(
    'a folder of scene folders is expanded',
    () => {
      const parent = path.join(tmpRoot, 'many')
      const a = writeScene(undefined, parent)
      const b = writeScene((s) => void (s.exhibitors.exhibitors[0]!.country = 'XX'), parent)
      const r = validate(parent)
      expect(r.status).toBe(1)
      expect(r.stdout).toContain(`${a}: OK`)
      expect(r.stdout).toContain(`${b}: FAILED`)
      expect(problemLines(r.stdout)).toEqual([
        '  ✗ exhibitors.json $.exhibitors[0].country [country-iso-3166] "XX" is not an ISO 3166-1 alpha-2 country code (value: "XX")',
      ])
    },
    TIMEOUT,
  )

  it(
    'schemaVersion 1 files pass and are noted as migrated',
    () => {
      const dir = path.join(tmpRoot, 'legacy')
      cpSync(V1_FIXTURE, dir, { recursive: true })
      const r = validate(dir)
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`${dir}: OK (2 zones, 2 booths, 2 exhibitors, 2 sessions)`)
      expect(r.stdout).toContain('  note: venue.json migrated from schemaVersion 1')
      expect(r.stdout).toContain('  note: exhibitors.json migrated from schemaVersion 1')
      expect(r.stdout).toContain('  note: sessions.json migrated from schemaVersion 1')
    },
    TIMEOUT,
  )
})

describe('JSON syntax errors are located by line and column', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, /trailing comma before "}"/],
    ['trailing comma in an array', '{"a": [1, 2,]}', 1, 12, /trailing comma before "]"/],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ['single quotes', "{\n\n    'a': 1}", 3, 5, /double-quoted property name/],
    ['unterminated string', '{"a": "open\n}', 1, 12, /line break inside a string/],
    ['truncated file', '{"a": [1, 2', 1, 12, /end of the file/],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, /comments are not allowed/],
    ['a comment after a value', '{\n  "a": [1, /* one */ 2]\n}', 2, 12, /comments are not allowed/],
    ['text after the value', '{}\n{}', 2, 1, /after the end/],
    ['bad literal', '{"a": tru}', 1, 7, /unexpected "t"/],
    ['leading zero', '[01]', 1, 3, /expected "," or "]"/],
  ]

  it.each(cases)('%s', (_name, text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow()
    const err = findJsonSyntaxError(text)
    expect(err).not.toBeNull()
    expect([err!.line, err!.column]).toEqual([line, column])
    expect(err!.reason).toMatch(reason)
  })

  it('valid JSON, including escapes, unicode and numbers, has no error', () => {
    for (const text of ['{"a": [1, -2.5e3, 0, true, false, null, "\\u4e2d\\n\\"x\\""], "b": {}, "c": []}', '"中文"', ' 42 ', '[]']) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(findJsonSyntaxError(text)).toBeNull()
    }
  })

  it('parseJsonText: a byte-order mark is fine, an empty file is named, errors carry line and column', () => {
    expect(parseJsonText('venue.json', '\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonText('venue.json', '  \n')).toMatchObject({ ok: false, issue: { file: 'venue.json', rule: 'json-syntax', message: 'venue.json is empty' } })
    const bad = parseJsonText('sessions.json', '{\n  "sessions": [],\n}\n')
    expect(bad).toMatchObject({ ok: false, issue: { file: 'sessions.json', path: '$', rule: 'json-syntax', value: '"sessions": [],' } })
    if (!bad.ok) expect(bad.issue.message).toBe('invalid JSON at line 2, column 17: trailing comma before "}"')
  })
})

describe('the report (pure formatting)', () => {
  const ok: SceneResult = { dir: 'scenes/a', ok: true, counts: { zones: 1, booths: 2, exhibitors: 1, sessions: 0 }, migratedFrom: { 'venue.json': 1 }, issues: [] }
  const failed: SceneResult = {
    dir: 'scenes/b',
    ok: false,
    counts: { zones: 2 },
    migratedFrom: {},
    issues: [
      { file: 'venue.json', path: '$.booths[0].zoneId', rule: 'booth-zone-exists', message: 'booth "x" names zone "y", which does not exist', value: 'y' },
      { file: 'sessions.json', path: '$', rule: 'file-missing', message: 'sessions.json is missing from the scene folder' },
    ],
  }

  it('text: header with status and counts, a note per migrated file, one ✗ line per problem, a summary', () => {
    expect(formatText([ok, failed])).toBe(
      [
        'scenes/a: OK (1 zone, 2 booths, 1 exhibitor, 0 sessions)',
        '  note: venue.json migrated from schemaVersion 1',
        'scenes/b: FAILED (2 zones, ? booths, ? exhibitors, ? sessions) — 2 problems',
        '  ✗ venue.json $.booths[0].zoneId [booth-zone-exists] booth "x" names zone "y", which does not exist (value: "y")',
        '  ✗ sessions.json $ [file-missing] sessions.json is missing from the scene folder',
        '',
        '2 scenes checked: 1 OK, 1 FAILED, 2 problems.',
        '',
      ].join('\n'),
    )
  })

  it('colour, when asked for, only wraps the status words and the ✗', () => {
    const text = formatText([failed], { color: true })
    expect(text).toContain('\u001b[31mFAILED\u001b[0m')
    expect(text).toContain('\u001b[31m✗\u001b[0m venue.json $.booths[0].zoneId [booth-zone-exists]')
    expect(formatText([failed])).not.toContain('\u001b[')
  })

  it('JSON and exit codes', () => {
    expect(exitCode([ok])).toBe(0)
    expect(exitCode([ok, failed])).toBe(1)
    const report = toJsonReport([ok, failed])
    expect(report.ok).toBe(false)
    expect(report.summary).toEqual({ scenes: 2, ok: 1, failed: 1, issues: 2 })
    expect(report.scenes[0]).toMatchObject({ dir: 'scenes/a', ok: true, notes: ['venue.json migrated from schemaVersion 1'] })
    expect(report.scenes[1]!.issues).toHaveLength(2)
    expect(toJsonReport([ok]).ok).toBe(true)
  })
})
