import { describe, expect, it } from 'vitest'
import { ATLAS_SIZE, planBannerAtlas, type AtlasCell, type AtlasRect } from '../../src/domain/fascia/bannerAtlas.ts'

const overlap = (a: AtlasRect, b: AtlasRect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const faces = (n: number): AtlasCell[] => Array.from({ length: n }, (_, i) => ({ key: `z${i}`, width: 3 + (i % 10), height: 1.7 }))

describe('the banners’ lettering atlas', () => {
  it('a few pavilions: every face at full sharpness, inside the texture, none overlapping', () => {
    const cells = faces(12)
    const plan = planBannerAtlas(cells)
    expect(plan.ppm).toBe(64)
    expect(plan.rects.size).toBe(12)
    const rects = [...plan.rects.values()]
    for (const r of rects) {
      expect(r.x + r.w).toBeLessThanOrEqual(plan.width)
      expect(r.y + r.h).toBeLessThanOrEqual(plan.height)
    }
    rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
    // A face's cell keeps its proportions.
    const wide = plan.rects.get('z9')!
    expect(wide.w / wide.h).toBeCloseTo(12 / 1.7, 1)
  })

  it('hundreds of pavilions: the same atlas size at fewer pixels per metre, all of them placed', () => {
    const plan = planBannerAtlas(faces(600))
    expect(plan.rects.size).toBe(600)
    expect(plan.ppm).toBeLessThan(64)
    expect(plan.ppm).toBeGreaterThan(4)
    expect(Math.max(plan.width, plan.height)).toBeLessThanOrEqual(ATLAS_SIZE)
    const rects = [...plan.rects.values()]
    for (const r of rects) expect(r.y + r.h).toBeLessThanOrEqual(plan.height)
  })

  it('power-of-two sides (mipmaps), no bigger than what the faces need', () => {
    const plan = planBannerAtlas(faces(2))
    expect(Number.isInteger(Math.log2(plan.width))).toBe(true)
    expect(Number.isInteger(Math.log2(plan.height))).toBe(true)
    expect(plan.height).toBeLessThanOrEqual(128)
  })
})
