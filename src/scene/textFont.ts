/**
 * The 3D view's lettering (fascia names, pavilion banners): troika-three-text configured once
 * with the scene's font subset, and the em-width estimate both use to size their text.
 */
import { configureTextBuilder, type BatchedText } from 'troika-three-text'

let configuredFor: string | null = null
/** One font per page: the scene's subset, and no fallback fonts fetched from elsewhere. */
export function configureFont(url: string): void {
  if (configuredFor) return
  configuredFor = url
  // 32-texel glyph SDFs (troika's default is 64): a quarter of the work per glyph, still crisp
  // at the few dozen pixels a name covers on screen.
  configureTextBuilder({ defaultFontURL: url, unicodeFontsURL: `${url}#no-fallback`, sdfGlyphSize: 32 })
}

/** The scene's font subset (made at build/publish time from its own text). */
export const fontUrlOf = (venueId: string): string => `${import.meta.env.BASE_URL}scenes/${venueId}/fascia.woff`

/** Em widths of a line: Han a full em, Latin ~0.6 (bold). */
export function ems(text: string): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return em
}

/**
 * Call where the batch is made, before it can render: its first frame starts the layout itself
 * (a sync asked for later finds nothing left to do and never calls back), and with frames drawn
 * on demand nothing would show the finished lettering until the camera moved.
 */
export function redrawWhenLaidOut(batch: BatchedText, invalidate: () => void): void {
  batch.addEventListener('synccomplete', () => {
    batch.userData.laidOut = true
    invalidate()
  })
}

/** The batch's lettering is laid out (test hooks report nothing before). */
export const laidOut = (batch: BatchedText): boolean => batch.userData.laidOut === true
