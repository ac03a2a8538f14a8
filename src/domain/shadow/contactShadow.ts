/**
 * Soft contact shadows baked into the floor: what stands on a floor (booths, stages, the hall
 * model's columns) darkens the floor under and just beside it, as the soft light of a hall does.
 * Computed once per floor at build or publish time and multiplied onto the floor's material: no
 * shadow maps, nothing per frame, nothing on a phone's GPU but one texture lookup.
 *
 * Pure: a floor's venue in, a plan of texels out (the PNG is written by scripts/floor-shadow.ts).
 * The file is named by a fingerprint of what shapes the shadows, which the client computes from
 * the scene it holds: a floor changed since the build (the editor, a live re-publish) asks for a
 * file that does not exist and simply has no shadows.
 */
import { bbox } from '../geometry/measure.ts'
import type { Polygon } from '../geometry/types.ts'
import { COLUMN_SIZE, planColumns } from '../model/columnPlan.ts'
import { hallLayout } from '../model/hallLayout.ts'
import type { Venue } from '../scene/schema.ts'

/** Floor beyond the hall's outline the texture still covers (the model's slab reaches 0.9 m out). */
const MARGIN = 2
/**
 * Finest texel, metres; coarser when the floor is large, so no side exceeds MAX_SIDE texels. Its
 * upload is one main-thread task: 1,915 × 2,048 texels (a 70,000-booth site) was a 315 ms one
 * with software WebGL, for shadows too fine to see from where such a floor is taken in.
 */
const MIN_TEXEL = 0.25
const MAX_SIDE = 1024
/** How far the shadow spreads beyond a footprint, metres (three box blurs of this radius). */
const SPREAD = 0.7
/** Darkest multiplier (under a footprint, before blurring): 1 − STRENGTH. */
const STRENGTH = 0.55

/** Where the texture lies on the floor: texel (0, 0) is at (minX, minZ), rows run along +z. */
export interface ShadowFrame {
  minX: number
  minZ: number
  /** Metres per texel. */
  texel: number
  width: number
  height: number
}

export function shadowFrame(hall: Polygon): ShadowFrame {
  const b = bbox(hall)
  const minX = b.minX - MARGIN
  const minZ = b.minZ - MARGIN
  const w = b.maxX - b.minX + 2 * MARGIN
  const h = b.maxZ - b.minZ + 2 * MARGIN
  const texel = Math.max(MIN_TEXEL, Math.max(w, h) / MAX_SIDE)
  return { minX, minZ, texel, width: Math.ceil(w / texel), height: Math.ceil(h / texel) }
}

/**
 * What casts a shadow on this floor. `floor` is one floor's venue (floorVenue); `withColumns`
 * when the hall model stands on it (the model's columns are planned from the same data).
 */
export function shadowCasters(floor: Venue, withColumns: boolean): Polygon[] {
  const out: Polygon[] = floor.booths.map((b) => b.footprint)
  for (const z of floor.zones) if (z.kind === 'stage') out.push(z.footprint)
  if (withColumns) {
    const h = COLUMN_SIZE / 2
    for (const { at: [x, z] } of planColumns(floor, hallLayout(floor)).columns)
      out.push([
        [x - h, z - h],
        [x + h, z - h],
        [x + h, z + h],
        [x - h, z + h],
      ])
  }
  return out
}

/**
 * A fingerprint (8 hex digits, FNV-1a over centimetres) of everything that shapes a floor's
 * shadows: the outline, the zones (the columns are planned around them), the booths and whether
 * the model's columns stand there. Cheap enough for the client (no column planning).
 */
export function shadowFingerprint(floor: Venue, withColumns: boolean): string {
  let h = 0x811c9dc5
  const add = (n: number): void => {
    const v = Math.round(n * 100) | 0
    for (let s = 0; s < 32; s += 8) h = Math.imul(h ^ ((v >>> s) & 0xff), 0x01000193)
  }
  const addPolygon = (p: Polygon): void => {
    add(p.length)
    for (const [x, z] of p) {
      add(x)
      add(z)
    }
  }
  add(withColumns ? 1 : 0)
  addPolygon(floor.hall.footprint)
  add(floor.zones.length)
  for (const z of floor.zones) {
    add(z.kind === 'stage' ? 1 : 0)
    addPolygon(z.footprint)
  }
  add(floor.booths.length)
  for (const b of floor.booths) addPolygon(b.footprint)
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** The file beside the scene's files: `scenes/<id>/<name>`. */
export const shadowFileName = (fingerprint: string): string => `floor-shadow-${fingerprint}.png`

export interface ShadowImage {
  frame: ShadowFrame
  /** One byte per texel, row by row: the floor's colour multiplier × 255 (255: no shadow). */
  texels: Uint8Array
}

/** Rasterise the footprints (texel centres inside), blur, and turn coverage into a multiplier. */
export function rasteriseShadow(frame: ShadowFrame, casters: readonly Polygon[]): ShadowImage {
  const { width, height } = frame
  const cover = new Float32Array(width * height)
  for (const poly of casters) fillPolygon(cover, frame, poly)
  const radius = Math.max(1, Math.round(SPREAD / frame.texel))
  const tmp = new Float32Array(cover.length)
  for (let pass = 0; pass < 3; pass++) {
    boxBlur(cover, tmp, width, height, radius, 1, width)
    boxBlur(tmp, cover, height, width, radius, width, 1)
  }
  const texels = new Uint8Array(cover.length)
  for (let i = 0; i < cover.length; i++) texels[i] = Math.round(255 * (1 - STRENGTH * Math.min(1, cover[i]!)))
  return { frame, texels }
}

/** Scanline fill: each row's texel centres between the polygon's crossings (even–odd). */
function fillPolygon(cover: Float32Array, f: ShadowFrame, poly: Polygon): void {
  const b = bbox(poly)
  const r0 = Math.max(0, Math.floor((b.minZ - f.minZ) / f.texel))
  const r1 = Math.min(f.height - 1, Math.ceil((b.maxZ - f.minZ) / f.texel))
  const xs: number[] = []
  for (let r = r0; r <= r1; r++) {
    const z = f.minZ + (r + 0.5) * f.texel
    xs.length = 0
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      const [xi, zi] = poly[i]!
      const [xj, zj] = poly[j]!
      if (zi > z !== zj > z) xs.push(xi + ((z - zi) * (xj - xi)) / (zj - zi))
    }
    xs.sort((a, c) => a - c)
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k]! - f.minX) / f.texel - 0.5))
      const c1 = Math.min(f.width - 1, Math.floor((xs[k + 1]! - f.minX) / f.texel - 0.5))
      for (let c = c0; c <= c1; c++) cover[r * f.width + c] = 1
    }
  }
}

/**
 * One box blur along lines: `lines` lines of `length` texels, texel i of line l at
 * l * lineStride + i * step. A running sum, edges clamped.
 */
function boxBlur(src: Float32Array, dst: Float32Array, length: number, lines: number, radius: number, step: number, lineStride: number): void {
  const n = 2 * radius + 1
  for (let l = 0; l < lines; l++) {
    const base = l * lineStride
    const at = (i: number): number => src[base + Math.min(length - 1, Math.max(0, i)) * step]!
    let sum = 0
    for (let i = -radius; i <= radius; i++) sum += at(i)
    for (let i = 0; i < length; i++) {
      dst[base + i * step] = sum / n
      sum += at(i + radius + 1) - at(i - radius)
    }
  }
}
