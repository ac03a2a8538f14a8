/** Where a booth's fascia hangs: the edge that opens to the aisle, derived or given. */
import { describe, expect, it } from 'vitest'
import { boothFronts, type FrontInput } from '../../src/domain/fascia/boothFront.ts'

const rect = (id: string, x0: number, z0: number, w: number, d: number, front?: FrontInput['front']): FrontInput => ({
  id,
  footprint: [
    [x0, z0],
    [x0 + w, z0],
    [x0 + w, z0 + d],
    [x0, z0 + d],
  ],
  ...(front ? { front } : {}),
})

describe('booth fronts', () => {
  it('an island of 2 × 3 booths: each row faces its own aisle, never the booth behind it', () => {
    // Row z 0..3 faces north, row z 3..6 faces south; the middle booths have only those open.
    const booths = [0, 1, 2].flatMap((i) => [rect(`n${i}`, i * 3, 0, 3, 3), rect(`s${i}`, i * 3, 3, 3, 3)])
    const fronts = boothFronts(booths)
    expect(fronts.get('n1')!.side).toBe('north')
    expect(fronts.get('s1')!.side).toBe('south')
    expect(fronts.get('n1')!.mid).toEqual([4.5, 0])
    expect(fronts.get('n1')!.length).toBe(3)
  })

  it('a long booth opens on its long side', () => {
    const booths = [rect('long', 0, 0, 9, 3), rect('behind', 0, 3, 9, 3)]
    expect(boothFronts(booths).get('long')!.side).toBe('north')
    expect(boothFronts(booths).get('long')!.length).toBe(9)
  })

  it('an end booth with two open sides takes the longer', () => {
    // 3 wide × 6 deep at the east end of a row: its east side (6 m) is longer than its north (3 m).
    const booths = [rect('a', 0, 0, 3, 6), rect('end', 3, 0, 3, 6), rect('back', 0, 6, 6, 3)]
    expect(boothFronts(booths).get('end')!.side).toBe('east')
  })

  it('takes the data’s own front when given', () => {
    const booths = [rect('given', 0, 0, 9, 3, 'south'), rect('other', 20, 0, 3, 3)]
    expect(boothFronts(booths).get('given')!.side).toBe('south')
  })
})
