import { describe, expect, it } from 'vitest'
import { containsPoint, polygonInside, polygonsOverlap, rect } from '../../src/domain/geometry/polygon.ts'
import type { Point2, Polygon } from '../../src/domain/geometry/types.ts'
import { overlappingPairs } from '../../src/domain/scene/crossCheck.ts'

/** The same shape written from another starting vertex and in the other direction. */
function variants(p: Polygon): Polygon[] {
  const shifted = [...p.slice(1), p[0]!]
  return [p, shifted, [...p].reverse(), [...shifted].reverse()]
}

/** Both argument orders and all vertex orders give the same answer. */
function overlapAllWays(a: Polygon, b: Polygon): boolean[] {
  const out: boolean[] = []
  for (const va of variants(a)) for (const vb of variants(b)) out.push(polygonsOverlap(va, vb), polygonsOverlap(vb, va))
  return [...new Set(out)]
}

// An L: a 4 × 4 square missing its 2 × 2 top-right quarter (the notch, x 2…4, z 2…4).
const L: Polygon = [
  [0, 0],
  [4, 0],
  [4, 2],
  [2, 2],
  [2, 4],
  [0, 4],
]

describe('containsPoint', () => {
  const sq = rect(0, 0, 10, 10)

  it('inside and outside a square, in both vertex orders', () => {
    for (const p of variants(sq)) {
      expect(containsPoint(p, [5, 5])).toBe(true)
      expect(containsPoint(p, [0.01, 9.99])).toBe(true)
      expect(containsPoint(p, [-0.01, 5])).toBe(false)
      expect(containsPoint(p, [5, 10.01])).toBe(false)
      expect(containsPoint(p, [20, 20])).toBe(false)
    }
  })

  it('points on an edge or a corner count as inside, on every side', () => {
    for (const pt of [[0, 5], [10, 5], [5, 0], [5, 10], [0, 0], [10, 10], [10, 0], [0, 10]] as Point2[]) {
      expect(containsPoint(sq, pt)).toBe(true)
    }
  })

  it('the notch of a concave polygon is outside', () => {
    expect(containsPoint(L, [3, 3])).toBe(false)
    expect(containsPoint(L, [1, 3])).toBe(true)
    expect(containsPoint(L, [3, 1])).toBe(true)
    expect(containsPoint(L, [2, 3])).toBe(true) // on the notch wall
    expect(containsPoint(L, [2.01, 2.01])).toBe(false)
  })

  it('a triangle', () => {
    const tri: Polygon = [
      [0, 0],
      [4, 0],
      [0, 4],
    ]
    expect(containsPoint(tri, [1, 1])).toBe(true)
    expect(containsPoint(tri, [2, 2])).toBe(true) // on the hypotenuse
    expect(containsPoint(tri, [2.1, 2.1])).toBe(false)
  })
})

