import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { containsPoint } from '../../src/domain/geometry/polygon.ts'
import type { Point2 } from '../../src/domain/geometry/types.ts'
import { networkFor, rectAt, locate } from '../../src/domain/routing/network.ts'
import { mainEntrance } from '../../src/domain/routing/route.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { followPath, forward, moveWithCollision, whereAmI } from '../../src/domain/walk/walker.ts'

const read = (f: string): unknown => JSON.parse(readFileSync(`scenes/wdec-2023/${f}`, 'utf8'))
const parsed = parseScene({ 'venue.json': read('venue.json'), 'exhibitors.json': read('exhibitors.json'), 'sessions.json': read('sessions.json') })
if (!parsed.ok) throw new Error('default scene invalid')
const index = buildSceneIndex(parsed.scene)
const net = networkFor(index)
const isFree = (p: Point2): boolean => rectAt(net, p, false) >= 0
const inAnyBooth = (p: Point2): boolean => index.scene.venue.booths.some((b) => containsPoint(b.footprint, p))
const hall = index.scene.venue.hall.footprint
const start = locate(net, mainEntrance(index)!.position, false, 12)!.point

describe('walk mode steps', () => {
  it('north up the main aisle from the main entrance, never into a booth or out of the hall', () => {
    let p = start
    const seen: Point2[] = []
    for (let i = 0; i < 1500; i++) {
      p = moveWithCollision(isFree, p, [0, -0.1])
      seen.push(p)
    }
    expect(start[1] - p[1]).toBeGreaterThan(40)
    for (const q of seen) {
      expect(inAnyBooth(q)).toBe(false)
      expect(containsPoint(hall, q)).toBe(true)
    }
  })

  it('a random walk of 3,000 steps stays on walkable floor: walls and booths stop the walker', () => {
    let seed = 7
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    let p = start
    let yaw = 0
    let blocked = 0
    for (let i = 0; i < 3000; i++) {
      if (i % 40 === 0) yaw = rnd() * Math.PI * 2
      const f = forward(yaw)
      const next = moveWithCollision(isFree, p, [f[0] * 0.5, f[1] * 0.5])
      if (Math.hypot(next[0] - p[0] - f[0] * 0.5, next[1] - p[1] - f[1] * 0.5) > 1e-9) blocked++
      p = next
      expect(isFree(p)).toBe(true)
      expect(inAnyBooth(p)).toBe(false)
    }
    // The walk really ran into things (and was stopped), it did not wander an empty field.
    expect(blocked).toBeGreaterThan(50)
  })

  it('walking straight at a booth stops in front of it', () => {
    const booth = index.scene.venue.booths[0]!
    const xs = booth.footprint.map((q) => q[0])
    const zs = booth.footprint.map((q) => q[1])
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2
    // Approach from whichever side is free, aiming at the booth's centre.
    const sides: [Point2, Point2][] = [
      [[cx, Math.max(...zs) + 2.5], [0, -0.1]],
      [[cx, Math.min(...zs) - 2.5], [0, 0.1]],
    ]
    const [from, step] = sides.find(([q]) => isFree(q))!
    let p = from
    for (let i = 0; i < 100; i++) p = moveWithCollision(isFree, p, step)
    expect(inAnyBooth(p)).toBe(false)
    expect(Math.hypot(p[0] - from[0], p[1] - from[1])).toBeLessThan(2.5)
  })

  it('follows a path at walking speed and faces the way it goes', () => {
    const r = followPath([0, 0], [[0, -10], [10, -10]], 12)
    expect(r.pos[0]).toBeCloseTo(2)
    expect(r.pos[1]).toBeCloseTo(-10)
    expect(r.path).toEqual([[10, -10]])
    // Heading east: 90° clockwise from north.
    expect(r.yaw).toBeCloseTo(Math.PI / 2)
  })

  it('says where the walker is: the zone around them or the nearest landmark', () => {
    const zone = index.scene.venue.zones.find((z) => z.id === 'digital-trade')!
    const inside = zone.footprint[0]!
    expect(whereAmI(index, [inside[0] + 1, inside[1] + 1])).toEqual({ kind: 'zone', id: 'digital-trade' })
    expect(whereAmI(index, start)?.kind).toBeDefined()
  })
})
