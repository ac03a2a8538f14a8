import { describe, expect, it } from 'vitest'
import { snapPoint } from '../../src/domain/editing/snapping.ts'
import { arrange } from '../../src/domain/editing/arrange.ts'

const square: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
]

describe('editor snapping', () => {
  it('snaps to the grid when nothing is near', () => {
    expect(snapPoint([3.26, 7.74], { grid: 0.5, tolerance: 0.3 })).toEqual({ point: [3.5, 7.5], kind: 'grid' })
  })
  it('a nearby corner beats an edge and the grid', () => {
    expect(snapPoint([10.2, 9.9], { grid: 1, tolerance: 0.5, outlines: [square] })).toEqual({ point: [10, 10], kind: 'vertex' })
  })
  it('snaps onto an edge', () => {
    expect(snapPoint([4.3, 0.2], { grid: 1, tolerance: 0.5, outlines: [square] })).toEqual({ point: [4.3, 0], kind: 'edge' })
  })
  it('keeps right angles to the previous segment, in grid lengths', () => {
    const r = snapPoint([20.3, 5.2], { grid: 1, tolerance: 0.6, previous: [20, 0], beforePrevious: [0, 0] })
    expect(r).toEqual({ point: [20, 5], kind: 'angle' })
    const slanted = snapPoint([5, 4], { grid: 0, tolerance: 0.5, previous: [0, 0], beforePrevious: [-10, 0] })
    expect(slanted.kind).toBe('none')
  })
  it('aligns and distributes by bounding boxes', () => {
    const b = (id: string, x: number, w: number) => ({ id, zoneId: 'z', label: id, footprint: [[x, 0], [x + w, 0], [x + w, 2], [x, 2]] as [number, number][] })
    const left = arrange([b('a', 0, 2), b('b', 5, 2), b('c', 7, 3)], { align: 'left' })
    expect(Object.fromEntries(left)).toEqual({ b: [-5, 0], c: [-7, 0] })
    const dist = arrange([b('a', 0, 2), b('b', 3, 2), b('c', 10, 2)], { distribute: 'x' })
    expect(Object.fromEntries(dist)).toEqual({ b: [2, 0] })
  })
})
