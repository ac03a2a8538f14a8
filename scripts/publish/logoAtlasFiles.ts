/**
 * The logo atlas as published files: the image under its content-hashed name in `files/`
 * (immutable, like the scene files) and `logos.json` that names it. Shared by the build (the
 * default scenes) and `npm run publish:scene`; written before the manifest.
 */
import { LOGO_MAP_FILE } from '../../src/domain/logos/atlasMap.ts'
import { FILES_DIR } from '../../src/domain/scene/manifest.ts'
import { buildLogoAtlas } from '../logo-atlas.ts'
import { sha256 } from './planPublish.ts'

export interface AtlasFile {
  /** Relative to the scene's folder in the data folder. */
  path: string
  bytes: Buffer
  immutable: boolean
}

/** The files to write, atlas first; none when no exhibitor has a logo. */
export async function logoAtlasFiles(sceneDir: string): Promise<AtlasFile[]> {
  const atlas = await buildLogoAtlas(sceneDir)
  if (!atlas) return []
  const image = `${FILES_DIR}/logos.${sha256(atlas.png).slice(0, 16)}.png`
  const map = Buffer.from(`${JSON.stringify(atlas.map(image))}\n`)
  return [
    { path: image, bytes: atlas.png, immutable: true },
    { path: LOGO_MAP_FILE, bytes: map, immutable: false },
  ]
}
