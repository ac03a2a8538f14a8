import { describe, expect, it } from 'vitest'
import { crossCheck, isHttpUrl, localDate } from '../../src/domain/scene/crossCheck.ts'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { box, smallScene, toRaw, type SmallScene, issuesAfter } from '../fixtures/smallScene.ts'

type Brief = Pick<SceneIssue, 'file' | 'path' | 'rule' | 'value'>

function brief(issues: readonly SceneIssue[]): Brief[] {
  return issues.map(({ file, path, rule, value }) => ({ file, path, rule, value }))
}

function passes(mutate: (s: SmallScene) => void): boolean {
  const s = smallScene()
  mutate(s)
  const result = parseScene(toRaw(s))
  if (!result.ok) console.log(result.issues)
  return result.ok
}

describe('crossCheck on the valid fixture', () => {
  it('finds nothing (zones sharing an edge, booths back to back, a POI on the wall)', () => {
    const result = parseScene(toRaw(smallScene()))
    expect(result.ok).toBe(true)
    if (result.ok) expect(crossCheck(result.scene)).toEqual([])
  })
})

describe('unique-id: one id namespace across all three files', () => {
  it('a repeated booth id within venue.json', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[1]!.id = 'booth-a01'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.booths[1].id', rule: 'unique-id', value: 'booth-a01' },
      // The renamed booth's exhibitor now dangles, and says so.
      { file: 'exhibitors.json', path: '$.exhibitors[0].boothIds[1]', rule: 'exhibitor-booth-exists', value: 'booth-a02' },
    ])
    expect(issues[0]!.message).toContain('venue.json $.booths[0].id')
  })

  it('an exhibitor reusing a booth id, reported in exhibitors.json with where it was first used', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[1]!.id = 'booth-b02'
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].id', rule: 'unique-id', value: 'booth-b02' }])
    expect(issues[0]!.message).toContain('venue.json $.booths[4].id')
  })

  it('a session reusing a zone id, a POI reusing a zone id, an exhibitor reusing a kiosk id', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[0]!.id = 'smart-city'
      s.venue.pois[0]!.id = 'main-stage'
      s.exhibitors.exhibitors[3]!.id = 'kiosk-centre'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.pois[0].id', rule: 'unique-id', value: 'main-stage' },
      { file: 'exhibitors.json', path: '$.exhibitors[3].id', rule: 'unique-id', value: 'kiosk-centre' },
      { file: 'sessions.json', path: '$.sessions[0].id', rule: 'unique-id', value: 'smart-city' },
    ])
  })

  it('a sector listed twice', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.sectors[2]!.id = 'ai'
    })
    expect(brief(issues)).toEqual([
      { file: 'exhibitors.json', path: '$.sectors[2].id', rule: 'unique-id', value: 'ai' },
      { file: 'exhibitors.json', path: '$.exhibitors[2].sectors[0]', rule: 'exhibitor-sector-exists', value: 'trade' },
    ])
  })
})

describe('unique-booth-label', () => {
  it('two booths printed with the same number', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[4]!.label = 'B01'
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[4].label', rule: 'unique-booth-label', value: 'B01' }])
  })
})

describe('booth-zone-exists', () => {
  it('a booth naming a zone that does not exist', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[3]!.zoneId = 'future-industries'
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[3].zoneId', rule: 'booth-zone-exists', value: 'future-industries' }])
    expect(issues[0]!.message).toMatch(/booth-b01.*future-industries.*does not exist/)
  })

  it('a booth naming another booth instead of a zone', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[3]!.zoneId = 'booth-b02'
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[3].zoneId', rule: 'booth-zone-exists', value: 'booth-b02' }])
  })
})

