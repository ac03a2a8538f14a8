import { Color } from 'three'

export const BACKGROUND = '#0b1e33'
const white = new Color('#ffffff')
const grey = new Color('#8a96a3')
const dimTarget = new Color('#1d2f44')

/** Booth body colour: the zone's hue, lightened so labels and edges stay readable. */
export function boothColor(zoneColor: string, occupied: boolean, out = new Color()): Color {
  if (!occupied) return out.copy(grey)
  return out.set(zoneColor).lerp(white, 0.35)
}

export function dim(c: Color, amount = 0.6): Color {
  return c.lerp(dimTarget, amount)
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
