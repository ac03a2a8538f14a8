/**
 * The 3D view's looks, one set of tokens each: `day` for visitors (a bright hall, warm light,
 * light floor) and `twin` for the kiosk's attract loop (deep blue, glowing pavilion outlines).
 * Every colour and light level the view draws with that depends on the look comes from here.
 * Pure: hex strings (CSS and three.js both take them) and plain numbers.
 *
 * Not themed, on purpose: the pavilion palette (zonePalette.ts) — booth bodies, banners and
 * fascia boards keep one colour in both looks, the boards dark so their white lettering reads
 * whatever the hall around them — and the route, selection and service-point colours, which
 * carry meaning a visitor learns once.
 */
import { BOARD_TARGET, DIM_TARGET } from './zonePalette.ts'

export type ThemeName = 'day' | 'twin'

export interface ThemeTokens {
  /** The canvas clear colour: what shows above and beyond the hall. */
  background: string
  /** Hemisphere light: sky colour from above, ground colour from below, intensity. */
  skyLight: string
  groundLight: string
  hemisphereIntensity: number
  /** The one directional light (no shadow maps: contact shadows are baked into the floor). */
  sunLight: string
  sunIntensity: number
  /** The hall model's floor slab and the plain floor of a venue without a model. */
  floor: string
  /** The lighter paint over the aisles (the hall model's aisle markings). */
  aisleMarking: string
  /** What the booths of the pavilions not in focus (or not lit by a search) fade towards: into the hall's own tone. */
  dimTarget: string
  /** Pavilion outlines: opacity of an unfocused outline, and whether they glow (additive). */
  outlineOpacity: number
  outlineGlow: boolean
  /** Zone name labels (HTML over the canvas): text on a chip of this colour and opacity. */
  labelText: string
  labelBackground: string
  labelBackgroundOpacity: number
  /** The focused zone's label: the reverse, so it stands out. */
  focusLabelText: string
  focusLabelBackground: string
}

export const day: ThemeTokens = {
  background: '#dfe8f1',
  skyLight: '#ffffff',
  groundLight: '#b9ae9c',
  hemisphereIntensity: 1.5,
  sunLight: '#fff0d9',
  sunIntensity: 1.7,
  floor: '#c9c4bb',
  aisleMarking: '#ece8e1',
  dimTarget: '#d6d2cb',
  outlineOpacity: 0.75,
  outlineGlow: false,
  labelText: '#0b1e33',
  labelBackground: '#ffffff',
  labelBackgroundOpacity: 0.92,
  focusLabelText: '#ffffff',
  focusLabelBackground: '#0b1e33',
}

export const twin: ThemeTokens = {
  background: BOARD_TARGET,
  skyLight: '#9fc4ef',
  groundLight: '#0d2340',
  hemisphereIntensity: 1.3,
  sunLight: '#cfe3ff',
  sunIntensity: 1.2,
  floor: '#14304f',
  aisleMarking: '#1f4670',
  dimTarget: DIM_TARGET,
  outlineOpacity: 1,
  outlineGlow: true,
  labelText: '#ffffff',
  labelBackground: BOARD_TARGET,
  labelBackgroundOpacity: 0.85,
  focusLabelText: '#0b1e33',
  focusLabelBackground: '#ffffff',
}

export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = { day, twin }

/** Visitors get the day; a kiosk nobody is using plays its attract loop in the twin. */
export function themeFor(attract: boolean): ThemeName {
  return attract ? 'twin' : 'day'
}