describe('booth-inside-zone', () => {
  it('a booth straddling its zone edge', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[4]!.footprint = box(28, 2, 4, 4) // x 28…32 crosses x = 30 into smart-city
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[4].footprint', rule: 'booth-inside-zone', value: 'booth-b02' }])
    expect(issues[0]!.message).toContain('digital-trade')
  })

  it('a booth inside the hall but in the wrong zone', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[4]!.zoneId = 'main-stage'
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[4].footprint', rule: 'booth-inside-zone', value: 'booth-b02' }])
  })

  it('a booth filling a corner of its zone is inside', () => {
    expect(
      passes((s) => {
        s.venue.booths[4]!.footprint = box(56, 16, 4, 4)
      }),
    ).toBe(true)
  })

  it('a booth in the notch of a concave (L-shaped) zone is outside it', () => {
    const lZone: [number, number][] = [
      [0, 0],
      [30, 0],
      [30, 40],
      [10, 40],
      [10, 20],
      [0, 20],
    ]
    expect(
      passes((s) => {
        s.venue.zones[0]!.footprint = lZone
      }),
    ).toBe(true)
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.footprint = lZone
      s.venue.booths[2]!.footprint = box(2, 25, 3, 3)
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[2].footprint', rule: 'booth-inside-zone', value: 'booth-a03' }])
  })
})

describe('zone-inside-hall', () => {
  it('a zone reaching through the hall wall', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[2]!.footprint = box(30, 25, 31, 15)
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[2].footprint', rule: 'zone-inside-hall', value: 'main-stage' }])
  })

  it('a zone in the notch of a concave hall', () => {
    const issues = issuesAfter((s) => {
      s.venue.hall.footprint = [
        [0, 0],
        [60, 0],
        [60, 22],
        [45, 22],
        [45, 40],
        [0, 40],
      ]
      s.venue.buildings[0]!.footprint = s.venue.hall.footprint
      s.venue.pois[1]!.position = [40, 20]
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[2].footprint', rule: 'zone-inside-hall', value: 'main-stage' }])
  })
})

describe('zones-do-not-overlap', () => {
  it('a stage pushed into the pavilion below it', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[2]!.footprint = box(30, 18, 30, 22)
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[2].footprint', rule: 'zones-do-not-overlap', value: 'main-stage' }])
    expect(issues[0]!.message).toMatch(/main-stage.*overlaps.*digital-trade/)
  })

  it('a zone in the notch of an L-shaped zone touches it on three sides but does not overlap', () => {
    expect(
      passes((s) => {
        // smart-city grows a 10 × 5 m tab at x 30…40, z 20…25 …
        s.venue.zones[0]!.footprint = [
          [0, 0],
          [30, 0],
          [30, 20],
          [40, 20],
          [40, 25],
          [30, 25],
          [30, 40],
          [0, 40],
        ]
        // … and digital-trade becomes an L wrapping the tab from below and from the right.
        s.venue.zones[1]!.footprint = [
          [30, 0],
          [60, 0],
          [60, 25],
          [40, 25],
          [40, 20],
          [30, 20],
        ]
      }),
    ).toBe(true)
  })
})

