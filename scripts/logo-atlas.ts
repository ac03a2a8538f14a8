/**
 * The logo atlas of a scene: every exhibitor logo (checked by src/domain/logos/logoRules.ts)
 * scaled into its cell of one PNG (src/domain/logos/atlasPlan.ts, resample.ts), and the map that finds each
 * one. Made by the build and by `npm run publish:scene`, so a visitor downloads one image for
 * all logos, only when the 3D view or a card shows one. PNG is read and written with pngjs;
 * WebP is decoded with sharp (libwebp), already in the toolchain through @gltf-transform.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { atlasMapOf, planAtlas } from '../src/domain/logos/atlasPlan.ts'
import type { LogoAtlasMap } from '../src/domain/logos/atlasMap.ts'
import { checkLogos, logoRefs, type CheckedLogo } from '../src/domain/logos/logoRules.ts'
import { drawScaled, type RgbaImage } from '../src/domain/logos/resample.ts'
import { formatIssue } from '../src/domain/scene/issues.ts'

export const LOGO_ATLAS_FILE = 'logos.png'

async function decode(logo: CheckedLogo, bytes: Buffer): Promise<RgbaImage> {
  if (logo.format === 'png') {
    const png = PNG.sync.read(bytes)
    return { width: png.width, height: png.height, data: png.data }
  }
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, data }
}

export interface LogoAtlas {
  png: Buffer
  /** The map, its `image` named by the caller (hashed when published). */
  map: (image: string) => LogoAtlasMap
  count: number
}

/** The scene folder's atlas, or null when no exhibitor has a logo. Throws on a logo the validator refuses. */
export async function buildLogoAtlas(sceneDir: string): Promise<LogoAtlas | null> {
  const raw = JSON.parse(readFileSync(path.join(sceneDir, 'exhibitors.json'), 'utf8')) as { exhibitors: { id: string; logo?: string }[] }
  const refs = logoRefs(raw.exhibitors)
  if (!refs.length) return null
  const files = new Map<string, Buffer | null>()
  for (const r of refs) {
    try {
      files.set(r.file, readFileSync(path.join(sceneDir, r.file)))
    } catch {
      files.set(r.file, null)
    }
  }
  const { issues, logos } = checkLogos(refs, (f) => files.get(f) ?? null)
  if (issues.length) throw new Error(`${sceneDir}: ${issues.map(formatIssue).join('; ')}`)
  const plan = planAtlas(logos)
  const atlas = new PNG({ width: plan.size, height: plan.size })
  atlas.data.fill(0)
  for (const [i, logo] of logos.entries()) drawScaled(await decode(logo, files.get(logo.file)!), atlas, plan.placements[i]!.rect)
  const png = PNG.sync.write(atlas, { colorType: 6, deflateLevel: 9 })
  return { png, map: (image) => atlasMapOf(plan, image), count: logos.length }
}
