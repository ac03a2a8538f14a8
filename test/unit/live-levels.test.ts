import { describe, expect, it } from 'vitest'
import { sessionCapacity, SQUARE_METRES_PER_PERSON, zoneCapacity } from '../../src/domain/live/capacity.ts'
import { contrast, LEVEL_GLYPH, LEVELS, levelColor, luminance, occupancyColor, occupancyLevel, occupancyPercent, STALE_COLOR, textOn } from '../../src/domain/live/levels.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { smallIndex } from '../fixtures/liveIndex.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

describe('occupancy levels', () => {
  it('maps a share of capacity to quiet / moderate / busy / full', () => {
    expect(occupancyLevel(0)).toBe('quiet')
    expect(occupancyLevel(0.39)).toBe('quiet')
    expect(occupancyLevel(0.4)).toBe('moderate')
    expect(occupancyLevel(0.69)).toBe('moderate')
    expect(occupancyLevel(0.7)).toBe('busy')
    expect(occupancyLevel(0.89)).toBe('busy')
    expect(occupancyLevel(0.9)).toBe('full')
    expect(occupancyLevel(1.3)).toBe('full')
    expect(occupancyPercent(412, 500)).toBe(82)
    expect(occupancyPercent(5, 0)).toBe(0)
  })

  it('gives every level its own glyph, growing with the level (a cue without colour)', () => {
    const glyphs = LEVELS.map((l) => LEVEL_GLYPH[l])
    expect(new Set(glyphs).size).toBe(LEVELS.length)
    expect(glyphs).toEqual(['▁', '▃', '▅', '█'])
  })
})

describe('colour scale', () => {
  it('is sequential: lightness rises steadily with occupancy (readable in greyscale and with CVD)', () => {
    let prev = -1
    for (let r = 0; r <= 1.0001; r += 0.05) {
      const l = luminance(occupancyColor(r))
      expect(l).toBeGreaterThan(prev)
      prev = l
    }
    const levels = LEVELS.map((l) => luminance(levelColor(l)))
    expect([...levels].sort((a, b) => a - b)).toEqual(levels)
  })

  it('separates neighbouring levels clearly and stays visible on the dark hall', () => {
    // CIE L*: neighbouring level colours at least 10 lightness steps apart.
    const lightness = (hex: string) => 116 * Math.cbrt(luminance(hex)) - 16
    for (let i = 1; i < LEVELS.length; i++) expect(lightness(levelColor(LEVELS[i]!)) - lightness(levelColor(LEVELS[i - 1]!))).toBeGreaterThan(10)
    expect(contrast(levelColor('full'), levelColor('quiet'))).toBeGreaterThan(3.5)
    expect(contrast(occupancyColor(0), '#0b1e33')).toBeGreaterThan(2.5)
  })

  it('clamps out-of-range input and returns #rrggbb', () => {
    expect(occupancyColor(-1)).toBe(occupancyColor(0))
    expect(occupancyColor(7)).toBe(occupancyColor(1))
    expect(occupancyColor(Number.NaN)).toBe(occupancyColor(0))
    for (const r of [0, 0.33, 0.5, 1]) expect(occupancyColor(r)).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('badge text colour meets WCAG AA on every level and on stale grey', () => {
    for (const bg of [...LEVELS.map(levelColor), STALE_COLOR]) expect(contrast(textOn(bg), bg)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('capacities derived from area', () => {
  const index = smallIndex()
  it('uses one person per 2.5 m² for a zone, seats for a stage, and a zone’s own capacity first', () => {
    const smart = index.zoneById.get('smart-city')!
    expect(SQUARE_METRES_PER_PERSON).toBe(2.5)
    expect(zoneCapacity(smart)).toBe((30 * 40) / 2.5)
    expect(zoneCapacity(index.zoneById.get('main-stage')!)).toBe(Math.round(30 * 15 * 0.75))
    expect(zoneCapacity({ ...smart, capacity: 99 } as typeof smart)).toBe(99)
  })

  it('reads a zone\'s capacity from venue.json and refuses one that is not a positive whole number', () => {
    const withCapacity = (capacity: unknown) => {
      const s = smallScene()
      ;(s.venue.zones[0] as Record<string, unknown>).capacity = capacity
      return parseScene(toRaw(s))
    }
    const kept = withCapacity(1200)
    expect(kept.ok && zoneCapacity(kept.scene.venue.zones[0]!)).toBe(1200)
    for (const bad of [-3, 0, 2.5, '500']) {
      const r = withCapacity(bad)
      expect(r.ok).toBe(false)
      expect(!r.ok && r.issues.map((i) => `${i.file} ${i.path}`)).toContain('venue.json $.zones[0].capacity')
    }
  })

  it('gives sessions seats by where they are', () => {
    const s = (id: string) => sessionCapacity(index, index.sessionById.get(id)!)
    expect(s('opening-ceremony')).toBe(zoneCapacity(index.zoneById.get('main-stage')!))
    expect(s('trade-forum')).toBe(80)
    expect(s('robot-demo')).toBe(30)
  })
})