describe('polygonInside', () => {
  const outer = rect(0, 0, 10, 10)

  it('a rectangle well inside, one touching the boundary, and the outer itself', () => {
    expect(polygonInside(rect(2, 2, 3, 3), outer)).toBe(true)
    expect(polygonInside(rect(0, 0, 3, 3), outer)).toBe(true)
    expect(polygonInside(rect(7, 0, 3, 10), outer)).toBe(true)
    expect(polygonInside(outer, outer)).toBe(true)
    expect(polygonInside([...outer].reverse(), outer)).toBe(true)
  })

  it('a rectangle reaching outside, or wholly outside, or containing the outer', () => {
    expect(polygonInside(rect(8, 8, 3, 1), outer)).toBe(false)
    expect(polygonInside(rect(20, 20, 1, 1), outer)).toBe(false)
    expect(polygonInside(rect(-1, -1, 12, 12), outer)).toBe(false)
  })

  it('concave outer: pieces in each arm are inside, anything in the notch is not', () => {
    expect(polygonInside(rect(0, 0, 4, 2), L)).toBe(true)
    expect(polygonInside(rect(0, 0, 2, 4), L)).toBe(true)
    expect(polygonInside(rect(0.5, 0.5, 1, 1), L)).toBe(true)
    expect(polygonInside(rect(2.5, 2.5, 1, 1), L)).toBe(false) // wholly in the notch
    expect(polygonInside(rect(1, 1, 2, 2), L)).toBe(false) // corner pokes into the notch
    expect(polygonInside(rect(0, 0, 4, 4), L)).toBe(false) // the bounding box: every vertex on the L
  })

  it('concave outer: a triangle whose long edge runs through the reflex corner is inside', () => {
    const tri: Polygon = [
      [0, 0],
      [4, 0],
      [0, 4],
    ]
    expect(polygonInside(tri, L)).toBe(true)
  })

  it('concave outer with two notches: an edge that leaves through corners only is still caught', () => {
    // A 5 × 2 block with two V-notches cut down from its top edge. The block's own top edge
    // touches the outer only at corners, and its midpoint (2.5, 2) lies on the outer edge
    // between the notches.
    const comb: Polygon = [
      [0, 0],
      [5, 0],
      [5, 2],
      [4, 2],
      [3.5, 1.5],
      [3, 2],
      [2, 2],
      [1.5, 1.5],
      [1, 2],
      [0, 2],
    ]
    expect(polygonInside(rect(0, 0, 5, 2), comb)).toBe(false)
    expect(polygonInside(rect(0, 0, 5, 1.5), comb)).toBe(true)
  })
})

describe('polygonsOverlap', () => {
  it('identical polygons overlap, however their points are ordered', () => {
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(0, 0, 3, 3))).toEqual([true])
    expect(overlapAllWays(L, L)).toEqual([true])
  })

  it('one contained in the other overlaps (also when they share an edge)', () => {
    expect(overlapAllWays(rect(0, 0, 10, 10), rect(4, 4, 2, 2))).toEqual([true])
    expect(overlapAllWays(rect(0, 0, 10, 10), rect(0, 4, 2, 2))).toEqual([true])
    expect(overlapAllWays(rect(0, 0, 10, 10), rect(0, 0, 10, 2))).toEqual([true])
  })

  it('crossing shapes overlap, even when no vertex lies inside the other (a plus sign)', () => {
    expect(overlapAllWays(rect(0, 2, 6, 2), rect(2, 0, 2, 6))).toEqual([true])
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(2, 2, 3, 3))).toEqual([true])
  })

  it('half-shifted along a shared line overlaps', () => {
    expect(overlapAllWays(rect(0, 0, 2, 1), rect(1, 0, 2, 1))).toEqual([true])
  })

  it('edge-sharing neighbours do not overlap: same size, different sizes, partial edges', () => {
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(3, 0, 3, 3))).toEqual([false])
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(0, 3, 3, 3))).toEqual([false])
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(3, -1, 2, 5))).toEqual([false])
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(3, 1, 2, 1))).toEqual([false])
    expect(overlapAllWays(rect(0.1, 0.2, 0.3, 0.3), rect(0.4, 0.2, 0.3, 0.3))).toEqual([false])
  })

  it('corner-touching neighbours do not overlap', () => {
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(3, 3, 3, 3))).toEqual([false])
    expect(overlapAllWays(rect(0, 0, 3, 3), rect(-3, 3, 3, 3))).toEqual([false])
  })

  it('a square in the notch of an L touches it on two sides but does not overlap', () => {
    expect(overlapAllWays(L, rect(2, 2, 2, 2))).toEqual([false])
    expect(overlapAllWays(L, rect(2, 2, 1, 1))).toEqual([false])
    expect(overlapAllWays(L, rect(3, 3, 1, 1))).toEqual([false]) // bounding boxes overlap, shapes do not touch
    expect(overlapAllWays(L, rect(1.9, 2, 2, 2))).toEqual([true])
  })

  it('a shape around the notch of a U, over the centroid of the U, does not overlap it', () => {
    const U: Polygon = [
      [0, 0],
      [6, 0],
      [6, 6],
      [4, 6],
      [4, 2],
      [2, 2],
      [2, 6],
      [0, 6],
    ]
    expect(overlapAllWays(U, rect(2, 2, 2, 4))).toEqual([false])
    expect(overlapAllWays(U, rect(2, 1.5, 2, 4))).toEqual([true])
  })

  it('disjoint shapes do not overlap', () => {
    expect(overlapAllWays(rect(0, 0, 1, 1), rect(5, 5, 1, 1))).toEqual([false])
    const tri: Polygon = [
      [0, 0],
      [4, 0],
      [0, 4],
    ]
    expect(overlapAllWays(tri, rect(2.5, 2.5, 2, 2))).toEqual([false])
    expect(overlapAllWays(tri, rect(2, 2, 2, 2))).toEqual([false]) // touching at one point of the hypotenuse
    expect(overlapAllWays(tri, rect(1.5, 1.5, 2, 2))).toEqual([true])
  })
})

