/**
 * Hostile or broken scene data (issue #24): each gives its rule with file and JSON path, and the
 * checks stay bounded — counted in steps of work (WorkBudget), never timed.
 */
import { describe, expect, it } from 'vitest'
import { crossCheck, overlappingPairs } from '../../src/domain/scene/crossCheck.ts'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { MAX_ISSUES, parseScene } from '../../src/domain/scene/parseScene.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'
import { SCENE_CHECK_STEPS, WorkBudget } from '../../src/domain/scene/workBudget.ts'
import { selfCrossing } from '../../src/domain/geometry/polygon.ts'
import { box, smallScene, toRaw, issuesAfter } from '../fixtures/smallScene.ts'

type Brief = Pick<SceneIssue, 'file' | 'path' | 'rule'>
const brief = (issues: readonly SceneIssue[]): Brief[] => issues.map(({ file, path, rule }) => ({ file, path, rule }))

/** The valid small scene, parsed, for checks that bypass the schema (as a bug elsewhere might). */
function parsedScene(): Scene {
  const r = parseScene(toRaw(smallScene()))
  if (!r.ok) throw new Error('fixture invalid')
  return r.scene
}

const circle = (cx: number, cz: number, r: number, n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / n), cz + r * Math.sin((2 * Math.PI * i) / n)])

describe('coordinates are bounded (±100 km)', () => {
  it('a zone 1e300 m across is refused by the schema, naming the point', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.footprint = box(0, 0, 1e300, 1e300)
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.zones[0].footprint[1][0]', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.zones[0].footprint[2][0]', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.zones[0].footprint[2][1]', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.zones[0].footprint[3][1]', rule: 'coordinate-range' },
    ])
    expect(issues[0]!.message).toMatch(/within ±100000 \(100 km\)/)
  })

  it('points, positions, heights and elevations alike; 100 km itself is fine', () => {
    const issues = issuesAfter((s) => {
      s.venue.pois[0]!.position = [100_001, 0]
      s.venue.levels[0]!.elevation = -2e5
      s.venue.hall.height = 1e9
      s.venue.kiosks[0]!.position = [0, 'far' as unknown as number]
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.hall.height', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.levels[0].elevation', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.pois[0].position[0]', rule: 'coordinate-range' },
      { file: 'venue.json', path: '$.kiosks[0].position[1]', rule: 'point' },
    ])
    const s = smallScene()
    s.venue.hall.footprint = box(-100_000, -100_000, 200_000, 200_000)
    s.venue.buildings[0]!.footprint = box(-100_000, -100_000, 200_000, 200_000)
    expect(parseScene(toRaw(s)).ok).toBe(true)
  })

  it('a footprint has at most 1,000 points', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.footprint = circle(15, 20, 10, 1001)
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[0].footprint', rule: 'schema:too_big' }])
  })
})