describe('booths-do-not-overlap', () => {
  it('a booth overlapping two neighbours is reported once per neighbour', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[2]!.footprint = box(4, 4, 3, 3)
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.booths[2].footprint', rule: 'booths-do-not-overlap', value: 'booth-a03' },
      { file: 'venue.json', path: '$.booths[2].footprint', rule: 'booths-do-not-overlap', value: 'booth-a03' },
    ])
    expect(issues.map((i) => i.message).sort()).toEqual(['booth "booth-a03" overlaps booth "booth-a01"', 'booth "booth-a03" overlaps booth "booth-a02"'])
  })

  it('two booths on the same spot', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[4]!.footprint = box(32, 2, 4, 4)
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[4].footprint', rule: 'booths-do-not-overlap', value: 'booth-b02' }])
  })

  it('back-to-back booths sharing an edge, and booths touching at a corner, are fine', () => {
    expect(
      passes((s) => {
        s.venue.booths.push(
          { id: 'booth-a04', zoneId: 'smart-city', levelId: 'level-1', label: 'A04', footprint: box(5, 5, 3, 3) }, // shares edges with a02 and a03, a corner with a01
          { id: 'booth-a05', zoneId: 'smart-city', levelId: 'level-1', label: 'A05', footprint: box(8, 8, 2, 2) }, // touches a04 at one corner only
          { id: 'booth-a06', zoneId: 'smart-city', levelId: 'level-1', label: 'A06', footprint: box(2, 8, 6, 1) }, // a long booth behind a03 and a04
        )
      }),
    ).toBe(true)
  })

  it('a booth in the notch of an L-shaped booth is fine; one reaching into it is not', () => {
    const lBooth: [number, number][] = [
      [10, 10],
      [16, 10],
      [16, 13],
      [13, 13],
      [13, 16],
      [10, 16],
    ]
    const add = (s: SmallScene, x: number, z: number): void => {
      s.venue.booths.push(
        { id: 'booth-l', zoneId: 'smart-city', levelId: 'level-1', label: 'L1', footprint: lBooth },
        { id: 'booth-n', zoneId: 'smart-city', levelId: 'level-1', label: 'N1', footprint: box(x, z, 3, 3) },
      )
    }
    expect(passes((s) => add(s, 13, 13))).toBe(true)
    const issues = issuesAfter((s) => add(s, 12.5, 13))
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[6].footprint', rule: 'booths-do-not-overlap', value: 'booth-n' }])
  })
})

describe('poi-inside-hall and kiosk-inside-hall', () => {
  it('a point well outside the hall', () => {
    const issues = issuesAfter((s) => {
      s.venue.pois[1]!.position = [70, 22]
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.pois[1].position', rule: 'poi-inside-hall', value: [70, 22] }])
  })

  it('an entrance may sit in the wall line, up to half a metre outside', () => {
    expect(passes((s) => void (s.venue.pois[0]!.position = [-0.4, 20]))).toBe(true)
    const issues = issuesAfter((s) => {
      s.venue.pois[0]!.position = [-2, 20]
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.pois[0].position', rule: 'poi-inside-hall', value: [-2, 20] }])
  })

  it('a kiosk outside the hall', () => {
    const issues = issuesAfter((s) => {
      s.venue.kiosks[0]!.position = [61, 10]
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.kiosks[0].position', rule: 'kiosk-inside-hall', value: [61, 10] }])
  })
})

describe('venue dates', () => {
  it('dates-ordered: the last day before the first', () => {
    const issues = issuesAfter((s) => {
      s.venue.dates = { start: '2023-10-15', end: '2023-10-13' }
      s.sessions.sessions = s.sessions.sessions.filter((x) => x.id === 'robot-demo').map((x) => ({ ...x, start: '2023-10-15T10:00:00+08:00' }))
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.dates.end', rule: 'dates-ordered', value: '2023-10-13' },
      { file: 'sessions.json', path: '$.sessions[0].start', rule: 'session-within-dates', value: '2023-10-15T10:00:00+08:00' },
    ])
  })

  it('real-date: a day that does not exist is reported where it is written', () => {
    expect(brief(issuesAfter((s) => void (s.venue.dates.start = '2023-13-01')))).toEqual([
      { file: 'venue.json', path: '$.dates.start', rule: 'real-date', value: '2023-13-01' },
    ])
    expect(brief(issuesAfter((s) => void (s.venue.dates.end = '2023-02-30')))).toEqual([
      { file: 'venue.json', path: '$.dates.end', rule: 'real-date', value: '2023-02-30' },
    ])
  })
})

describe('exhibitor-booth-exists', () => {
  it('a booth id that does not exist, at its index in boothIds', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[0]!.boothIds = ['booth-a01', 'booth-z99']
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[0].boothIds[1]', rule: 'exhibitor-booth-exists', value: 'booth-z99' }])
    expect(issues[0]!.message).toMatch(/acme-robotics.*booth-z99.*does not exist/)
  })

  it('a zone id is not a booth', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[2]!.boothIds = ['digital-trade']
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[2].boothIds[0]', rule: 'exhibitor-booth-exists', value: 'digital-trade' }])
  })
})

describe('exhibitor-sector-exists', () => {
  it('a sector not listed in $.sectors', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[1]!.sectors = ['ai', 'biotech']
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].sectors[1]', rule: 'exhibitor-sector-exists', value: 'biotech' }])
  })
})

describe('country-iso-3166', () => {
  it.each([['XX'], ['UK'], ['EU'], ['ZZ']])('rejects %s', (country) => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[1]!.country = country
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].country', rule: 'country-iso-3166', value: country }])
  })

  it.each([['DE'], ['GB'], ['CN'], ['HK'], ['AE']])('accepts %s', (country) => {
    expect(passes((s) => void (s.exhibitors.exhibitors[1]!.country = country))).toBe(true)
  })
})

