import { describe, expect, it } from 'vitest'
import { toggleStar } from '../../src/domain/visit/stars.ts'
import { asideKey, parsePlan, planBoothIds, serializePlan, storageKey, VISIT_PLAN_VERSION } from '../../src/domain/visit/visitPlan.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const scene = loadDefaultScene()
const SCENE = scene.scene.venue.id
const [e1, e2] = scene.scene.exhibitors
const boothSession = scene.scene.sessions.find((s) => scene.boothById.has(s.locationId))!

describe('visit plan storage format', () => {
  it('round-trips through its stored form', () => {
    let plan = toggleStar({ exhibitors: [], sessions: [] }, 'exhibitor', e1!.id)
    plan = toggleStar(plan, 'session', boothSession.id)
    const text = serializePlan(SCENE, plan)
    expect(JSON.parse(text)).toMatchObject({ version: VISIT_PLAN_VERSION, sceneId: SCENE })
    expect(parsePlan(text, SCENE, scene)).toEqual({ plan, warnings: [] })
  })

  it('treats nothing stored as an empty plan without warnings', () => {
    expect(parsePlan(null, SCENE, scene)).toEqual({ plan: { exhibitors: [], sessions: [] }, warnings: [] })
  })

  it.each([
    ['corrupt JSON', '{"version":1,"sceneId":'],
    ['not an object', '"hello"'],
    ['a newer version', JSON.stringify({ version: 99, sceneId: SCENE, exhibitors: [], sessions: [] })],
    ['an older, unknown version', JSON.stringify({ version: 0, sceneId: SCENE, exhibitors: [e1!.id], sessions: [] })],
    ['another scene', JSON.stringify({ version: 1, sceneId: 'other-expo', exhibitors: [e1!.id], sessions: [] })],
    ['no version at all', JSON.stringify({ exhibitors: [e1!.id] })],
  ])('is tolerant of %s: empty plan and a warning', (_, text) => {
    const r = parsePlan(text, SCENE, scene)
    expect(r.plan).toEqual({ exhibitors: [], sessions: [] })
    expect(r.warnings).toHaveLength(1)
  })

  it('marks a plan saved by a newer version to be kept aside under its own key', () => {
    const r = parsePlan(JSON.stringify({ version: 7, sceneId: SCENE, whatever: true }), SCENE, scene)
    expect(r.newerVersion).toBe(7)
    expect(r.warnings[0]).toMatch(/newer version \(7\); it is kept aside, not overwritten/)
    expect(asideKey(SCENE, 7)).toBe(`${storageKey(SCENE)}:saved-by-v7`)
    expect(parsePlan(JSON.stringify({ version: 0, sceneId: SCENE }), SCENE, scene).newerVersion).toBeUndefined()
  })

  it('drops unknown ids, non-strings and duplicates, keeps the rest', () => {
    const text = JSON.stringify({ version: 1, sceneId: SCENE, exhibitors: [e1!.id, 'gone-exhibitor', 42, e1!.id, e2!.id], sessions: ['gone-session', boothSession.id] })
    const r = parsePlan(text, SCENE, scene)
    expect(r.plan).toEqual({ exhibitors: [e1!.id, e2!.id], sessions: [boothSession.id] })
    expect(r.warnings.join(' ')).toMatch(/2 saved exhibitor/)
    expect(r.warnings.join(' ')).toMatch(/1 saved session/)
  })

  it('keeps good lists when another is malformed', () => {
    const text = JSON.stringify({ version: 1, sceneId: SCENE, exhibitors: [e1!.id], sessions: 'nope' })
    expect(parsePlan(text, SCENE, scene).plan).toEqual({ exhibitors: [e1!.id], sessions: [] })
  })

  it('toggles stars and lights the starred booths', () => {
    let plan = toggleStar({ exhibitors: [], sessions: [] }, 'exhibitor', e1!.id)
    plan = toggleStar(plan, 'session', boothSession.id)
    expect(new Set(planBoothIds(scene, plan))).toEqual(new Set([...e1!.boothIds, boothSession.locationId]))
    plan = toggleStar(plan, 'exhibitor', e1!.id)
    expect(plan.exhibitors).toEqual([])
  })
})
