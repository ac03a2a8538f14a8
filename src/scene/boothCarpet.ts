/**
 * The far level of detail of a large venue's booths: every booth's roof painted into one texture
 * (the "carpet") that one flat quad draws. At the overview of a Canton-Fair-sized venue a booth is
 * 2–3 px across; drawing 70,000 instanced roofs for that costs a GPU little, but the per-instance
 * overhead is paid on every frame — with software WebGL (SwiftShader) about half a second. The
 * carpet is painted once per change of colours (focus, search), and each frame then draws two
 * triangles. Pure: no three.js, no DOM, so it runs and is tested in Node.
 */

export interface Bounds {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
}

export interface CarpetLayout extends Bounds {
  /** Texture size in texels. */
  width: number
  height: number
  texelsPerMetre: number
  /** How many texels a typical booth spans: the carpet is not drawn larger than this on screen. */
  texelsPerBooth: number
}

/**
 * Texels across a typical booth the carpet aims for. Two are enough for a booth one to four
 * pixels wide (up to 2× magnified, see `MAX_CARPET_MAGNIFICATION`), and cost a quarter of four:
 * at 70,000 booths 3.6 MB instead of 14.6, which with software WebGL is the difference between
 * ~50 and ~300 ms to upload.
 */
export const TARGET_TEXELS_PER_BOOTH = 2
/** The carpet may be drawn at most this much larger than its texels (edges then soften a little). */
export const MAX_CARPET_MAGNIFICATION = 2

/**
 * The carpet's texture for a venue: as fine as `TARGET_TEXELS_PER_BOOTH` asks, never larger than
 * `maxSize` texels on a side (a 1.4 km fair of 3 m booths: 1,892 × 1,928 texels).
 */
export function carpetLayout(bounds: Bounds, typicalBoothWidth: number, maxSize: number): CarpetLayout {
  const w = Math.max(1e-3, bounds.maxX - bounds.minX)
  const d = Math.max(1e-3, bounds.maxZ - bounds.minZ)
  const texelsPerMetre = Math.min(maxSize / Math.max(w, d), TARGET_TEXELS_PER_BOOTH / Math.max(1e-3, typicalBoothWidth))
  return {
    ...bounds,
    width: Math.max(1, Math.min(maxSize, Math.ceil(w * texelsPerMetre))),
    height: Math.max(1, Math.min(maxSize, Math.ceil(d * texelsPerMetre))),
    texelsPerMetre,
    texelsPerBooth: typicalBoothWidth * texelsPerMetre,
  }
}

/** One booth's roof: its box on the floor and its colour (sRGB bytes); `hidden` skips it. */
export interface CarpetBooth {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
  r: number
  g: number
  b: number
  hidden?: boolean
}

/**
 * Paints the booths into RGBA bytes, row 0 at the venue's smallest z, column 0 at its smallest x.
 * Aisles stay transparent. Each booth's colour also spreads one texel into the aisle around it
 * with alpha 0, so filtering and mipmaps blend a booth's edge with its own colour rather than
 * with black (a dark halo round every booth otherwise).
 */
export function paintCarpet(layout: CarpetLayout, count: number, boothAt: (i: number, out: CarpetBooth) => CarpetBooth, out?: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const { width, height, texelsPerMetre: t } = layout
  const data = out && out.length === width * height * 4 ? out : new Uint8Array(width * height * 4)
  data.fill(0)
  const booth: CarpetBooth = { minX: 0, maxX: 0, minZ: 0, maxZ: 0, r: 0, g: 0, b: 0 }
  // Texels whose centres lie inside [a, b] metres along one axis; at least the one under the middle.
  const span = (a: number, b: number, origin: number, size: number): [number, number] => {
    let lo = Math.ceil((a - origin) * t - 0.5)
    let hi = Math.floor((b - origin) * t - 0.5)
    if (hi < lo) lo = hi = Math.floor(((a + b) / 2 - origin) * t)
    return [Math.max(0, lo), Math.min(size - 1, hi)]
  }
  const fill = (x0: number, x1: number, z0: number, z1: number, alpha: number): void => {
    for (let z = z0; z <= z1; z++) {
      let o = (z * width + x0) * 4
      for (let x = x0; x <= x1; x++, o += 4) {
        data[o] = booth.r
        data[o + 1] = booth.g
        data[o + 2] = booth.b
        data[o + 3] = alpha
      }
    }
  }
  // Two passes: the transparent fringes first, then the booths over them (a neighbour's fringe
  // never covers a booth).
  for (const pass of [0, 1] as const) {
    for (let i = 0; i < count; i++) {
      boothAt(i, booth)
      if (booth.hidden) continue
      const [x0, x1] = span(booth.minX, booth.maxX, layout.minX, width)
      const [z0, z1] = span(booth.minZ, booth.maxZ, layout.minZ, height)
      if (x1 < x0 || z1 < z0) continue
      if (pass === 0) fill(Math.max(0, x0 - 1), Math.min(width - 1, x1 + 1), Math.max(0, z0 - 1), Math.min(height - 1, z1 + 1), 0)
      else fill(x0, x1, z0, z1, 255)
    }
  }
  return data
}

export interface CarpetLevel {
  data: Uint8Array<ArrayBuffer>
  width: number
  height: number
}

/**
 * The carpet's smaller versions (mipmaps), each half the last, down to 1 × 1; `previous` reuses
 * their buffers on a repaint. Made here rather than by the GPU's generateMipmap: with software
 * WebGL that took ~150 ms of the first frame at 70,000 booths, this takes a few ms. Each texel
 * averages the coloured texels below it (booths and their fringes; an empty aisle texel would
 * darken the edge), in sRGB: close enough for a view in which a booth is a couple of pixels.
 * Its coverage is the largest below it: averaged, a row of booths between two aisles would fall
 * under the cut-out threshold and vanish from afar; this way booths stay and aisles narrow.
 */
export function carpetMipmaps(base: CarpetLevel, previous: readonly CarpetLevel[] = []): CarpetLevel[] {
  const levels: CarpetLevel[] = []
  let src = base
  while (src.width > 1 || src.height > 1) {
    const width = Math.max(1, src.width >> 1)
    const height = Math.max(1, src.height >> 1)
    const reuse = previous[levels.length]
    const data = reuse && reuse.width === width && reuse.height === height ? reuse.data : new Uint8Array(width * height * 4)
    const s = src.data
    for (let y = 0; y < height; y++) {
      const y0 = Math.min(src.height - 1, y * 2)
      const y1 = Math.min(src.height - 1, y * 2 + 1)
      for (let x = 0; x < width; x++) {
        const x0 = Math.min(src.width - 1, x * 2)
        const x1 = Math.min(src.width - 1, x * 2 + 1)
        let r = 0
        let g = 0
        let b = 0
        let n = 0
        let cover = 0
        // The four texels below (this loop runs for every texel of every level: no closures).
        for (let k = 0; k < 4; k++) {
          const o = ((k < 2 ? y0 : y1) * src.width + (k & 1 ? x1 : x0)) * 4
          const ta = s[o + 3]!
          if (ta > cover) cover = ta
          if (s[o]! + s[o + 1]! + s[o + 2]! + ta === 0) continue
          r += s[o]!
          g += s[o + 1]!
          b += s[o + 2]!
          n++
        }
        const d = (y * width + x) * 4
        data[d] = n ? Math.round(r / n) : 0
        data[d + 1] = n ? Math.round(g / n) : 0
        data[d + 2] = n ? Math.round(b / n) : 0
        data[d + 3] = cover
      }
    }
    const level = { data, width, height }
    levels.push(level)
    src = level
  }
  return levels
}
