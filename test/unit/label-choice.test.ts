/**
 * Which labels a crowded view shows: the largest things on screen first, within the budget, and
 * never one label over another.
 */
import { PerspectiveCamera } from 'three'
import { describe, expect, it } from 'vitest'
import { chooseLabels, type LabelSpot } from '../../src/scene/useLabelBudget.ts'

const viewport = { width: 1000, height: 800 }
function camera(): PerspectiveCamera {
  const c = new PerspectiveCamera(50, viewport.width / viewport.height, 0.1, 5000)
  c.position.set(0, 800, 0.01)
  c.lookAt(0, 0, 0)
  c.updateMatrixWorld()
  return c
}
const spot = (id: string, x: number, z: number, size: number, w = 120, h = 26): LabelSpot => ({ id, x, y: 0, z, size, w, h })

describe('choosing labels', () => {
  it('drops a label that would cover a larger neighbour’s, and keeps those apart', () => {
    // 800 m up, 50° view: about 1.07 px per metre at the ground.
    const spots = [spot('big', 0, 0, 80), spot('touching', 30, 0, 40), spot('far', 0, 200, 40), spot('beside', 130, 0, 40)]
    const shown = chooseLabels(spots, { max: 10, minPx: 8 }, null, camera(), viewport)
    expect([...shown].sort()).toEqual(['beside', 'big', 'far'])
  })

  it('always shows the focused zone’s label, however small; the others give way to it', () => {
    const spots = [spot('big', 0, 0, 80), spot('focus', 20, 0, 1), spot('apart', -200, 0, 40)]
    expect([...chooseLabels(spots, { max: 10, minPx: 8 }, 'focus', camera(), viewport)].sort()).toEqual(['apart', 'focus'])
  })

  it('stays within the budget, largest first, and skips things too small on screen', () => {
    const spots = Array.from({ length: 30 }, (_, i) => spot(`z${i}`, -450 + (i % 6) * 180, -300 + Math.floor(i / 6) * 150, 20 + i, 60, 20))
    spots.push(spot('tiny', 0, 330, 2, 10, 10))
    const shown = chooseLabels(spots, { max: 12, minPx: 8 }, null, camera(), viewport)
    expect(shown.size).toBe(12)
    expect(shown.has('z29')).toBe(true)
    expect(shown.has('z0')).toBe(false)
    expect(shown.has('tiny')).toBe(false)
  })
})