describe('link-http', () => {
  it.each([['javascript:alert(1)'], ['ftp://files.example.com/catalogue.pdf'], ['www.example.com'], ['mailto:info@example.com'], ['data:text/html,hi'], ['']])(
    'rejects %j',
    (website) => {
      const issues = issuesAfter((s) => {
        s.exhibitors.exhibitors[1]!.website = website
      })
      expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[1].website', rule: 'link-http', value: website }])
    },
  )

  it.each([['https://example.com'], ['http://example.com/path?q=1'], ['HTTPS://EXAMPLE.COM/']])('accepts %j', (website) => {
    expect(passes((s) => void (s.exhibitors.exhibitors[1]!.website = website))).toBe(true)
    expect(isHttpUrl(website)).toBe(true)
  })
})

describe('session-location-exists', () => {
  it('a place that does not exist', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[1]!.locationId = 'hall-9'
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[1].locationId', rule: 'session-location-exists', value: 'hall-9' }])
  })

  it('an exhibitor is not a place', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[2]!.locationId = 'acme-robotics'
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[2].locationId', rule: 'session-location-exists', value: 'acme-robotics' }])
  })

  it('zones, booths, points of interest and kiosks are places', () => {
    for (const place of ['main-stage', 'booth-b02', 'entrance-west', 'kiosk-centre']) {
      expect(passes((s) => void (s.sessions.sessions[1]!.locationId = place))).toBe(true)
    }
  })
})

describe('session-time and session-end-after-start', () => {
  it('a time that matches the format but is not a real time', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[0]!.start = '2023-10-13T25:00:00+08:00'
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[0].start', rule: 'session-time', value: '2023-10-13T25:00:00+08:00' }])
  })

  it('a day that does not exist (Date.parse would roll 30 February over to March)', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[0]!.end = '2023-02-30T11:00:00+08:00'
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[0].end', rule: 'session-time', value: '2023-02-30T11:00:00+08:00' }])
  })

  it('ending before it starts', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[1]!.end = '2023-10-14T13:00:00+08:00'
    })
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[1].end', rule: 'session-end-after-start', value: '2023-10-14T13:00:00+08:00' }])
  })

  it('ending the moment it starts', () => {
    const issues = issuesAfter((s) => {
      s.sessions.sessions[1]!.end = s.sessions.sessions[1]!.start
    })
    expect(brief(issues).map((i) => i.rule)).toEqual(['session-end-after-start'])
  })

  it('compares instants, not text: 10:00+08:00 to 03:00Z is an hour long', () => {
    expect(
      passes((s) => {
        s.sessions.sessions[2]!.start = '2023-10-15T10:00:00+08:00'
        s.sessions.sessions[2]!.end = '2023-10-15T03:00:00Z'
      }),
    ).toBe(true)
  })
})

