/**
 * How full a place is, in words, glyphs and colour. Colour is never the only cue: every place
 * that shows a level colour also shows its word (and a bar glyph whose height grows with the
 * level), so the scale reads without colour vision and in greyscale.
 *
 * The colour scale is a slice of "viridis" (Smith & van der Walt, matplotlib): sequential,
 * perceptually uniform, monotonic in lightness and running along the blue–yellow axis that
 * red–green colour-vision deficiencies keep, so it stays ordered for them. Calm is blue, busy
 * is yellow; the darkest purple end is skipped so "quiet" still shows on the dark hall.
 */

export const LEVELS = ['quiet', 'moderate', 'busy', 'full'] as const
export type OccupancyLevel = (typeof LEVELS)[number]

/** Lower bounds of each level as a share of capacity: quiet < 40 % ≤ moderate < 70 % ≤ busy < 90 % ≤ full. */
export const LEVEL_FROM: Record<OccupancyLevel, number> = { quiet: 0, moderate: 0.4, busy: 0.7, full: 0.9 }

/** A bar that grows with the level: a second, non-colour cue next to the word. */
/** Data too old to trust: neutral grey, whatever it said. */
export const STALE_COLOR = '#8a96a3'

export const LEVEL_GLYPH: Record<OccupancyLevel, string> = { quiet: '▁', moderate: '▃', busy: '▅', full: '█' }

export function occupancyRatio(count: number, capacity: number): number {
  if (!(capacity > 0) || !(count >= 0)) return 0
  return count / capacity
}

export function occupancyPercent(count: number, capacity: number): number {
  return Math.round(occupancyRatio(count, capacity) * 100)
}

export function occupancyLevel(ratio: number): OccupancyLevel {
  if (ratio >= LEVEL_FROM.full) return 'full'
  if (ratio >= LEVEL_FROM.busy) return 'busy'
  if (ratio >= LEVEL_FROM.moderate) return 'moderate'
  return 'quiet'
}

// viridis at 0.3, 0.4 … 1.0 (matplotlib's table, rounded to 8 bits).
const STOPS: readonly (readonly [number, number, number])[] = [
  [0x35, 0x5f, 0x8d],
  [0x2a, 0x78, 0x8e],
  [0x21, 0x91, 0x8c],
  [0x22, 0xa8, 0x84],
  [0x44, 0xbf, 0x70],
  [0x7a, 0xd1, 0x51],
  [0xbd, 0xdf, 0x26],
  [0xfd, 0xe7, 0x25],
]

/** Colour for a share of capacity (0 … 1, clamped), as `#rrggbb`. */
export function occupancyColor(ratio: number): string {
  const r = Math.min(1, Math.max(0, Number.isFinite(ratio) ? ratio : 0))
  const pos = r * (STOPS.length - 1)
  const i = Math.min(STOPS.length - 2, Math.floor(pos))
  const f = pos - i
  const a = STOPS[i]!
  const b = STOPS[i + 1]!
  return toHex(a.map((v, k) => v + (b[k]! - v) * f) as [number, number, number])
}

/** The colour a level stands for in the legend and on badges (the middle of its band). */
export function levelColor(level: OccupancyLevel): string {
  const mid: Record<OccupancyLevel, number> = { quiet: 0.15, moderate: 0.5, busy: 0.75, full: 1 }
  return occupancyColor(mid[level])
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const l = luminance(hex)
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff'
}

export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!
}

/** Contrast ratio of two colours (WCAG 2). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

function toHex(rgb: readonly [number, number, number]): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
}
