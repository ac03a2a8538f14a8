import { describe, expect, it } from 'vitest'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { smallScene, toRaw, issuesAfter } from '../fixtures/smallScene.ts'

function brief(issues: readonly SceneIssue[]): Pick<SceneIssue, 'file' | 'path' | 'rule' | 'value'>[] {
  return issues.map(({ file, path, rule, value }) => ({ file, path, rule, value }))
}

/** Writes a value that the static types rule out, as a hand-edited JSON file could. */
function poke(target: object, key: string, value: unknown): void {
  ;(target as Record<string, unknown>)[key] = value
}

describe('the small fixture scene', () => {
  it('parses, with every item counted and nothing migrated', () => {
    const result = parseScene(toRaw(smallScene()))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.scene.venue.zones.map((z) => z.id)).toEqual(['smart-city', 'digital-trade', 'main-stage'])
    expect(result.scene.venue.booths).toHaveLength(5)
    expect(result.scene.exhibitors).toHaveLength(4)
    expect(result.scene.sessions).toHaveLength(3)
    expect(result.scene.sectors.map((s) => s.id)).toEqual(['ai', 'robotics', 'trade'])
    expect(result.migratedFrom).toEqual({})
  })

  it('returns fresh objects on each call', () => {
    const a = smallScene()
    a.venue.zones[0]!.name.zh = ''
    expect(smallScene().venue.zones[0]!.name.zh).toBe('智慧城市馆')
  })
})

describe('ids are kebab-case', () => {
  it.each([
    ['Smart-City'],
    ['smart_city'],
    ['smart--city'],
    ['-smart'],
    ['smart-'],
    ['smart city'],
    [''],
  ])('rejects zone id %j at $.zones[0].id', (id) => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.id = id
    })
    expect(brief(issues)).toContainEqual({ file: 'venue.json', path: '$.zones[0].id', rule: 'schema:invalid_format', value: id })
    expect(issues.find((i) => i.path === '$.zones[0].id')?.message).toMatch(/kebab-case/)
  })

  it('accepts digits and single hyphens', () => {
    const s = smallScene()
    s.venue.booths[0]!.id = 'hall-3-booth-a01'
    s.exhibitors.exhibitors[0]!.boothIds = ['hall-3-booth-a01', 'booth-a02']
    s.sessions.sessions[2]!.locationId = 'hall-3-booth-a01'
    expect(parseScene(toRaw(s)).ok).toBe(true)
  })

  it('checks ids in every file and every reference', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[1]!.zoneId = 'Smart City'
      s.exhibitors.exhibitors[2]!.id = 'LionLogistics'
      s.exhibitors.exhibitors[0]!.sectors = ['ai', 'Robotics']
      s.sessions.sessions[1]!.id = 'trade forum'
      s.sessions.sessions[2]!.locationId = 'booth_a01'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.booths[1].zoneId', rule: 'schema:invalid_format', value: 'Smart City' },
      { file: 'exhibitors.json', path: '$.exhibitors[0].sectors[1]', rule: 'schema:invalid_format', value: 'Robotics' },
      { file: 'exhibitors.json', path: '$.exhibitors[2].id', rule: 'schema:invalid_format', value: 'LionLogistics' },
      { file: 'sessions.json', path: '$.sessions[1].id', rule: 'schema:invalid_format', value: 'trade forum' },
      { file: 'sessions.json', path: '$.sessions[2].locationId', rule: 'schema:invalid_format', value: 'booth_a01' },
    ])
  })
})

describe('every visible text has non-empty en and zh', () => {
  it('reports an empty zh at its exact path', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.name.zh = ''
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[0].name.zh', rule: 'schema:too_small', value: '' }])
    expect(issues[0]!.message).toMatch(/"zh"/)
  })

  it('treats whitespace-only text as empty', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[1]!.summary.en = '   '
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].summary.en', rule: 'schema:too_small', value: '   ' }])
    expect(issues[0]!.message).toMatch(/"en"/)
  })

  it('reports a missing language', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[0]!.title = { en: 'Opening Ceremony' } as unknown as { en: string; zh: string }
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[0].title.zh', rule: 'schema:invalid_type', value: undefined }])
  })

  it('covers nested texts: speakers, sectors, POIs, kiosks and the venue name', () => {
    const issues = issuesAfter((s) => {
      s.venue.name.en = ''
      s.venue.pois[1]!.name.zh = ''
      s.venue.kiosks[0]!.name.en = ''
      s.exhibitors.sectors[2]!.name.zh = ''
      s.sessions.sessions[0]!.speakers[0]!.affiliation!.zh = ''
    })
    expect(brief(issues).map((i) => `${i.file} ${i.path}`)).toEqual([
      'venue.json $.name.en',
      'venue.json $.pois[1].name.zh',
      'venue.json $.kiosks[0].name.en',
      'exhibitors.json $.sectors[2].name.zh',
      'sessions.json $.sessions[0].speakers[0].affiliation.zh',
    ])
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(['schema:too_small']))
  })
})

