/**
 * One palette for the pavilions: every colour the app derives from a zone's theme colour — the
 * booths' bodies, the carpet tint, the outline, the hanging banner, the fascia boards and the
 * chip beside its name in lists and panels — comes from here, so the 3D view and the panels
 * can never disagree. Pure: hex strings in and out (CSS and three.js both take them).
 * Mixing is done in linear light, as three.js's `Color.lerp` did before this home existed, so
 * the booths keep their colours exactly.
 */

/**
 * The deep blue the banners and boards are darkened towards, whatever the view's theme (the
 * twin theme's background is this blue): white lettering reads on them in every look.
 */
export const BOARD_TARGET = '#0b1e33'
/** The twin look's fade for booths out of focus (themes.ts: `dimTarget`). */
export const DIM_TARGET = '#1d2f44'
/** A booth with no exhibitor: neutral, whatever its pavilion. */
export const VACANT_BOOTH = '#8a96a3'

export interface ZonePalette {
  /** The theme colour itself: carpet tint, outline, label border, chip. */
  theme: string
  /** Booth bodies: lightened so names and edges on them stay readable. */
  booth: string
  /** Hanging banner and fascia boards: darkened so white lettering reads on them. */
  board: string
}

const BOOTH_LIGHTEN = 0.35
const BOARD_DARKEN = 0.45

export function zonePalette(theme: string): ZonePalette {
  const t = normalHex(theme)
  return { theme: t, booth: mixHex(t, '#ffffff', BOOTH_LIGHTEN), board: mixHex(t, BOARD_TARGET, BOARD_DARKEN) }
}

/** `#rgb` or `#rrggbb` (any case) as `#rrggbb`; anything else falls back to a neutral grey. */
export function normalHex(hex: string): string {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return '#888888'
  const h = m[1]!.toLowerCase()
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const toSrgb = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055)

/** `a` moved towards `b` by `t` (0…1), in linear light. */
export function mixHex(a: string, b: string, t: number): string {
  const pa = channels(normalHex(a))
  const pb = channels(normalHex(b))
  const out = pa.map((v, i) => {
    const lin = toLinear(v) + (toLinear(pb[i]!) - toLinear(v)) * t
    return Math.round(Math.min(1, Math.max(0, toSrgb(lin))) * 255)
  })
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
}
