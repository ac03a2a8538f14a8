import { describe, expect, it } from 'vitest'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex, type SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { toRaw, type SmallScene } from '../fixtures/smallScene.ts'

function indexOf(s: SmallScene = levelsScene()): SceneIndex {
  const r = parseScene(toRaw(s))
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return buildSceneIndex(r.scene)
}

const connectorSteps = (r: NonNullable<ReturnType<typeof route>>) => r.steps.filter((s) => s.kind === 'connector')

describe('routes across levels', () => {
  const index = indexOf()

  it('from a level-1 kiosk to a level-2 booth: walk, take the up escalator, walk on level 2', () => {
    const r = route(index, 'kiosk-centre', 'booth-u01')!
    expect(r).not.toBeNull()
    expect(r.legs.map((l) => l.levelId)).toEqual(['level-1', 'level-2'])
    const [step] = connectorSteps(r)
    expect(step!.connector).toEqual({ id: 'escalator-up', kind: 'escalator', toLevelId: 'level-2', up: true })
    expect(step!.landmarkId).toBe('escalator-up')
    expect(step!.levelId).toBe('level-1')
    // The first leg ends at the escalator, the second starts at its top.
    expect(r.legs[0]!.points.at(-1)![0]).toBeCloseTo(36, 0)
    expect(r.legs[1]!.points[0]![0]).toBeCloseTo(36, 0)
    expect(r.steps.at(-1)!.kind).toBe('arrive')
    expect(r.steps.at(-1)!.levelId).toBe('level-2')
    expect(r.steps.filter((s) => s.kind === 'arrive')).toHaveLength(1)
  })

  it('says it in both languages, naming the connector and the level', () => {
    const r = route(index, 'kiosk-centre', 'booth-u01')!
    const [step] = connectorSteps(r)
    expect(step!.text.en).toBe('At the Escalator up, take the escalator up to Level 2.')
    expect(step!.text.zh).toBe('到上行扶梯，乘自动扶梯上至 2 层。')
    const after = r.steps[r.steps.indexOf(step!) + 1]!
    expect(after.text.en).toMatch(/^On Level 2, head (north|south|east|west|north-east|north-west|south-east|south-west)\.$/)
    expect(after.text.zh).toMatch(/^到达 2 层后，向.{1,2}走。$/)
  })

  it('coming down never rides the up escalator', () => {
    const r = route(index, 'booth-u01', 'kiosk-centre')!
    const [step] = connectorSteps(r)
    expect(step!.connector!.id).not.toBe('escalator-up')
    expect(step!.connector!.up).toBe(false)
    expect(step!.text.en).toMatch(/take the (escalator|stairs) down to Level 1\.$/)
  })

  it('avoiding steps takes the lift, and its wait counts in the minutes', () => {
    const r = route(index, 'kiosk-centre', 'booth-u01', { accessible: true })!
    expect(connectorSteps(r).map((s) => s.connector!.id)).toEqual(['lift-east'])
    expect(connectorSteps(r)[0]!.text.en).toBe('At the East lift, take the lift up to Level 2.')
    expect(connectorSteps(r)[0]!.text.zh).toBe('到东侧电梯，乘电梯上至 2 层。')
    expect(r.accessible).toBe(true)
    // 30 s wait + 15 s ride on top of the walk.
    expect(r.minutes).toBeGreaterThanOrEqual(1)
  })

  it('a ramp is step-free too, and Chinese says one goes along it', () => {
    const s = levelsScene()
    s.venue.connectors = s.venue.connectors!.filter((c) => c.kind !== 'lift')
    s.venue.connectors.push({ id: 'ramp-east', kind: 'ramp', name: { en: 'East ramp', zh: '东侧坡道' }, stops: [{ levelId: 'level-1', position: [56, 22.5] }, { levelId: 'level-2', position: [56, 22.5] }], seconds: 60 })
    const idx = indexOf(s)
    expect(connectorSteps(route(idx, 'kiosk-centre', 'booth-u01', { accessible: true })!)[0]!.text.zh).toBe('到东侧坡道，沿坡道上至 2 层。')
  })

  it('a route on one level stays one leg, with every step on that level', () => {
    const r = route(index, 'kiosk-centre', 'booth-b01')!
    expect(r.legs).toHaveLength(1)
    expect(r.legs[0]!.levelId).toBe('level-1')
    expect(r.steps.every((s) => s.levelId === 'level-1')).toBe(true)
    expect(connectorSteps(r)).toEqual([])
  })
})
