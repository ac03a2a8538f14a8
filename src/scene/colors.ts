import { Color } from 'three'
import { VACANT_BOOTH, zonePalette } from '../domain/theme/zonePalette.ts'

/** Booth body colour: the palette's booth tint of its pavilion, or neutral when vacant. */
export function boothColor(zoneColor: string, occupied: boolean, out = new Color()): Color {
  return out.set(occupied ? zonePalette(zoneColor).booth : VACANT_BOOTH)
}

const towards = new Color()
/** A booth colour faded towards the theme's `dimTarget` (out of focus, or not lit by a search). */
export function dim(c: Color, target: string, amount = 0.6): Color {
  return c.lerp(towards.set(target), amount)
}

export const POI_COLORS: Record<string, string> = {
  entrance: '#2ecc71',
  exit: '#27ae60',
  information: '#3498db',
  restroom: '#9b59b6',
  'first-aid': '#e74c3c',
  cafe: '#d35400',
  stage: '#f1c40f',
  elevator: '#95a5a6',
  stairs: '#95a5a6',
  media: '#1abc9c',
  lounge: '#e67e22',
  kiosk: '#ffffff',
}

export const POI_SYMBOL: Record<string, string> = {
  entrance: '⇧',
  exit: '⇩',
  information: 'i',
  restroom: 'WC',
  'first-aid': '+',
  cafe: '☕',
  stage: '★',
  elevator: '⇅',
  stairs: '⇗',
  media: '◉',
  lounge: '☺',
  kiosk: '▣',
}
