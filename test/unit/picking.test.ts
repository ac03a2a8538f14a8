import { describe, expect, it } from 'vitest'
import { rect } from '../../src/domain/geometry/polygon.ts'
import { parseVolumeName, withModelVolumes } from '../../src/domain/picking/modelVolumes.ts'
import { lazyPickIndex } from '../../src/domain/picking/lazyPickIndex.ts'
import { buildPickIndex, type PickBooth } from '../../src/domain/picking/pickIndex.ts'
import { rayAabb, type Ray } from '../../src/domain/picking/ray.ts'

const hall = rect(-50, -50, 100, 100)
const zone = { id: 'z', footprint: rect(-40, -40, 80, 80), height: 4 }

function grid(n: number): PickBooth[] {
  const out: PickBooth[] = []
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.push({ id: `b-${i}-${j}`, footprint: rect(-30 + i * 4, -30 + j * 4, 3, 3), height: 2.5 })
  return out
}

const down = (x: number, z: number): Ray => ({ origin: [x, 100, z], dir: [0, -1, 0] })

describe('pick index', () => {
  const booths = grid(15)
  const index = buildPickIndex(booths, [zone], hall)

  it('hits the booth under a vertical ray, the zone between booths, the floor outside zones', () => {
    expect(index.pick(down(-28.5, -28.5))).toMatchObject({ kind: 'booth', id: 'b-0-0' })
    expect(index.pick(down(-26.5, -28.5))).toMatchObject({ kind: 'zone', id: 'z' })
    expect(index.pick(down(45, 45))).toMatchObject({ kind: 'floor' })
    expect(index.pick(down(80, 80))).toBeNull()
  })

  it('agrees with a brute-force raycast over every booth for 2,000 random oblique rays', () => {
    let seed = 42
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32)
    let hits = 0
    for (let k = 0; k < 2000; k++) {
      const origin: [number, number, number] = [rnd() * 160 - 80, 10 + rnd() * 80, rnd() * 160 - 80]
      const target = [rnd() * 80 - 40, 0, rnd() * 80 - 40]
      const d = [target[0]! - origin[0], target[1]! - origin[1], target[2]! - origin[2]]
      const len = Math.hypot(d[0]!, d[1]!, d[2]!)
      const ray: Ray = { origin, dir: [d[0]! / len, d[1]! / len, d[2]! / len] }
      let best: { id: string; t: number } | null = null
      for (const b of booths) {
        const [x0, z0] = b.footprint[0]!
        const [x1, z1] = b.footprint[2]!
        const t = rayAabb(ray, { minX: x0, minY: 0, minZ: z0, maxX: x1, maxY: b.height, maxZ: z1 })
        if (t !== null && (!best || t < best.t)) best = { id: b.id, t }
      }
      const got = index.pickBooth(ray)
      expect(got?.id ?? null).toBe(best?.id ?? null)
      if (best) hits++
    }
    // The sample really exercises booth hits, not only misses.
    expect(hits).toBeGreaterThan(200)
  })
})

describe('venue-supplied model volumes', () => {
  it('reads zone:<id> and booth:<id> node names, nothing else', () => {
    expect(parseVolumeName('zone:digital-trade')).toEqual({ kind: 'zone', id: 'digital-trade' })
    expect(parseVolumeName('booth:booth-a01')).toEqual({ kind: 'booth', id: 'booth-a01' })
    expect(parseVolumeName('walls')).toBeNull()
    expect(parseVolumeName('zone:Bad Id')).toBeNull()
    expect(parseVolumeName(undefined)).toBeNull()
  })

  it('replaces the data volume of a named booth so clicks hit the model where it really stands', () => {
    const booths: PickBooth[] = [{ id: 'booth-a01', footprint: rect(0, 0, 3, 3), height: 2.5 }]
    const { booths: merged } = withModelVolumes(booths, [zone], [{ kind: 'booth', id: 'booth-a01', min: [10, 0, 10], max: [16, 5, 14] }])
    const index = buildPickIndex(merged, [zone], hall)
    expect(index.pick(down(12, 12))).toMatchObject({ kind: 'booth', id: 'booth-a01' })
    expect(index.pick(down(1.5, 1.5))).toMatchObject({ kind: 'zone' })
  })
})

describe('lazy pick index', () => {
  it('builds nothing until the first pick or warm(), then once, with the same answers', () => {
    let builds = 0
    const booths = grid(10)
    const eager = buildPickIndex(booths, [zone], hall)
    const lazy = lazyPickIndex(() => {
      builds++
      return buildPickIndex(booths, [zone], hall)
    }, eager.cellSize)
    expect(builds).toBe(0)
    expect(lazy.built).toBe(false)
    expect(lazy.cellSize).toBe(eager.cellSize)
    for (const [x, z] of [[-28.5, -28.5], [-26.5, -28.5], [45, 45], [80, 80]] as const) expect(lazy.pick(down(x, z))).toEqual(eager.pick(down(x, z)))
    expect(lazy.pickBooth(down(-28.5, -28.5))).toEqual(eager.pickBooth(down(-28.5, -28.5)))
    lazy.warm()
    expect(builds).toBe(1)
    expect(lazy.built).toBe(true)
  })

  it('warm() builds ahead of the first pick', () => {
    let builds = 0
    const lazy = lazyPickIndex(() => {
      builds++
      return buildPickIndex(grid(3), [zone], hall)
    }, 8)
    lazy.warm()
    expect(builds).toBe(1)
    lazy.pick(down(0, 0))
    expect(builds).toBe(1)
  })
})
