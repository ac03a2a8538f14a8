/**
 * What the 3D view's lettering shares, whatever draws it (troika glyphs on the fascias, a
 * canvas texture on the banners): how wide a line is and where a letter stands on the page (the
 * font's address is src/data/sceneLooks.ts's).
 */
import type { Camera, Vector3 } from 'three'
import { Vector3 as V3 } from 'three'

/** Em widths of a line: Han a full em, Latin ~0.6 (bold). */
export function ems(text: string): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return em
}

const at = new V3()
/** Where a point of the scene stands on the page, in CSS px (the test hooks' readings). */
export function onPage(position: Vector3, camera: Camera, canvas: HTMLCanvasElement): { x: number; y: number } {
  const r = canvas.getBoundingClientRect()
  at.copy(position).project(camera)
  return { x: r.left + ((at.x + 1) / 2) * r.width, y: r.top + ((1 - at.y) / 2) * r.height }
}
