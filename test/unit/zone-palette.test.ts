import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import { mixHex, normalHex, zonePalette } from '../../src/domain/theme/zonePalette.ts'

describe('the pavilion palette', () => {
  it('keeps the theme colour itself for the carpet, outline and chip', () => {
    expect(zonePalette('#2E86DE').theme).toBe('#2e86de')
    expect(zonePalette('#abc').theme).toBe('#aabbcc')
  })

  it('lightens booths and darkens boards the way three.js mixes colours (in linear light)', () => {
    for (const hex of ['#2e86de', '#e67e22', '#8e44ad', '#16a085']) {
      const p = zonePalette(hex)
      const booth = new Color(hex).lerp(new Color('#ffffff'), 0.35)
      const board = new Color(hex).lerp(new Color('#0b1e33'), 0.45)
      for (const [got, want] of [
        [new Color(p.booth), booth],
        [new Color(p.board), board],
      ] as const) {
        // Within one 8-bit level per channel of three's own lerp.
        const g = got.getRGB({ r: 0, g: 0, b: 0 })
        const w = want.getRGB({ r: 0, g: 0, b: 0 })
        expect(Math.abs(g.r - w.r) * 255).toBeLessThanOrEqual(1)
        expect(Math.abs(g.g - w.g) * 255).toBeLessThanOrEqual(1)
        expect(Math.abs(g.b - w.b) * 255).toBeLessThanOrEqual(1)
      }
    }
  })

  it('makes booths lighter and boards darker than the theme, so white lettering reads on a board', () => {
    const lum = (hex: string): number => new Color(hex).getHSL({ h: 0, s: 0, l: 0 }).l
    for (const hex of ['#2e86de', '#f1c40f', '#c0392b']) {
      const p = zonePalette(hex)
      expect(lum(p.booth)).toBeGreaterThan(lum(p.theme))
      expect(lum(p.board)).toBeLessThan(lum(p.theme))
    }
  })

  it('mixes ends exactly and survives odd input', () => {
    expect(mixHex('#102030', '#ffffff', 0)).toBe('#102030')
    expect(mixHex('#102030', '#ffffff', 1)).toBe('#ffffff')
    expect(normalHex('not a colour')).toBe('#888888')
  })
})
