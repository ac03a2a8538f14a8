/**
 * The far level of detail of a large venue: booths painted into one texture. Where each booth
 * lands, in which colour, what the aisles are, and the smaller versions seen from further away.
 */
import { describe, expect, it } from 'vitest'
import { carpetLayout, carpetMipmaps, paintCarpet, TARGET_TEXELS_PER_BOOTH, type CarpetBooth } from '../../src/scene/boothCarpet.ts'

const texel = (data: Uint8Array, width: number, x: number, z: number): number[] => [...data.subarray((z * width + x) * 4, (z * width + x) * 4 + 4)]

describe('carpet layout', () => {
  it('gives a typical booth two texels, within the size limit', () => {
    // The generated 70,000-booth fair: 1,419 × 1,446 m of 3 m booths.
    const l = carpetLayout({ minX: -709.5, maxX: 709.5, minZ: -736.5, maxZ: 709.5 }, 3, 2048)
    expect(TARGET_TEXELS_PER_BOOTH).toBe(2)
    expect(l.texelsPerBooth).toBeCloseTo(2)
    expect([l.width, l.height]).toEqual([946, 964])
  })

  it('never exceeds the largest texture allowed, at the cost of texels per booth', () => {
    const l = carpetLayout({ minX: 0, maxX: 12_000, minZ: 0, maxZ: 3_000 }, 3, 2048)
    expect(l.width).toBe(2048)
    expect(l.height).toBe(512)
    expect(l.texelsPerBooth).toBeCloseTo((3 * 2048) / 12_000)
  })
})

describe('painting the carpet', () => {
  // 20 × 10 m at one texel per metre (booths 2 m wide).
  const layout = carpetLayout({ minX: 100, maxX: 120, minZ: 50, maxZ: 60 }, 2, 2048)
  const booths: CarpetBooth[] = [
    // In the corner at the smallest x and z: row 0, column 0.
    { minX: 100, maxX: 102, minZ: 50, maxZ: 52, r: 200, g: 10, b: 20 },
    { minX: 110, maxX: 112, minZ: 56, maxZ: 58, r: 30, g: 180, b: 40 },
    { minX: 104, maxX: 106, minZ: 50, maxZ: 52, r: 5, g: 5, b: 250, hidden: true },
  ]
  const boothAt = (i: number, out: CarpetBooth): CarpetBooth => Object.assign(out, { hidden: false }, booths[i])
  const data = paintCarpet(layout, booths.length, boothAt)

  it('puts each booth where it stands, in its colour, opaque', () => {
    expect(layout.texelsPerMetre).toBe(1)
    expect([layout.width, layout.height]).toEqual([20, 10])
    expect(texel(data, 20, 0, 0)).toEqual([200, 10, 20, 255])
    expect(texel(data, 1, 0, 0)).toEqual([200, 10, 20, 255])
    expect(texel(data, 20, 1, 1)).toEqual([200, 10, 20, 255])
    expect(texel(data, 20, 10, 6)).toEqual([30, 180, 40, 255])
    expect(texel(data, 20, 11, 7)).toEqual([30, 180, 40, 255])
  })

  it('leaves aisles transparent, with the booth colour one texel around each booth so edges never darken', () => {
    // Next to the second booth: its colour, alpha 0.
    expect(texel(data, 20, 12, 7)).toEqual([30, 180, 40, 0])
    expect(texel(data, 20, 9, 6)).toEqual([30, 180, 40, 0])
    // Far from every booth: nothing.
    expect(texel(data, 20, 17, 2)).toEqual([0, 0, 0, 0])
  })

  it('skips booths the venue model draws itself', () => {
    expect(texel(data, 20, 4, 0)[3]).toBe(0)
    expect(texel(data, 20, 5, 1)).toEqual([0, 0, 0, 0])
  })

  it('gives a booth that covers no texel centre the texel under its middle', () => {
    const tiny = paintCarpet(layout, 1, (_, out) => Object.assign(out, { minX: 107.6, maxX: 107.9, minZ: 53.6, maxZ: 53.9, r: 1, g: 2, b: 3, hidden: false }))
    expect(texel(tiny, 20, 7, 3)).toEqual([1, 2, 3, 255])
  })

  it('repaints into the same buffer, clearing what was there', () => {
    const again = paintCarpet(layout, 1, (_, out) => Object.assign(out, booths[1], { hidden: false }), data)
    expect(again).toBe(data)
    expect(texel(again, 20, 0, 0)).toEqual([0, 0, 0, 0])
    expect(texel(again, 20, 10, 6)).toEqual([30, 180, 40, 255])
  })
})

describe('carpet mipmaps', () => {
  it('halves down to one texel, keeping a booth its own colour and its place next to an empty aisle', () => {
    // 5 × 3 texels: a red booth texel at (0,0), its fringe at (1,0), empty elsewhere.
    const base = { width: 5, height: 3, data: new Uint8Array(5 * 3 * 4) }
    base.data.set([200, 10, 20, 255], 0)
    base.data.set([200, 10, 20, 0], 4)
    const levels = carpetMipmaps(base)
    expect(levels.map((l) => [l.width, l.height])).toEqual([
      [2, 1],
      [1, 1],
    ])
    // The booth, its fringe and two empty texels: the colour of the booth, and covered (a lone
    // booth must not vanish from afar).
    expect(texel(levels[0]!.data, 2, 0, 0)).toEqual([200, 10, 20, 255])
    expect(texel(levels[0]!.data, 2, 1, 0)).toEqual([0, 0, 0, 0])
  })

  it('reuses the buffers of the last repaint', () => {
    const base = { width: 8, height: 8, data: new Uint8Array(8 * 8 * 4).fill(255) }
    const first = carpetMipmaps(base)
    const second = carpetMipmaps(base, first)
    expect(second.map((l) => l.data)).toEqual(first.map((l) => l.data))
    expect(second[0]!.data).toBe(first[0]!.data)
    expect(texel(second[2]!.data, 1, 0, 0)).toEqual([255, 255, 255, 255])
  })
})
