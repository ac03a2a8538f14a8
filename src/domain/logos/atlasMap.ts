/**
 * The logo atlas's map (`logos.json` beside a scene's manifest): the atlas image and each
 * exhibitor's rectangle in it. Zod-free: the 3D view and the exhibitor card read it at run time.
 */

/** x, y (top-left origin), width, height in atlas pixels. */
export type PixelRect = [number, number, number, number]

export interface LogoAtlasMap {
  format: 'venue-twin-logos/1'
  /** The atlas PNG, relative to the map. */
  image: string
  /** Width and height of the square atlas, px. */
  size: number
  logos: Record<string, PixelRect>
}

export const LOGO_MAP_FILE = 'logos.json'

const IMAGE = /^(files\/)?logos(\.[0-9a-f]{16})?\.png$/

/** The map, or null when it is not one (the app then draws no logos). */
export function parseLogoAtlasMap(raw: unknown): LogoAtlasMap | null {
  if (typeof raw !== 'object' || raw === null) return null
  const m = raw as Partial<LogoAtlasMap>
  if (m.format !== 'venue-twin-logos/1' || typeof m.image !== 'string' || !IMAGE.test(m.image)) return null
  if (typeof m.size !== 'number' || !(m.size > 0) || typeof m.logos !== 'object' || m.logos === null) return null
  const logos: Record<string, PixelRect> = {}
  for (const [id, r] of Object.entries(m.logos)) {
    if (Array.isArray(r) && r.length === 4 && r.every((v) => typeof v === 'number' && v >= 0 && v <= m.size!)) logos[id] = r as PixelRect
  }
  return { format: m.format, image: m.image, size: m.size, logos }
}

/** A rectangle as texture coordinates [u0, v0, u1, v1] (v up, the image's first row at v = 1). */
export function uvOf(rect: PixelRect, size: number): [number, number, number, number] {
  const [x, y, w, h] = rect
  return [x / size, 1 - (y + h) / size, (x + w) / size, 1 - y / size]
}
