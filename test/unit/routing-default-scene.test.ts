/**
 * Wayfinding on the shipped hall (scenes/wdec-2023): everything reachable from the main
 * entrance, and routes between random places that never cut through a booth or leave the hall.
 */
import { describe, expect, it } from 'vitest'
import type { Point2 } from '../../src/domain/geometry/types.ts'
import { routeText } from '../../src/domain/i18n/messages/routeSteps.ts'
import { unreachable } from '../../src/domain/routing/reachability.ts'
import { defaultStartId, mainEntrance, route, routeBetweenPoints } from '../../src/domain/routing/route.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { segmentEntersPolygon, segmentLeavesPolygon, segmentPolygonDistance } from '../fixtures/pathChecks.ts'

const index = loadDefaultScene()
const venue = index.scene.venue

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const placeIds = [...venue.booths.map((b) => b.id), ...venue.zones.map((z) => z.id), ...venue.pois.map((p) => p.id), ...venue.kiosks.map((k) => k.id)]

describe('reachability in the default scene', () => {
  it('reaches every booth, zone, service point and kiosk from the main entrance', () => {
    expect(mainEntrance(index)?.kind).toBe('entrance')
    expect(unreachable(index)).toEqual([])
  })

  it('has a route from the main entrance to every place', () => {
    const from = mainEntrance(index)!.id
    const missing = placeIds.filter((id) => id !== from && !route(index, from, id))
    expect(missing).toEqual([])
  })
})

describe('routes in the default scene', () => {
  const random = rng(20231013)
  const pairs: [string, string][] = []
  for (let i = 0; i < 300; i++) pairs.push([placeIds[Math.floor(random() * placeIds.length)]!, placeIds[Math.floor(random() * placeIds.length)]!])
  const routes = pairs.map(([a, b]) => ({ a, b, r: route(index, a, b) }))

  it('finds a route for every random pair', () => {
    expect(routes.filter((x) => !x.r).map((x) => `${x.a} → ${x.b}`)).toEqual([])
  })

  it('never crosses a booth footprint and keeps a shoulder width from every booth', () => {
    const bad: string[] = []
    for (const { a, b, r } of routes) {
      if (!r) continue
      for (const leg of r.legs)
      for (let i = 1; i < leg.points.length; i++) {
        const p = leg.points[i - 1]!
        const q = leg.points[i]!
        for (const booth of venue.booths) {
          if (booth.levelId !== leg.levelId) continue
          const box = index.boothBox.get(booth.id)!
          // Cheap reject first: the segment's box far from the booth's box.
          if (Math.min(p[0], q[0]) > box.maxX + 1 || Math.max(p[0], q[0]) < box.minX - 1 || Math.min(p[1], q[1]) > box.maxZ + 1 || Math.max(p[1], q[1]) < box.minZ - 1) continue
          if (segmentEntersPolygon(p, q, booth.footprint)) bad.push(`${a} → ${b}: segment ${i} crosses ${booth.id}`)
          else if (segmentPolygonDistance(p, q, booth.footprint) < 0.3) bad.push(`${a} → ${b}: segment ${i} brushes ${booth.id}`)
        }
      }
    }
    expect(bad).toEqual([])
  })

  it('never leaves the hall', () => {
    const bad: string[] = []
    for (const { a, b, r } of routes) {
      if (!r) continue
      for (let i = 1; i < r.points.length; i++) if (segmentLeavesPolygon(r.points[i - 1]!, r.points[i]!, venue.hall.footprint)) bad.push(`${a} → ${b}: segment ${i}`)
    }
    expect(bad).toEqual([])
  })

  it('reports the length of the line it draws, and minutes at 1.2 m/s (at least 1) plus any ride', () => {
    for (const { r } of routes) {
      if (!r) continue
      let len = 0
      for (const { points } of r.legs) for (let i = 1; i < points.length; i++) len += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1])
      expect(r.lengthM).toBe(Math.round(len))
      if (r.legs.length === 1) expect(r.minutes).toBe(Math.max(1, Math.round(len / 1.2 / 60)))
      else expect(r.minutes).toBeGreaterThanOrEqual(Math.round(len / 1.2 / 60))
    }
  })

  it('is never much longer than the straight line where nothing stands in between', () => {
    // A path between two spots in the same open aisle is (almost) the straight line.
    const a: Point2 = [0, 40]
    const b: Point2 = [0, -20]
    const r = routeBetweenPoints(index, a, b)
    expect(r).not.toBeNull()
    expect(r!.lengthM).toBeLessThan(Math.hypot(a[0] - b[0], a[1] - b[1]) * 1.02)
  })

  it('writes every step in both languages, and turns name a landmark', () => {
    const names = new Map<string, { en: string; zh: string }>()
    for (const z of venue.zones) names.set(z.id, z.name)
    for (const p of venue.pois) names.set(p.id, p.name)
    for (const k of venue.kiosks) names.set(k.id, k.name)
    for (const b of venue.booths) names.set(b.id, { en: routeText('en', 'route.landmark.booth', { label: b.label }), zh: routeText('zh', 'route.landmark.booth', { label: b.label }) })
    let turns = 0
    let named = 0
    for (const { r } of routes) {
      if (!r) continue
      expect(r.steps.length).toBeGreaterThanOrEqual(1)
      for (const s of r.steps) {
        expect(s.text.en.trim()).not.toBe('')
        expect(s.text.zh).toMatch(/[\u4e00-\u9fff]/)
        expect(s.text.en).not.toMatch(/[\u4e00-\u9fff]|\{\w+\}/)
        expect(s.text.zh).not.toMatch(/\{\w+\}/)
        if (s.kind === 'turn') {
          turns++
          if (s.landmarkId) {
            named++
            const n = names.get(s.landmarkId)!
            expect(s.text.en).toContain(n.en)
            expect(s.text.zh).toContain(n.zh)
          }
        }
      }
      const last = r.steps[r.steps.length - 1]!
      expect(last.kind).toBe('arrive')
      expect(last.text.en).toContain(r.toName.en)
      expect(last.text.zh).toContain(r.toName.zh)
    }
    expect(turns).toBeGreaterThan(20)
    // In a hall of named pavilions nearly every turn has a landmark.
    expect(named / turns).toBeGreaterThan(0.9)
  })
})

describe('ids', () => {
  const entrance = mainEntrance(index)!.id

  it('resolves an exhibitor to its first booth and a session to its location', () => {
    const ex = index.scene.exhibitors.find((e) => e.boothIds.length > 0)!
    const viaEx = route(index, entrance, ex.id)!
    const viaBooth = route(index, entrance, ex.boothIds[0]!)!
    expect(viaEx.points).toEqual(viaBooth.points)
    expect(viaEx.toName.en).toContain(ex.name.en)
    const session = index.scene.sessions[0]!
    const viaSession = route(index, entrance, session.id)!
    expect(viaSession.points).toEqual(route(index, entrance, session.locationId)!.points)
  })

  it('returns null for unknown ids', () => {
    expect(route(index, entrance, 'no-such-place')).toBeNull()
    expect(route(index, 'no-such-place', entrance)).toBeNull()
  })

  it('starts at this kiosk in kiosk mode, else at the main entrance', () => {
    const kiosk = venue.kiosks[0]!.id
    expect(defaultStartId(index, kiosk)).toBe(kiosk)
    expect(defaultStartId(index, null)).toBe(entrance)
    expect(defaultStartId(index, 'not-a-kiosk')).toBe(entrance)
  })
})
