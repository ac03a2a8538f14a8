/**
 * Which labels a view shows: the largest things on screen first, within each kind's budget,
 * never one label over another — a label that does not fit tries its short name first.
 */
import { PerspectiveCamera } from 'three'
import { describe, expect, it } from 'vitest'
import { chooseLabels, type LabelGroup, type LabelSpot } from '../../src/scene/useLabelBudget.ts'

const viewport = { width: 1000, height: 800 }
function camera(): PerspectiveCamera {
  const c = new PerspectiveCamera(50, viewport.width / viewport.height, 0.1, 5000)
  c.position.set(0, 800, 0.01)
  c.lookAt(0, 0, 0)
  c.updateMatrixWorld()
  return c
}
const spot = (id: string, x: number, z: number, size: number, w = 120, h = 26, shortW?: number): LabelSpot => ({
  id,
  x,
  y: 0,
  z,
  size,
  w,
  h,
  ...(shortW === undefined ? {} : { shortW }),
})
const group = (spots: LabelSpot[], max = 10, minPx = 8): LabelGroup => ({ spots, max, minPx })
const ids = (m: Map<string, unknown>): string[] => [...m.keys()].sort()

describe('choosing labels', () => {
  it('drops a label that would cover a larger neighbour’s, and keeps those apart', () => {
    // 800 m up, 50° view: about 1.07 px per metre at the ground.
    const spots = [spot('big', 0, 0, 80), spot('touching', 30, 0, 40), spot('far', 0, 200, 40), spot('beside', 130, 0, 40)]
    expect(ids(chooseLabels([group(spots)], null, camera(), viewport))).toEqual(['beside', 'big', 'far'])
  })

  it('shortens a label to its short name where the full one would cover a neighbour', () => {
    // 'touching' sits ~32 px right of 'big': its 120 px full name overlaps, a 20 px short one
    // still does, a label 60 px away fits only in its short form.
    const spots = [spot('big', 0, 0, 80, 40), spot('near', 75, 0, 40, 120, 26, 30)]
    const chosen = chooseLabels([group(spots)], null, camera(), viewport)
    expect(chosen.get('big')).toBe('full')
    expect(chosen.get('near')).toBe('short')
  })

  it('keeps labels on the canvas: one that would stick out of it takes its short form', () => {
    // ~465 m east is ~497 px right of centre: a 200 px label would cross the edge at 1000 px.
    const chosen = chooseLabels([group([spot('edge', 430, 0, 40, 200, 26, 40)])], null, camera(), viewport)
    expect(chosen.get('edge')).toBe('short')
  })

  it('always shows the focused zone’s label, however small; the others give way to it', () => {
    const spots = [spot('big', 0, 0, 80), spot('focus', 20, 0, 1), spot('apart', -200, 0, 40)]
    expect(ids(chooseLabels([group(spots)], 'focus', camera(), viewport))).toEqual(['apart', 'focus'])
  })

  it('places earlier kinds first: a booth number gives way to a zone name', () => {
    const zones = group([spot('zone', 0, 0, 20)])
    const booths = group([spot('booth', 5, 0, 200, 30, 16)])
    expect(ids(chooseLabels([zones, booths], null, camera(), viewport))).toEqual(['zone'])
  })

  it('stays within the budget, largest first, and skips things too small on screen', () => {
    const spots = Array.from({ length: 30 }, (_, i) => spot(`z${i}`, -450 + (i % 6) * 180, -300 + Math.floor(i / 6) * 150, 20 + i, 60, 20))
    spots.push(spot('tiny', 0, 330, 2, 10, 10))
    const shown = chooseLabels([group(spots, 12)], null, camera(), viewport)
    expect(shown.size).toBe(12)
    expect(shown.has('z29')).toBe(true)
    expect(shown.has('z0')).toBe(false)
    expect(shown.has('tiny')).toBe(false)
  })

  it('places no label over the view’s controls: it takes its short form beside them, or gives way', () => {
    // 'under' is ~48 px left of the centre (500, 400): its 100 px name spans x 402–502, its
    // 10 px short form 447–457; a toolbar box covers x 330–430, a wide one 280–480.
    const toolbar = { x: 380, y: 400, w: 100, h: 40 }
    const spots = [spot('under', -45, 0, 40, 100, 26, 10), spot('clear', 0, -200, 40)]
    expect(chooseLabels([group(spots)], null, camera(), viewport).get('under')).toBe('full')
    const chosen = chooseLabels([group(spots)], null, camera(), viewport, undefined, [toolbar])
    expect(chosen.get('under')).toBe('short')
    expect(chosen.get('clear')).toBe('full')
    const wide = { ...toolbar, w: 200 }
    expect(chooseLabels([group(spots)], null, camera(), viewport, undefined, [wide]).has('under')).toBe(false)
  })

  it('sizes each form on its own: a two-line name that does not fit falls back to a one-line number', () => {
    // A label 40 px above another: a 26 px high name touches it, a 16 px number does not.
    const above = spot('above', 0, -37, 80, 60, 20)
    const name: LabelSpot = { ...spot('below', 0, 0, 40, 60, 60, 30), shortH: 16 }
    const chosen = chooseLabels([group([above, name])], null, camera(), viewport)
    expect(chosen.get('above')).toBe('full')
    expect(chosen.get('below')).toBe('short')
  })

  it('close enough for a thing to read its own name, its label takes the short form', () => {
    // ~1.07 px per metre from 800 m up: under 2 px/m the name shows, over 1 px/m the number.
    const named = (): LabelSpot => spot('booth', 0, 0, 40, 60, 20, 20)
    expect(chooseLabels([{ ...group([named()]), ownNameFromPxPerMetre: 2 }], null, camera(), viewport).get('booth')).toBe('full')
    expect(chooseLabels([{ ...group([named()]), ownNameFromPxPerMetre: 1 }], null, camera(), viewport).get('booth')).toBe('short')
    // A thing with no short form keeps its label.
    expect(chooseLabels([{ ...group([spot('zone', 0, 0, 40)]), ownNameFromPxPerMetre: 1 }], null, camera(), viewport).get('zone')).toBe('full')
  })
})
