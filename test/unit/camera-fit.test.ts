/**
 * Views that fill the screen: a framed box reaches the edge of the viewport in one direction
 * (width or height) at any aspect, stays inside it in the other, and sits centred.
 */
import { describe, expect, it } from 'vitest'
import { fitView, floorArea, overviewAngles, screenExtent, type ViewAngles } from '../../src/domain/camera/fitView.ts'
import type { Box3Plain } from '../../src/domain/camera/framing.ts'

const hall: Box3Plain = { min: [-90, 0, -50], max: [90, 4, 50] }
const booth: Box3Plain = { min: [10, 0, 10], max: [13, 2.5, 13] }
const angles = (aspect: number, polar = 52, azimuth = 0, margin = 0.04): ViewAngles => ({
  azimuth: (azimuth * Math.PI) / 180,
  polar: (polar * Math.PI) / 180,
  fovY: (45 * Math.PI) / 180,
  aspect,
  margin,
})

describe('fitting a view to a box', () => {
  for (const [name, aspect] of [
    ['16:9 desktop', 16 / 9],
    ['9:16 kiosk', 9 / 16],
    ['phone portrait', 390 / 844],
    ['embed 640×400', 1.6],
    ['embed 320×240', 4 / 3],
  ] as const) {
    it(`fills the ${name} view edge to edge in one direction, centred`, () => {
      const a = angles(aspect)
      const e = screenExtent(hall, fitView(hall, a), a)
      const reach = Math.max(e.maxX - e.minX, e.maxY - e.minY)
      // One pair of edges at the margin (2 × 0.96 of the ±1 range), the other inside.
      expect(reach).toBeCloseTo(2 * 0.96, 2)
      expect(e.maxX - e.minX).toBeLessThanOrEqual(1.921)
      expect(e.maxY - e.minY).toBeLessThanOrEqual(1.921)
      expect(Math.abs(e.minX + e.maxX)).toBeLessThan(0.01)
      expect(Math.abs(e.minY + e.maxY)).toBeLessThan(0.01)
    })
  }

  it('keeps the camera at the box’s height, moving the target only along the floor', () => {
    const fit = fitView(hall, angles(16 / 9))
    expect(fit.target[1]).toBeCloseTo(2, 6)
  })

  it('turns with the azimuth: looking east, the hall’s long side runs up a portrait screen', () => {
    const height = (azimuth: number): number => {
      const a = angles(9 / 16, 52, azimuth)
      const e = screenExtent(hall, fitView(hall, a), a)
      expect(Math.max(e.maxX - e.minX, e.maxY - e.minY)).toBeCloseTo(1.92, 2)
      return e.maxY - e.minY
    }
    expect(height(-90)).toBeGreaterThan(height(0) * 1.5)
  })

  it('brings a booth close: it spans most of the view', () => {
    const a = angles(16 / 9, 45, 0, 0.1)
    const e = screenExtent(booth, fitView(booth, a), a)
    expect(Math.max(e.maxX - e.minX, e.maxY - e.minY)).toBeCloseTo(1.8, 2)
  })

  it('turns a long hall along a phone held upright, and keeps north up on a desktop', () => {
    const lens = (aspect: number) => ({ fovY: (45 * Math.PI) / 180, aspect, margin: 0.04 })
    const area = (aspect: number, angles: { azimuth: number; polar: number }): number => {
      const a = { ...lens(aspect), ...angles }
      return floorArea(hall, fitView(hall, a), a) / 4
    }
    const phone = overviewAngles(hall, lens(390 / 844), null)
    expect(Math.abs(phone.azimuth)).toBeCloseTo(Math.PI / 2, 6)
    // The turned view covers far more of the phone than the north-up one did.
    expect(area(390 / 844, phone)).toBeGreaterThan(area(390 / 844, { azimuth: 0, polar: (52 * Math.PI) / 180 }) * 2)
    expect(overviewAngles(hall, lens(16 / 9), null).azimuth).toBe(0)
    // A kiosk keeps facing its own way.
    expect(overviewAngles(hall, lens(9 / 16), 0).azimuth).toBeCloseTo(0, 9)
  })
})