describe('country codes are two capital letters (ISO 3166-1 alpha-2 membership is a cross-check)', () => {
  it.each([['de'], ['DEU'], ['D'], ['']])('rejects %j', (country) => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[1]!.country = country
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].country', rule: 'schema:invalid_format', value: country }])
  })
})

describe('other structural rules', () => {
  it('session times need an explicit offset', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[0]!.start = '2023-10-13T09:30:00'
      s.sessions.sessions[0]!.end = '2023-10-13 11:00'
    })
    expect(brief(issues)).toEqual([
      { file: 'sessions.json', path: '$.sessions[0].start', rule: 'schema:invalid_format', value: '2023-10-13T09:30:00' },
      { file: 'sessions.json', path: '$.sessions[0].end', rule: 'schema:invalid_format', value: '2023-10-13 11:00' },
    ])
  })

  it('accepts times without seconds, with fractions, and in UTC', () => {
    const s = smallScene()
    s.sessions.sessions[0]!.start = '2023-10-13T09:30+08:00'
    s.sessions.sessions[0]!.end = '2023-10-13T03:00:00.500Z'
    expect(parseScene(toRaw(s)).ok).toBe(true)
  })

  it('an exhibitor has at least one booth', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[3]!.boothIds = []
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[3].boothIds', rule: 'schema:too_small', value: '[array]' }])
  })

  it('a footprint has at least three points', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[2]!.footprint = [
        [2, 5],
        [5, 5],
      ]
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[2].footprint', rule: 'schema:too_small', value: '[array]' }])
  })

  it('rejects non-finite coordinates, unknown kinds, bad colours, time zones and dates', () => {
    const issues = issuesAfter((s) => {
      poke(s.venue.booths[0]!.footprint[1]!, '0', 'x')
      poke(s.venue.zones[2]!, 'kind', 'arena')
      s.venue.zones[1]!.color = 'orange'
      s.venue.timezone = 'Mars/Olympus_Mons'
      s.venue.dates.start = '13/10/2023'
      poke(s.sessions.sessions[1]!, 'kind', 'party')
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.timezone', rule: 'schema:custom', value: 'Mars/Olympus_Mons' },
      { file: 'venue.json', path: '$.dates.start', rule: 'schema:invalid_format', value: '13/10/2023' },
      { file: 'venue.json', path: '$.zones[1].color', rule: 'schema:invalid_format', value: 'orange' },
      { file: 'venue.json', path: '$.zones[2].kind', rule: 'schema:invalid_value', value: 'arena' },
      { file: 'venue.json', path: '$.booths[0].footprint[1][0]', rule: 'point', value: 'x' },
      { file: 'sessions.json', path: '$.sessions[1].kind', rule: 'schema:invalid_value', value: 'party' },
    ])
  })

  it('accepts a canonical IANA zone, a legacy alias and UTC; the zone list is only a fast path', () => {
    for (const timezone of ['Europe/Berlin', 'Asia/Chongqing', 'UTC']) {
      const s = smallScene()
      s.venue.timezone = timezone
      expect(parseScene(toRaw(s)).ok, timezone).toBe(true)
    }
  })

  it('a non-string website is a schema issue, not a crash', () => {
    const issues = issuesAfter((s) => {
      poke(s.exhibitors.exhibitors[0]!, 'website', 42)
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[0].website', rule: 'schema:invalid_type', value: 42 }])
  })

  it('a file that is not a JSON object is named', () => {
    const s = smallScene()
    const result = parseScene({ ...toRaw(s), 'sessions.json': [s.sessions] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(brief(result.issues)).toEqual([{ file: 'sessions.json', path: '$', rule: 'file-is-object', value: 'object' }])
  })

  it('reports schema problems of all three files in one pass', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.name.zh = ''
      s.exhibitors.exhibitors[0]!.country = 'de'
      s.sessions.sessions[2]!.summary.en = ''
    })
    expect(brief(issues).map((i) => `${i.file} ${i.path}`)).toEqual([
      'venue.json $.zones[0].name.zh',
      'exhibitors.json $.exhibitors[0].country',
      'sessions.json $.sessions[2].summary.en',
    ])
  })
})
