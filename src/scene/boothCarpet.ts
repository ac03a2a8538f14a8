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
  const { width, height, texelsPerMetre: t, minX, minZ } = layout
  const data = out && out.length === width * height * 4 ? out : new Uint8Array(width * height * 4)
  data.fill(0)
  const booth: CarpetBooth = { minX: 0, maxX: 0, minZ: 0, maxZ: 0, r: 0, g: 0, b: 0 }
  // Written as plain loops over numbers (no closures, no tuples): at 70,000 booths this runs
  // before the first frame, mostly before the JIT has warmed up.
  // Two passes: the transparent fringes first, then the booths over them (a neighbour's fringe
  // never covers a booth).
  for (let pass = 0; pass < 2; pass++) {
    const grow = pass === 0 ? 1 : 0
    const alpha = pass === 0 ? 0 : 255
    for (let i = 0; i < count; i++) {
      boothAt(i, booth)
      if (booth.hidden) continue
      // Texels whose centres lie inside the booth; at least the one under its middle.
      let x0 = Math.ceil((booth.minX - minX) * t - 0.5)
      let x1 = Math.floor((booth.maxX - minX) * t - 0.5)
      if (x1 < x0) x0 = x1 = Math.floor(((booth.minX + booth.maxX) / 2 - minX) * t)
      let z0 = Math.ceil((booth.minZ - minZ) * t - 0.5)
      let z1 = Math.floor((booth.maxZ - minZ) * t - 0.5)
      if (z1 < z0) z0 = z1 = Math.floor(((booth.minZ + booth.maxZ) / 2 - minZ) * t)
      x0 = Math.max(0, x0 - grow)
      x1 = Math.min(width - 1, x1 + grow)
      z0 = Math.max(0, z0 - grow)
      z1 = Math.min(height - 1, z1 + grow)
      const { r, g, b } = booth
      for (let z = z0; z <= z1; z++) {
        for (let o = (z * width + x0) * 4, end = (z * width + x1) * 4; o <= end; o += 4) {
          data[o] = r
          data[o + 1] = g
          data[o + 2] = b
          data[o + 3] = alpha
        }
      }
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
        // The four texels below, read one by one (this runs for every texel of every level).
        const o0 = (y0 * src.width + x0) * 4
        const o1 = (y0 * src.width + x1) * 4
        const o2 = (y1 * src.width + x0) * 4
        const o3 = (y1 * src.width + x1) * 4
        // A texel is coloured if anything was painted there (booth or fringe; never pure black).
        const c0 = s[o0]! | s[o0 + 1]! | s[o0 + 2]! ? 1 : 0
        const c1 = s[o1]! | s[o1 + 1]! | s[o1 + 2]! ? 1 : 0
        const c2 = s[o2]! | s[o2 + 1]! | s[o2 + 2]! ? 1 : 0
        const c3 = s[o3]! | s[o3 + 1]! | s[o3 + 2]! ? 1 : 0
        const n = c0 + c1 + c2 + c3
        const r = c0 * s[o0]! + c1 * s[o1]! + c2 * s[o2]! + c3 * s[o3]!
        const g = c0 * s[o0 + 1]! + c1 * s[o1 + 1]! + c2 * s[o2 + 1]! + c3 * s[o3 + 1]!
        const b = c0 * s[o0 + 2]! + c1 * s[o1 + 2]! + c2 * s[o2 + 2]! + c3 * s[o3 + 2]!
        const cover = Math.max(s[o0 + 3]!, s[o1 + 3]!, s[o2 + 3]!, s[o3 + 3]!)
        const d = (y * width + x) * 4
        data[d] = n ? (r + (n >> 1)) / n : 0
        data[d + 1] = n ? (g + (n >> 1)) / n : 0
        data[d + 2] = n ? (b + (n >> 1)) / n : 0
        data[d + 3] = cover
      }
    }
    const level = { data, width, height }
    levels.push(level)
    src = level
  }
  return levels
}
