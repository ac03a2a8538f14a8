/**
 * Where each banner face's lettering goes in the banners' one texture: every face drawn at the
 * same pixels per metre (so all names look alike), as many as the atlas holds up to a crisp
 * 64 px per metre, packed in shelves. Pure: sizes in, rectangles out.
 */

export interface AtlasCell {
  key: string
  /** The face's size, metres. */
  width: number
  height: number
}

export interface AtlasRect {
  x: number
  y: number
  w: number
  h: number
}

export interface AtlasPlan {
  /** Pixels per metre of face. */
  ppm: number
  width: number
  height: number
  rects: Map<string, AtlasRect>
}

/** One upload, one task: a 2048 px atlas (16 MB) was a 300 ms one after load with software WebGL. */
export const ATLAS_SIZE = 1024
const MAX_PPM = 64
/** Shelves waste some of the square: aim below it, and step down until the cells fit. */
const FILL = 0.8
const PAD = 2

export function planBannerAtlas(cells: readonly AtlasCell[], size = ATLAS_SIZE): AtlasPlan {
  const area = cells.reduce((s, c) => s + c.width * c.height, 0)
  let ppm = Math.min(MAX_PPM, area > 0 ? Math.sqrt((FILL * size * size) / area) : MAX_PPM)
  for (;;) {
    const packed = pack(cells, ppm, size)
    if (packed || ppm < 1) return packed ?? { ppm, width: size, height: size, rects: new Map() }
    ppm *= 0.9
  }
}

function pack(cells: readonly AtlasCell[], ppm: number, size: number): AtlasPlan | null {
  const rects = new Map<string, AtlasRect>()
  // Tallest first: shelves of like heights waste the least.
  const order = [...cells].sort((a, b) => b.height - a.height)
  let x = 0
  let y = 0
  let shelf = 0
  let width = 0
  for (const c of order) {
    const w = Math.ceil(c.width * ppm) + PAD
    const h = Math.ceil(c.height * ppm) + PAD
    if (w > size) return null
    if (x + w > size) {
      y += shelf
      x = 0
      shelf = 0
    }
    if (y + h > size) return null
    rects.set(c.key, { x, y, w: w - PAD, h: h - PAD })
    x += w
    shelf = Math.max(shelf, h)
    width = Math.max(width, x)
  }
  return { ppm, width: pow2(width), height: pow2(y + shelf), rects }
}

const pow2 = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)))
