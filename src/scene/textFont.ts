/**
 * The 3D view's lettering (fascia names, pavilion banners): troika-three-text configured once
 * with the scene's font subset, and the em-width estimate both use to size their text.
 */
import type { Camera, Object3D } from 'three'
import { Vector3 } from 'three'
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

/** The scene's font subset (made at build/publish time from its own text). */
export const fontUrlOf = (venueId: string): string => `${import.meta.env.BASE_URL}scenes/${venueId}/fascia.woff`

/** Em widths of a line: Han a full em, Latin ~0.6 (bold). */
export function ems(text: string): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return em
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

const at = new Vector3()
/** Where an object stands on the page, in CSS px (the test hooks' readings). */
export function onPage(o: Object3D, camera: Camera, canvas: HTMLCanvasElement): { x: number; y: number } {
  const r = canvas.getBoundingClientRect()
  at.copy(o.position).project(camera)
  return { x: r.left + ((at.x + 1) / 2) * r.width, y: r.top + ((1 - at.y) / 2) * r.height }
}

/** The batch's lettering is laid out (test hooks report nothing before). */
export const laidOut = (batch: BatchedText): boolean => batch.userData.laidOut === true
