/**
 * The per-scene files a publish writes beside the revision's JSON, made in the browser as
 * `npm run publish:scene` makes them on disk, from the same pure plans: each floor's baked
 * contact shadow (domain/shadow/floorShadows.ts) and the exhibitor logo atlas with its map
 * (domain/logos/). The caller writes the manifest after these.
 */
import { LOGO_MAP_FILE, parseLogoAtlasMap } from '../domain/logos/atlasMap.ts'
import { atlasImagePath, atlasMapOf, atlasMapText, planAtlas } from '../domain/logos/atlasPlan.ts'
import { decideLogos, type LogoPublish, type PublishedLogos } from '../domain/logos/logoPublish.ts'
import { checkLogos, logoRefs } from '../domain/logos/logoRules.ts'
import { drawScaled } from '../domain/logos/resample.ts'
import type { SceneManifest } from '../domain/scene/manifest.ts'
import { hex } from '../domain/scene/publishPlan.ts'
import type { Scene } from '../domain/scene/schema.ts'
import { floorShadowPlans } from '../domain/shadow/floorShadows.ts'
import { greyPng, shadowScanlines } from '../domain/shadow/shadowPng.ts'
import { decodeImage, encodePng } from './canvasPng.ts'
import { exists, readText, removeFile, writeFile } from './folderFiles.ts'
import type { SceneFileReader } from './sceneAssets.ts'

export interface AssetOutcome {
  /** Floors whose shadow the folder now holds. */
  shadows: number
  logos: LogoPublish
}

export async function publishAssets(dir: FileSystemDirectoryHandle, scene: Scene, previous: SceneManifest | null, files: SceneFileReader | null): Promise<AssetOutcome> {
  const shadows = floorShadowPlans(scene.venue)
  for (const s of shadows) {
    // Named by what shapes it: one already there holds these very texels.
    if (await exists(dir, s.fileName)) continue
    const image = s.image()
    await writeFile(dir, s.fileName, greyPng(image.frame.width, image.frame.height, await zlib(shadowScanlines(image))))
  }

  const refs = logoRefs(scene.exhibitors)
  const bytes = new Map<string, Uint8Array | null>()
  for (const r of refs) if (!bytes.has(r.file)) bytes.set(r.file, files ? await files(r.file) : null)
  const checked = checkLogos(refs, (f) => bytes.get(f) ?? null)
  const before = refs.length && !checked.logos.length ? await publishedLogos(dir, previous) : { map: null, imageThere: false, logoOf: null }
  const logos = decideLogos(refs, checked, before)
  if (logos.kind === 'build') {
    const plan = planAtlas(logos.logos)
    const atlas = { width: plan.size, height: plan.size, data: new Uint8ClampedArray(plan.size * plan.size * 4) }
    for (const [i, logo] of logos.logos.entries()) drawScaled(await decodeImage(bytes.get(logo.file)!, `image/${logo.format}`), atlas, plan.placements[i]!.rect)
    const png = await encodePng(atlas)
    const image = atlasImagePath(hex(await crypto.subtle.digest('SHA-256', png as Uint8Array<ArrayBuffer>)))
    if (!(await exists(dir, image))) await writeFile(dir, image, png)
    await writeFile(dir, LOGO_MAP_FILE, new TextEncoder().encode(atlasMapText(atlasMapOf(plan, image))))
  } else if (logos.kind === 'keep') {
    await writeFile(dir, LOGO_MAP_FILE, new TextEncoder().encode(atlasMapText(logos.map)))
  } else {
    // A scene without logos, or whose logos cannot be published, must not keep showing the last ones.
    await removeFile(dir, LOGO_MAP_FILE)
  }
  return { shadows: shadows.length, logos }
}

/** zlib-wrapped deflate (what a PNG's IDAT holds), by the browser's own compressor. */
async function zlib(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The folder's logo map, whether its image is there, and which logo file each exhibitor had in that publish. */
async function publishedLogos(dir: FileSystemDirectoryHandle, previous: SceneManifest | null): Promise<PublishedLogos> {
  const json = async (path: string): Promise<unknown> => {
    const text = await readText(dir, path)
    try {
      return text === null ? null : JSON.parse(text)
    } catch {
      return null
    }
  }
  const map = parseLogoAtlasMap(await json(LOGO_MAP_FILE))
  const imageThere = !!map && (await exists(dir, map.image))
  const ex = previous ? ((await json(previous.files['exhibitors.json'].path)) as { exhibitors?: unknown } | null) : null
  const logoOf = Array.isArray(ex?.exhibitors)
    ? new Map((ex.exhibitors as { id?: unknown; logo?: unknown }[]).filter((e) => typeof e.id === 'string' && typeof e.logo === 'string').map((e) => [e.id as string, e.logo as string]))
    : null
  return { map, imageThere, logoOf }
}
