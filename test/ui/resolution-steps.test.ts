import { afterEach, describe, expect, it } from 'vitest'
import { dprFor, RESOLUTION_STEPS, SOFTWARE_SCALE } from '../../src/scene/AdaptiveResolution.tsx'

const setDpr = (v: number) => Object.defineProperty(window, 'devicePixelRatio', { value: v, configurable: true })
afterEach(() => setDpr(1))

describe('canvas resolution steps', () => {
  it('with a GPU: the full range at the top step, the device ratio scaled down below it', () => {
    setDpr(2)
    expect(dprFor(RESOLUTION_STEPS.length - 1)).toEqual([1, 2])
    expect(dprFor(0)).toBeCloseTo(2 * RESOLUTION_STEPS[0])
  })

  it('in software: never more than half a pixel per CSS pixel, whatever the screen, and only lower below the top', () => {
    setDpr(3)
    const ratios = RESOLUTION_STEPS.map((_, i) => dprFor(i, true) as number)
    expect(ratios.at(-1)).toBeCloseTo(SOFTWARE_SCALE)
    for (const r of ratios) expect(r).toBeLessThanOrEqual(SOFTWARE_SCALE)
    // Stepping down never raises the resolution.
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]!).toBeGreaterThan(ratios[i - 1]!)
  })
})
