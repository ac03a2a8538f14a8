import { describe, expect, it } from 'vitest'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { box, smallScene, toRaw, type SmallScene, issuesAfter as issuesAfterFixture } from '../fixtures/smallScene.ts'

type Json = Record<string, unknown>

/** The small scene written as schemaVersion 2: no buildings, levels, connectors or levelId. */
function asV2(s: SmallScene): { venue: Json; exhibitors: Json; sessions: Json } {
  const strip = (list: readonly object[]): Json[] => list.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'levelId')))
  const { buildings: _b, levels: _l, connectors: _c, ...venue } = s.venue
  return {
    venue: {
      ...venue,
      schemaVersion: 2,
      zones: strip(s.venue.zones),
      booths: strip(s.venue.booths),
      pois: strip(s.venue.pois),
      kiosks: strip(s.venue.kiosks),
      walkways: { closed: [{ id: 'closed-corner', footprint: box(50, 30, 4, 4) }], steps: [] },
    },
    exhibitors: { ...s.exhibitors, schemaVersion: 2 },
    sessions: { ...s.sessions, schemaVersion: 2 },
  }
}

function ids(list: readonly { id: string }[]): string[] {
  return list.map((x) => x.id)
}

describe('schemaVersion 2 → 3', () => {
  it('becomes one building with one level, and keeps every id where it was', () => {
    const v2 = asV2(smallScene())
    const result = parseScene({ 'venue.json': v2.venue, 'exhibitors.json': v2.exhibitors, 'sessions.json': v2.sessions })
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    const { venue, exhibitors, sessions } = result.scene
    expect(result.migratedFrom).toEqual({ 'venue.json': 2, 'exhibitors.json': 2, 'sessions.json': 2 })
    expect(venue.schemaVersion).toBe(3)
    const src = smallScene()
    expect(ids(venue.zones)).toEqual(ids(src.venue.zones))
    expect(ids(venue.booths)).toEqual(ids(src.venue.booths))
    expect(ids(venue.pois)).toEqual(ids(src.venue.pois))
    expect(ids(venue.kiosks)).toEqual(ids(src.venue.kiosks))
    expect(ids(exhibitors)).toEqual(ids(src.exhibitors.exhibitors))
    expect(ids(sessions)).toEqual(ids(src.sessions.sessions))
    expect(venue.booths.map((b) => b.zoneId)).toEqual(src.venue.booths.map((b) => b.zoneId))

    expect(venue.buildings).toHaveLength(1)
    expect(venue.buildings[0]!.footprint).toEqual(src.venue.hall.footprint)
    expect(venue.levels).toEqual([expect.objectContaining({ buildingId: venue.buildings[0]!.id, ordinal: 0, elevation: 0, height: src.venue.hall.height })])
    expect(venue.levels[0]!.name).toEqual({ en: 'Level 1', zh: '1 层' })
    expect(venue.connectors).toEqual([])
    const level = venue.levels[0]!.id
    for (const item of [...venue.zones, ...venue.booths, ...venue.pois, ...venue.kiosks, ...venue.walkways!.closed]) expect(item.levelId).toBe(level)
  })

  it('the new building and level ids step aside from ids the file already uses', () => {
    const v2 = asV2(smallScene())
    ;(v2.venue.pois as Json[])[0]!.id = 'level-1'
    const result = parseScene({ 'venue.json': v2.venue, 'exhibitors.json': v2.exhibitors, 'sessions.json': v2.sessions })
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.scene.venue.pois[0]!.id).toBe('level-1')
    expect(result.scene.venue.levels[0]!.id).toBe('level-1-2')
    expect(result.scene.venue.pois[0]!.levelId).toBe('level-1-2')
  })
})

type Brief = Pick<SceneIssue, 'file' | 'path' | 'rule' | 'value'>
const brief = (issues: readonly SceneIssue[]): Brief[] => issues.map(({ file, path, rule, value }) => ({ file, path, rule, value }))

const issuesAfter = (mutate: (s: SmallScene) => void): SceneIssue[] => issuesAfterFixture(mutate, levelsScene)