describe('overlappingPairs', () => {
  it('on a 100 × 100 grid of wall-to-wall booths (10,000 rects) finds exactly the planted overlaps', () => {
    const W = 3
    const N = 100
    const at = (row: number, col: number): number => row * N + col
    const polys: Polygon[] = []
    for (let row = 0; row < N; row++) for (let col = 0; col < N; col++) polys.push(rect(col * W, row * W, W, W))

    // Planted overlaps:
    polys[at(10, 10)] = rect(10 * W, 10 * W, W + 0.5, W) // 1. widened into its right-hand neighbour
    polys[at(50, 0)] = rect(0, 50 * W, W, W + 0.01) // 2. 1 cm too deep: into the booth behind
    polys.push(rect(70 * W + 1, 20 * W + 1, 1, 1)) // 3. a small booth inside one cell
    polys.push(rect(40 * W + 1, 40 * W + 1, W, W)) // 4. straddling a corner of four cells
    polys.push(rect(99 * W, 99 * W, W, W)) // 5. a duplicate of the last cell
    polys.push(rect(30 * W, 30 * W, 12 * W, W / 2)) // 6. a long booth across twelve cells of one row
    // Near misses that must not be reported:
    polys.push(rect(N * W, 0, W, W)) // wall to wall with the grid's right edge
    polys.push(rect(N * W, N * W, W, W)) // touching only the grid's far corner
    polys.push(rect(-W, -W, W, W)) // touching only the grid's origin corner

    const [small, corner, duplicate, long] = [N * N, N * N + 1, N * N + 2, N * N + 3]
    const expected: [number, number][] = [
      [at(10, 10), at(10, 11)],
      [at(50, 0), at(51, 0)],
      [at(20, 70), small],
      [at(40, 40), corner],
      [at(40, 41), corner],
      [at(41, 40), corner],
      [at(41, 41), corner],
      [at(99, 99), duplicate],
      ...Array.from({ length: 12 }, (_, k): [number, number] => [at(30, 30 + k), long]),
    ]
    const sortPairs = (ps: [number, number][]): string[] => ps.map(([i, j]) => `${Math.min(i, j)}-${Math.max(i, j)}`).sort()

    const found = overlappingPairs(polys)
    expect(found.every(([i, j]) => i < j)).toBe(true)
    expect(sortPairs(found)).toEqual(sortPairs(expected))
  })

  it('finds overlaps between a large polygon and the small ones it covers', () => {
    const polys: Polygon[] = [rect(0, 0, 100, 100), rect(200, 0, 5, 5), rect(50, 50, 5, 5), rect(100, 0, 5, 5)]
    expect(overlappingPairs(polys)).toEqual([[0, 2]])
  })

  it('reports each overlapping pair once', () => {
    const polys: Polygon[] = [rect(0, 0, 30, 30), rect(0, 0, 30, 30), rect(10, 10, 30, 30)]
    expect(overlappingPairs(polys).map(([i, j]) => `${i}-${j}`).sort()).toEqual(['0-1', '0-2', '1-2'])
  })
})
