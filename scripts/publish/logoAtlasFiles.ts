/**
 * The logo atlas as published files: the image under its content-hashed name in `files/`
 * (immutable, like the scene files) and `logos.json` that names it. Shared by the build (the
 * default scenes) and `npm run publish:scene`; written before the manifest.
 */
import { LOGO_MAP_FILE } from '../../src/domain/logos/atlasMap.ts'
import { atlasImagePath, atlasMapText } from '../../src/domain/logos/atlasPlan.ts'
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
  const image = atlasImagePath(sha256(atlas.png))
  const map = Buffer.from(atlasMapText(atlas.map(image)))
  return [
    { path: image, bytes: atlas.png, immutable: true },
    { path: LOGO_MAP_FILE, bytes: map, immutable: false },
  ]
}