describe('level rules', () => {
  it('the two-level fixture is valid, with a booth right above another on the other level', () => {
    const result = parseScene(toRaw(levelsScene()))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.scene.venue.levels.map((l) => l.id)).toEqual(['level-1', 'level-2'])
  })

  it('references: a level, a booth, a kiosk and a connector stop naming levels that do not exist', () => {
    const issues = issuesAfter((s) => {
      s.venue.levels[1]!.buildingId = 'annex'
      s.venue.booths[0]!.levelId = 'level-9'
      s.venue.kiosks[0]!.levelId = 'mezzanine'
      s.venue.connectors![2]!.stops[1]!.levelId = 'roof'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.levels[1].buildingId', rule: 'level-building-exists', value: 'annex' },
      { file: 'venue.json', path: '$.booths[0].levelId', rule: 'level-exists', value: 'level-9' },
      { file: 'venue.json', path: '$.kiosks[0].levelId', rule: 'level-exists', value: 'mezzanine' },
      { file: 'venue.json', path: '$.connectors[2].stops[1].levelId', rule: 'level-exists', value: 'roof' },
    ])
    expect(issues[1]!.message).toContain('booth "booth-a01" names level "level-9"')
  })

  it('a booth on another level than its zone', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[5]!.levelId = 'level-1'
    })
    expect(brief(issues)).toContainEqual({ file: 'venue.json', path: '$.booths[5].levelId', rule: 'booth-level-is-zone-level', value: 'level-1' })
  })

  it('things outside their level: a zone, a point, a kiosk, a connector stop', () => {
    const issues = issuesAfter((s) => {
      s.venue.hall.footprint = box(-50, -50, 160, 140)
      s.venue.zones[3]!.footprint = box(-10, 0, 20, 20)
      s.venue.pois[2]!.position = [70, 70]
      s.venue.kiosks[0]!.position = [-20, 5]
      s.venue.connectors![3]!.stops[1]!.position = [80, 22.5]
    })
    expect(brief(issues).filter((i) => i.rule === 'inside-level')).toEqual([
      { file: 'venue.json', path: '$.zones[3].footprint', rule: 'inside-level', value: 'level-2' },
      { file: 'venue.json', path: '$.pois[2].position', rule: 'inside-level', value: 'level-2' },
      { file: 'venue.json', path: '$.kiosks[0].position', rule: 'inside-level', value: 'level-1' },
      { file: 'venue.json', path: '$.connectors[3].stops[1].position', rule: 'inside-level', value: 'level-2' },
    ])
  })

  it('escalators: one direction, two stops; nothing else has a direction', () => {
    const issues = issuesAfter((s) => {
      delete s.venue.connectors![0]!.direction
      s.venue.connectors![2]!.direction = 'up'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.connectors[0].direction', rule: 'escalator-direction', value: undefined },
      { file: 'venue.json', path: '$.connectors[2].direction', rule: 'escalator-direction', value: 'up' },
    ])
  })

  it('a level nobody can reach names the level and the missing link', () => {
    const issues = issuesAfter((s) => {
      s.venue.connectors = []
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.levels[1]', rule: 'levels-reachable', value: 'level-2' },
      { file: 'venue.json', path: '$.levels[1]', rule: 'levels-reachable-step-free', value: 'level-2' },
    ])
    expect(issues[0]!.message).toContain('"level-2" cannot be reached to or from "level-1"')
    expect(issues[0]!.message).toContain('add a connector joining "level-2" and "level-1"')
  })

  it('an up escalator alone reaches level 2 but never comes back', () => {
    const issues = issuesAfter((s) => {
      s.venue.connectors = s.venue.connectors!.filter((c) => c.id === 'escalator-up')
    })
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('cannot be reached back to "level-1" by any stairs, escalator, lift or ramp'),
      expect.stringContaining('cannot be reached to or from "level-1" without steps (by lift or ramp); add a lift or ramp'),
    ])
  })

  it('two halls side by side: their ground levels are one floor (walked between outside), their upper levels need a link', () => {
    // The small hall as building "west", a second hall "east" beside it with a level above.
    const twoHalls = (s: SmallScene): void => {
      s.venue.hall.footprint = box(0, 0, 130, 40)
      s.venue.buildings.push({ id: 'east-hall', name: { en: 'East hall', zh: '东馆' }, footprint: box(70, 0, 60, 40) })
      const level = (id: string, ordinal: number) => ({ id, buildingId: 'east-hall', name: { en: `East ${ordinal + 1}`, zh: `东馆 ${ordinal + 1} 层` }, shortName: { en: `E${ordinal + 1}`, zh: `E${ordinal + 1}` }, ordinal, elevation: ordinal * 6, height: 6 })
      s.venue.levels.push(level('east-1', 0), level('east-2', 1))
    }
    expect(issuesAfter(twoHalls).map((i) => [i.rule, i.value])).toEqual([
      ['levels-reachable', 'east-2'],
      ['levels-reachable-step-free', 'east-2'],
    ])
    const lift = { id: 'east-lift', kind: 'lift' as const, name: { en: 'East lift', zh: '东馆电梯' }, seconds: 15, stops: [{ levelId: 'east-1', position: [100, 20] as [number, number] }, { levelId: 'east-2', position: [100, 20] as [number, number] }] }
    const linked = levelsScene()
    twoHalls(linked)
    linked.venue.connectors!.push(lift)
    const result = parseScene(toRaw(linked))
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('stairs and escalators but no lift: the step-free link is the one missing', () => {
    const issues = issuesAfter((s) => {
      s.venue.connectors = s.venue.connectors!.filter((c) => c.kind !== 'lift')
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.levels[1]', rule: 'levels-reachable-step-free', value: 'level-2' }])
  })

  it('ids of buildings, levels and connectors share the one namespace; two levels of a building never share an ordinal', () => {
    const issues = issuesAfter((s) => {
      s.venue.connectors![1]!.id = 'sky-forum'
      s.venue.levels[1]!.ordinal = 0
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.zones[3].id', rule: 'unique-id', value: 'sky-forum' },
      { file: 'venue.json', path: '$.levels[1].ordinal', rule: 'level-ordinal-unique', value: 0 },
    ])
  })
})