describe('the overlap check is bounded, whatever the shapes', () => {
  it('a 1e300 m zone that got past the schema: a few dozen steps, no endless grid walk', () => {
    const scene = parsedScene()
    scene.venue.zones[0]!.footprint = box(0, 0, 1e300, 1e300)
    const budget = new WorkBudget(SCENE_CHECK_STEPS)
    const issues = crossCheck(scene, budget)
    expect(issues.map((i) => i.rule)).toContain('zone-inside-hall')
    expect(issues.map((i) => i.rule)).toContain('zones-do-not-overlap')
    expect(budget.exhausted).toBe(false)
    expect(budget.used).toBeLessThan(1000)
  })

  it('a 30 km zone costs a few hundred steps (a fixed 12 m grid visited 6.25 million cells)', () => {
    const s = smallScene()
    for (const shape of [s.venue.hall, s.venue.buildings[0]!]) shape.footprint = box(0, 0, 30_000, 30_000)
    s.venue.zones[0]!.footprint = box(0, 0, 30_000, 30_000)
    const r = parseScene(toRaw(s))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(brief(r.issues)).toEqual([
      { file: 'venue.json', path: '$.zones[1].footprint', rule: 'zones-do-not-overlap' },
      { file: 'venue.json', path: '$.zones[2].footprint', rule: 'zones-do-not-overlap' },
    ])
    const budget = new WorkBudget(SCENE_CHECK_STEPS)
    overlappingPairs(
      s.venue.zones.map((z) => z.footprint),
      budget,
    )
    expect(budget.used).toBeLessThan(100)
  })

  it('many detailed shapes piled on one spot stop at the budget with check-limit, not after hours', () => {
    const scene = parsedScene()
    scene.venue.booths = Array.from({ length: 300 }, (_, i) => ({ ...scene.venue.booths[0]!, id: `b-${i}`, label: `L${i}`, footprint: circle(15, 20, 2 + (i % 5) / 10, 400) }))
    const budget = new WorkBudget(2_000_000)
    const issues = crossCheck(scene, budget)
    expect(budget.exhausted).toBe(true)
    expect(budget.used).toBeLessThanOrEqual(2_000_000)
    const limit = issues.find((i) => i.rule === 'check-limit')
    expect(limit).toMatchObject({ file: 'venue.json', path: '$' })
    expect(limit!.message).toMatch(/too complex to check/)
  })

  it('finds the same overlaps with a shape too big for the grid as with the grid', () => {
    const polys = [box(0, 0, 10, 10), box(5, 5, 10, 10), box(-5000, -5000, 10_000, 10_000), box(100, 100, 2, 2), box(101, 101, 2, 2)]
    const pairs = overlappingPairs(polys).map(([a, b]) => `${a}-${b}`)
    expect(pairs.sort()).toEqual(['0-1', '0-2', '1-2', '2-3', '2-4', '3-4'])
  })

  it('a scene broken in thousands of places lists the first 1,000 problems and how many more', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths = Array.from({ length: 1500 }, (_, i) => ({ ...s.venue.booths[0]!, id: `b-${i}`, label: `L${i}`, footprint: box(1e6, 0, 1, 1) }))
    })
    expect(issues).toHaveLength(MAX_ISSUES + 1)
    expect(issues.at(-1)).toMatchObject({ rule: 'too-many-problems' })
    expect(issues.at(-1)!.message).toMatch(/^(\d|,)+ more problems not listed/)
  })
})

describe('outlines are simple polygons with an area', () => {
  it('a bow-tie zone crosses itself', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.footprint = [
        [0, 0],
        [30, 40],
        [30, 0],
        [0, 40],
      ]
    })
    const crossing = issues.find((i) => i.rule === 'simple-polygon')
    expect(crossing).toMatchObject({ file: 'venue.json', path: '$.zones[0].footprint' })
    expect(crossing!.message).toMatch(/crosses or touches itself/)
  })

  it('every kind of outline is checked: hall, building, booth, walkway', () => {
    const bowTie = (x: number, z: number): [number, number][] => [
      [x, z],
      [x + 2, z + 2],
      [x + 2, z],
      [x, z + 2],
    ]
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.footprint = bowTie(2, 2)
      s.venue.walkways = { closed: [{ id: 'closed-1', levelId: 'level-1', footprint: bowTie(40, 30) }], steps: [] }
    })
    expect(issues.filter((i) => i.rule === 'simple-polygon').map((i) => i.path)).toEqual(['$.booths[0].footprint', '$.walkways.closed[0].footprint'])
  })

  it('a corner touching another edge (figure eight) and a spike folding back are not simple', () => {
    expect(selfCrossing([[0, 0], [4, 0], [4, 4], [2, 0], [0, 4]])).not.toBeNull()
    expect(selfCrossing([[0, 0], [4, 0], [4, 2], [4, 4], [0, 4]])).toBeNull() // a point midway along an edge is fine
    expect(selfCrossing([[0, 0], [4, 0], [4, 4], [4, 6], [4, 3], [0, 4]])).not.toBeNull()
  })

  it('a ring closed by repeating its first point, and an L-shape, are simple', () => {
    expect(selfCrossing([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]])).toBeNull()
    expect(selfCrossing([[0, 0], [6, 0], [6, 2], [2, 2], [2, 6], [0, 6]])).toBeNull()
  })

  it('a booth with its points on one line encloses no floor', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.footprint = [
        [2, 2],
        [4, 2],
        [6, 2],
      ]
    })
    const flat = issues.find((i) => i.rule === 'positive-area')
    expect(flat).toMatchObject({ file: 'venue.json', path: '$.booths[0].footprint' })
    expect(flat!.message).toMatch(/encloses no floor/)
  })

  it('a sliver thinner than a centimetre squared encloses no floor either', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.footprint = [
        [2, 2],
        [6, 2],
        [4, 2.00001],
      ]
    })
    expect(brief(issues.filter((i) => i.rule === 'positive-area'))).toEqual([{ file: 'venue.json', path: '$.booths[0].footprint', rule: 'positive-area' }])
  })

  it('a self-crossing check of a hostile outline is charged to the budget', () => {
    const zigzag: [number, number][] = Array.from({ length: 1000 }, (_, i) => [i % 2 ? 1000 : 0, i * 10])
    const budget = new WorkBudget(10_000)
    expect(selfCrossing(zigzag, budget)).toBe('gave-up')
    expect(budget.used).toBeLessThanOrEqual(10_000)
  })
})

