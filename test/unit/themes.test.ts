import { describe, expect, it } from 'vitest'
import { contrast } from '../../src/domain/live/levels.ts'
import { BOARD_TARGET } from '../../src/domain/theme/zonePalette.ts'
import { day, THEMES, themeFor, twin, type ThemeTokens } from '../../src/domain/theme/themes.ts'

const HEX = /^#[0-9a-f]{6}$/

/** `over` at `alpha` on top of `under`, mixed the way a browser blends CSS colours (sRGB). */
function composite(over: string, alpha: number, under: string): string {
  const ch = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const b = ch(under)
  return `#${ch(over)
    .map((v, i) => Math.round(v * alpha + b[i]! * (1 - alpha)).toString(16).padStart(2, '0'))
    .join('')}`
}

describe('the view themes', () => {
  it('define every token, with colours as #rrggbb and sensible numbers', () => {
    const keys = Object.keys(day).sort()
    expect(Object.keys(twin).sort()).toEqual(keys)
    for (const theme of Object.values(THEMES)) {
      for (const [key, value] of Object.entries(theme) as [keyof ThemeTokens, unknown][]) {
        if (typeof value === 'string') expect(value, key).toMatch(HEX)
        else if (typeof value === 'number') expect(value, key).toBeGreaterThan(0)
        else expect(typeof value, key).toBe('boolean')
      }
      expect(theme.labelBackgroundOpacity).toBeLessThanOrEqual(1)
      expect(theme.outlineOpacity).toBeLessThanOrEqual(1)
    }
  })

  it('keep zone label text readable (≥ 4.5:1) on its chip, whatever the 3D view shows behind it', () => {
    for (const theme of Object.values(THEMES)) {
      for (const behind of [theme.background, theme.floor, '#000000', '#ffffff']) {
        const chip = composite(theme.labelBackground, theme.labelBackgroundOpacity, behind)
        expect(contrast(theme.labelText, chip), `${theme.labelText} on ${chip}`).toBeGreaterThanOrEqual(4.5)
      }
      expect(contrast(theme.focusLabelText, theme.focusLabelBackground)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('make the day bright and the twin dark, the twin on the deep blue the boards darken towards', () => {
    expect(contrast(day.background, '#000000')).toBeGreaterThan(contrast(twin.background, '#000000') * 4)
    expect(contrast(day.floor, '#000000')).toBeGreaterThan(contrast(twin.floor, '#000000') * 4)
    expect(twin.background).toBe(BOARD_TARGET)
    expect(twin.outlineGlow).toBe(true)
    expect(day.outlineGlow).toBe(false)
  })

  it('fade the pavilions out of focus into the hall of their own look, not into the night', () => {
    for (const t of [day, twin]) {
      // A faded booth sits closer to its hall's floor than to the other look's.
      const other = t === day ? twin : day
      expect(contrast(t.dimTarget, t.floor)).toBeLessThan(contrast(t.dimTarget, other.floor))
    }
    expect(contrast(day.dimTarget, '#000000')).toBeGreaterThan(contrast(twin.dimTarget, '#000000'))
  })

  it('give visitors the day and the kiosk attract loop the twin', () => {
    expect(themeFor(false)).toBe('day')
    expect(themeFor(true)).toBe('twin')
  })
})