describe('session-within-dates (13–15 October 2023, Asia/Shanghai)', () => {
  const at = (start: string, end: string) => (s: SmallScene) => {
    s.sessions.sessions[2]!.start = start
    s.sessions.sessions[2]!.end = end
  }

  it('23:30 on the last day is within', () => {
    expect(passes(at('2023-10-15T23:30:00+08:00', '2023-10-15T23:59:00+08:00'))).toBe(true)
  })

  it('a session ending exactly at midnight after the last day is within', () => {
    expect(passes(at('2023-10-15T23:00:00+08:00', '2023-10-16T00:00:00+08:00'))).toBe(true)
  })

  it('00:30 on the day after is not', () => {
    const issues = issuesAfter(at('2023-10-16T00:30:00+08:00', '2023-10-16T01:00:00+08:00'))
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[2].start', rule: 'session-within-dates', value: '2023-10-16T00:30:00+08:00' }])
    expect(issues[0]!.message).toContain('Asia/Shanghai')
  })

  it('a session running past midnight into the day after is not', () => {
    const issues = issuesAfter(at('2023-10-15T23:30:00+08:00', '2023-10-16T00:30:00+08:00'))
    expect(brief(issues).map((i) => i.rule)).toEqual(['session-within-dates'])
  })

  it('a session the evening before the first day is not', () => {
    const issues = issuesAfter(at('2023-10-12T23:00:00+08:00', '2023-10-12T23:30:00+08:00'))
    expect(brief(issues)).toEqual([{ file: 'sessions.json', path: '$.sessions[2].start', rule: 'session-within-dates', value: '2023-10-12T23:00:00+08:00' }])
  })

  it('a time in UTC (Z) that is inside in +08 local time passes, though its UTC date is the 12th', () => {
    expect(passes(at('2023-10-12T16:30:00Z', '2023-10-12T18:00:00Z'))).toBe(true)
  })

  it('a time in UTC whose UTC date is the 15th but is the 16th in Shanghai fails', () => {
    const issues = issuesAfter(at('2023-10-15T16:30:00Z', '2023-10-15T17:00:00Z'))
    expect(brief(issues).map((i) => i.rule)).toEqual(['session-within-dates'])
  })

  it("uses the venue's time zone, not the offset written on the session", () => {
    // 16:30Z on the 12th is 18:30 in Berlin: still the 12th there.
    const issues = issuesAfter((s) => {
      s.venue.timezone = 'Europe/Berlin'
      at('2023-10-12T16:30:00Z', '2023-10-12T18:00:00Z')(s)
    })
    expect(brief(issues).map((i) => `${i.path} ${i.rule}`)).toEqual(['$.sessions[2].start session-within-dates'])
    expect(localDate(Date.parse('2023-10-12T16:30:00Z'), 'Asia/Shanghai')).toBe('2023-10-13')
  })
})

describe('all problems at once', () => {
  it('three broken references give three issues, each naming its file, path and rule', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.zoneId = 'no-such-zone'
      s.exhibitors.exhibitors[2]!.boothIds = ['no-such-booth']
      s.sessions.sessions[0]!.locationId = 'no-such-place'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.booths[0].zoneId', rule: 'booth-zone-exists', value: 'no-such-zone' },
      { file: 'exhibitors.json', path: '$.exhibitors[2].boothIds[0]', rule: 'exhibitor-booth-exists', value: 'no-such-booth' },
      { file: 'sessions.json', path: '$.sessions[0].locationId', rule: 'session-location-exists', value: 'no-such-place' },
    ])
  })

  it('geometry, text and link problems together', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[2]!.footprint = box(30, 18, 30, 22)
      s.venue.booths[4]!.label = 'A01'
      s.exhibitors.exhibitors[0]!.website = 'javascript:alert(1)'
      s.exhibitors.exhibitors[3]!.country = 'XX'
      s.sessions.sessions[1]!.end = '2023-10-14T09:00:00+08:00'
    })
    expect(issues.length).toBeGreaterThanOrEqual(5)
    expect(new Set(issues.map((i) => i.rule))).toEqual(
      new Set(['zones-do-not-overlap', 'unique-booth-label', 'link-http', 'country-iso-3166', 'session-end-after-start']),
    )
  })
})