describe('text rules for names and labels', () => {
  const ZWSP = '\u200B'
  it('a name of only a zero-width space has nothing visible', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.name.en = ZWSP
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.zones[0].name.en', rule: 'text-visible' }])
  })

  it('a right-to-left override is refused', () => {
    const issues = issuesAfter((s) => {
      s.exhibitors.exhibitors[0]!.name.en = 'Lion \u202Egnp.exe'
    })
    expect(brief(issues)).toEqual([{ file: 'exhibitors.json', path: '$.exhibitors[0].name.en', rule: 'text-no-bidi-override' }])
    expect(issues[0]!.message).toContain('U+202E')
  })

  it('control characters in names and labels; summaries may break lines', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.label = 'A\u000701'
      s.sessions.sessions[0]!.title.zh = '开幕\n式'
      s.sessions.sessions[0]!.summary.en = 'Line one.\nLine two.\tIndented.'
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.booths[0].label', rule: 'text-no-control' },
      { file: 'sessions.json', path: '$.sessions[0].title.zh', rule: 'text-no-control' },
    ])
    expect(issues[0]!.message).toContain('U+0007')
  })

  it('length caps: names 200, short names 40, labels 12 characters', () => {
    const issues = issuesAfter((s) => {
      s.venue.zones[0]!.name.en = 'x'.repeat(201)
      s.venue.zones[1]!.shortName = { en: 'y'.repeat(41), zh: '短' }
      s.venue.booths[0]!.label = 'A'.repeat(13)
    })
    expect(brief(issues)).toEqual([
      { file: 'venue.json', path: '$.zones[0].name.en', rule: 'text-length' },
      { file: 'venue.json', path: '$.zones[1].shortName.en', rule: 'text-length' },
      { file: 'venue.json', path: '$.booths[0].label', rule: 'text-length' },
    ])
    const ok = smallScene()
    ok.venue.zones[0]!.name.zh = '馆'.repeat(200)
    expect(parseScene(toRaw(ok)).ok).toBe(true)
  })

  it('"A01" followed by a zero-width space is the same printed label as "A01"', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[1]!.label = `A01${ZWSP}`
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[1].label', rule: 'unique-booth-label' }])
    expect(issues[0]!.message).toContain('$.booths[0]')
  })

  it('labels are compared after NFC normalisation (composed and decomposed Å)', () => {
    const issues = issuesAfter((s) => {
      s.venue.booths[0]!.label = '\u00C51'
      s.venue.booths[1]!.label = 'A\u030A1'
    })
    expect(brief(issues)).toEqual([{ file: 'venue.json', path: '$.booths[1].label', rule: 'unique-booth-label' }])
  })
})

describe('zone capacity stays in the schema', () => {
  it('is kept when given, refused when not a whole number from 1 to 1,000,000', () => {
    const s = smallScene()
    s.venue.zones[0]!.capacity = 480
    const r = parseScene(toRaw(s))
    expect(r.ok && r.scene.venue.zones[0]!.capacity).toBe(480)
    const issues = issuesAfter((x) => {
      x.venue.zones[0]!.capacity = 1.5
      x.venue.zones[1]!.capacity = 0
    })
    expect(brief(issues).map((i) => i.path)).toEqual(['$.zones[0].capacity', '$.zones[1].capacity'])
  })
})
