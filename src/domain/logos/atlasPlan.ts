/**
 * Where each logo goes in the scene's logo atlas: one square, power-of-two image of equal cells
 * (128 px, smaller only past 1,024 logos), each logo scaled to fit its cell inside a gutter,
 * keeping its aspect, centred. Pure: the build decodes, resamples and encodes by this plan.
 */
import { FILES_DIR } from '../scene/manifest.ts'
import type { LogoAtlasMap, PixelRect } from './atlasMap.ts'

export const ATLAS_CELL = 128
/** Clear pixels around each logo, so a smaller mipmap of one never bleeds into its neighbour. */
export const ATLAS_GUTTER = 4
/** A WebGL 1 floor every device meets. */
export const ATLAS_MAX = 4096

export interface AtlasPlacement {
  exhibitorId: string
  /** Where the scaled logo is drawn, in atlas pixels (top-left origin). */
  rect: PixelRect
}

export interface AtlasPlan {
  size: number
  cell: number
  placements: AtlasPlacement[]
}

const pow2 = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)))

export function planAtlas(logos: readonly { exhibitorId: string; width: number; height: number }[]): AtlasPlan {
  const cols = Math.max(1, Math.ceil(Math.sqrt(logos.length)))
  let cell = ATLAS_CELL
  while (cols * cell > ATLAS_MAX && cell > 16) cell /= 2
  if (cols * cell > ATLAS_MAX) throw new Error(`${logos.length} logos do not fit one ${ATLAS_MAX} px atlas`)
  const size = pow2(cols * cell)
  const inner = cell - 2 * ATLAS_GUTTER
  const placements = logos.map((l, i) => {
    const scale = Math.min(inner / l.width, inner / l.height)
    const w = Math.max(1, Math.round(l.width * scale))
    const h = Math.max(1, Math.round(l.height * scale))
    const x = (i % cols) * cell + Math.floor((cell - w) / 2)
    const y = Math.floor(i / cols) * cell + Math.floor((cell - h) / 2)
    return { exhibitorId: l.exhibitorId, rect: [x, y, w, h] as PixelRect }
  })
  return { size, cell, placements }
}

/** The published map of a plan: what the app reads to find a logo in the image. */
export function atlasMapOf(plan: AtlasPlan, image: string): LogoAtlasMap {
  return { format: 'venue-twin-logos/1', image, size: plan.size, logos: Object.fromEntries(plan.placements.map((p) => [p.exhibitorId, p.rect])) }
}

/** Where a publish puts the atlas image: named by its content (first 16 hex of its SHA-256), so it is never rewritten. */
export const atlasImagePath = (sha256: string): string => `${FILES_DIR}/logos.${sha256.slice(0, 16)}.png`

/** `logos.json` as published: compact JSON with a final newline. */
export const atlasMapText = (map: LogoAtlasMap): string => `${JSON.stringify(map)}\n`
