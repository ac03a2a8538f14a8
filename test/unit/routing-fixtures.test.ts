/**
 * Wayfinding rules on venues built to make one answer certain: handedness of turns and of the
 * destination, step-free routes, unreachable places, and the geometry checks themselves.
 */
import { describe, expect, it } from 'vitest'
import { turnAngle, compass8 } from '../../src/domain/routing/directions.ts'
import { unreachable } from '../../src/domain/routing/reachability.ts'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { checkScene } from '../../scripts/validate/checkScene.ts'
import { lHall, STEPS_POLYGON, stepsHall, stepsHallFiles } from '../fixtures/routingScenes.ts'
import { segmentEntersPolygon, segmentLeavesPolygon } from '../fixtures/pathChecks.ts'

describe('handedness (north = −z)', () => {
  it('calls east a right turn when walking north, west a left turn', () => {
    const north: [number, number] = [0, -1]
    expect(turnAngle(north, [1, 0])).toBeCloseTo(90)
    expect(turnAngle(north, [-1, 0])).toBeCloseTo(-90)
    expect(compass8(north)).toBe(0)
    expect(compass8([1, 0])).toBe(2)
    expect(compass8([0, 1])).toBe(4)
    expect(compass8([-1, 0])).toBe(6)
  })

  it('turns right into the east arm of the L and finds N1 on the left, S1 on the right', () => {
    const index = lHall()
    const toN1 = route(index, 'door-south', 'booth-n1')!
    expect(toN1).not.toBeNull()
    const turns = toN1.steps.filter((s) => s.kind === 'turn')
    expect(turns).toHaveLength(1)
    expect(turns[0]!.turn!.side).toBe('right')
    expect(turns[0]!.text.en).toMatch(/turn right at the Corner Desk/)
    expect(turns[0]!.text.zh).toContain('在转角服务台向右转')
    expect(toN1.steps[0]!.text.en).toMatch(/head north/)
    const arriveN1 = toN1.steps[toN1.steps.length - 1]!
    expect(arriveN1.side).toBe('left')
    expect(arriveN1.text.en).toBe('Arrive at Booth N1 (Maker 1) on your left.')
    expect(arriveN1.text.zh).toBe('N1展位（制造商1）就在您的左手边。')

    const toS1 = route(index, 'door-south', 'booth-s1')!
    expect(toS1.steps[toS1.steps.length - 1]!.side).toBe('right')
  })

  it('mirrored, the same walk turns left and the booths swap sides', () => {
    const index = lHall(true)
    const toN1 = route(index, 'door-south', 'booth-n1')!
    const turns = toN1.steps.filter((s) => s.kind === 'turn')
    expect(turns).toHaveLength(1)
    expect(turns[0]!.turn!.side).toBe('left')
    expect(turns[0]!.text.en).toMatch(/turn left/)
    expect(turns[0]!.text.zh).toContain('向左转')
    expect(toN1.steps[toN1.steps.length - 1]!.side).toBe('right')
    expect(route(index, 'door-south', 'booth-s1')!.steps.at(-1)!.side).toBe('left')
  })

  it('draws the walk from the door on the wall line, inside the hall', () => {
    const index = lHall()
    const r = route(index, 'door-south', 'booth-n1')!
    expect(r.points[0]).toEqual([5, 50])
    for (let i = 1; i < r.points.length; i++) expect(segmentLeavesPolygon(r.points[i - 1]!, r.points[i]!, index.scene.venue.hall.footprint)).toBe(false)
    // The walk: about 40 m north up the arm, round the inner corner, about 22 m east along it.
    expect(r.lengthM).toBeGreaterThan(55)
    expect(r.lengthM).toBeLessThan(70)
  })
})

describe('step-free routes', () => {
  const crossesSteps = (points: readonly (readonly [number, number])[]): boolean =>
    points.some((p, i) => i > 0 && segmentEntersPolygon(points[i - 1]!, p, STEPS_POLYGON))

  it('the shortest route takes the steps; the accessible one goes round them', () => {
    const index = stepsHall()
    const direct = route(index, 'kiosk-south', 'cafe-north')!
    const stepFree = route(index, 'kiosk-south', 'cafe-north', { accessible: true })!
    expect(crossesSteps(direct.points)).toBe(true)
    expect(crossesSteps(stepFree.points)).toBe(false)
    expect(stepFree.accessible).toBe(true)
    expect(stepFree.lengthM).toBeGreaterThan(direct.lengthM + 10)
    // The way round is through the east gap, past x = 50.
    expect(Math.max(...stepFree.points.map((p) => p[0]))).toBeGreaterThan(50)
  })

  it('finds no step-free route when the steps are the only way', () => {
    const index = stepsHall(true)
    expect(route(index, 'kiosk-south', 'cafe-north')).not.toBeNull()
    expect(route(index, 'kiosk-south', 'cafe-north', { accessible: true })).toBeNull()
  })
})

describe('unreachable places', () => {
  // The steps hall with the east gap closed and the middle gap a closed walkway: the café
  // (north of the row) is cut off from the south door.
  const files = stepsHallFiles({ closeEastGap: true, sealed: true })

  it('lists a place walled off from the main entrance, with its JSON path', () => {
    const parsed = parseScene(files)
    if (!parsed.ok) throw new Error('fixture invalid')
    const list = unreachable(buildSceneIndex(parsed.scene))
    expect(list).toContainEqual({ kind: 'poi', id: 'cafe-north', path: '$.pois[1]', why: 'cut-off' })
    expect(list.map((u) => u.id)).not.toContain('door-south')
    expect(list.map((u) => u.id)).not.toContain('kiosk-south')
  })

  it('fails npm run validate with file venue.json, the JSON path and rule "reachable"', () => {
    const result = checkScene({ dir: 'steps-hall', files, unreadable: [], issues: [] })
    expect(result.ok).toBe(false)
    expect(result.issues).toContainEqual(expect.objectContaining({ file: 'venue.json', path: '$.pois[1]', rule: 'reachable', value: 'cafe-north' }))
    expect(checkScene({ dir: 'steps-hall', files: stepsHallFiles(), unreadable: [], issues: [] }).ok).toBe(true)
  })
})

describe('the path checks used by these tests', () => {
  it('see a segment through a booth and not one along its edge', () => {
    const sq: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]
    expect(segmentEntersPolygon([-1, 1], [3, 1], sq)).toBe(true)
    expect(segmentEntersPolygon([-1, 0], [3, 0], sq)).toBe(false)
    expect(segmentEntersPolygon([-1, -1], [3, 3], sq)).toBe(true)
    expect(segmentEntersPolygon([0, 0], [0, 2], sq)).toBe(false)
    expect(segmentLeavesPolygon([1, 1], [3, 1], sq)).toBe(true)
    expect(segmentLeavesPolygon([0, 0], [2, 2], sq)).toBe(false)
  })
})
