/**
 * The fascia names' lettering: troika-three-text configured once with the scene's font subset.
 */
import { BatchedText, configureTextBuilder, type Text } from 'troika-three-text'

let configuredFor: string | null = null
/** One font per page: the scene's subset, and no fallback fonts fetched from elsewhere. */
function configureFont(url: string): void {
  if (configuredFor) return
  configuredFor = url
  // 32-texel glyph SDFs (troika's default is 64): a quarter of the work per glyph, still crisp
  // at the few dozen pixels a name covers on screen.
  configureTextBuilder({ defaultFontURL: url, unicodeFontsURL: `${url}#no-fallback`, sdfGlyphSize: 32 })
}

/**
 * A batch of lettering in the scene's font. Its first frame starts the layout itself (a sync
 * asked for later finds nothing left to do and never calls back), and with frames drawn on
 * demand nothing would show the finished lettering until the camera moved: so the listener that
 * asks for a frame is attached here, before the batch can render.
 */
export function newLettering(name: string, fontUrl: string, invalidate: () => void): BatchedText {
  configureFont(fontUrl)
  const batch = new BatchedText()
  batch.name = name
  batch.addEventListener('synccomplete', () => {
    batch.userData.laidOut = true
    invalidate()
  })
  return batch
}

export function disposeLettering(batch: BatchedText, members: readonly Text[]): void {
  for (const t of members) t.dispose()
  batch.dispose()
}

/** The batch's lettering is laid out (test hooks report nothing before). */
export const laidOut = (batch: BatchedText): boolean => batch.userData.laidOut === true
