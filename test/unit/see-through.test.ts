import { describe, expect, it } from 'vitest'
import { chooseOccluders, isOccluderNode, subjectPoints } from '../../src/domain/camera/seeThrough.ts'

describe('what hides the subject', () => {
  it('aims at the top centre and at the corners of a booth, a little inside them', () => {
    const pts = subjectPoints(
      [
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ],
      2.5,
      'booth',
    )
    expect(pts[0]).toEqual([2, 2.5, 1.5])
    expect(pts).toHaveLength(9)
    for (const [x, y, z] of pts) {
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(4)
      expect(z).toBeGreaterThan(0)
      expect(z).toBeLessThan(3)
      expect([1.25, 2.5]).toContain(y)
    }
  })

  it('fades what a ray crosses before it reaches the subject, never what lies behind or touches it', () => {
    const chosen = chooseOccluders([
      { reach: 30, hits: [{ key: 'columns', distance: 12 }, { key: 'walls', distance: 45 }] },
      { reach: 30, hits: [{ key: 'banner:3', distance: 29.9 }] },
      { reach: 28, hits: [] },
    ])
    expect([...chosen]).toEqual(['columns'])
  })

  it('one blocked ray of several is enough: a column over one corner still hides part of the booth', () => {
    expect(chooseOccluders([{ reach: 20, hits: [] }, { reach: 20, hits: [{ key: 'sign-frames', distance: 8 }] }]).has('sign-frames')).toBe(true)
  })

  it('counts walls, columns, stages and sign frames as scenery in the way; not the floor or its markings', () => {
    for (const n of ['walls', 'columns', 'stage:main-stage', 'stagemain-stage', 'stage-geometry', 'sign-frames']) expect(isOccluderNode(n), n).toBe(true)
    for (const n of ['floor', 'aisle-markings', 'hall', 'roof']) expect(isOccluderNode(n), n).toBe(false)
  })
})
