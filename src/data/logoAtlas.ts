/**
 * The scene's logo atlas map (`logos.json` beside its manifest, or beside its plain files in
 * dev), fetched once per scene folder when a fascia or a card first needs it. No map, or a
 * broken one: no logos, never an error screen (logos are decoration beside the name).
 */
import { LOGO_MAP_FILE, parseLogoAtlasMap, type PixelRect } from '../domain/logos/atlasMap.ts'

export interface LogoAtlas {
  /** Absolute URL of the atlas image. */
  imageUrl: string
  size: number
  logos: Readonly<Record<string, PixelRect>>
}

/** The folder of a published scene is its manifest's; an unpublished one is served at scenes/<id>/. */
export function logoFolderUrl(manifestUrl: string | null, sceneId: string): string {
  return manifestUrl ? new URL('./', manifestUrl).href : new URL(`${import.meta.env.BASE_URL}scenes/${encodeURIComponent(sceneId)}/`, location.href).href
}

const loads = new Map<string, Promise<LogoAtlas | null>>()

export function loadLogoAtlas(folderUrl: string): Promise<LogoAtlas | null> {
  let p = loads.get(folderUrl)
  if (!p) {
    const url = new URL(LOGO_MAP_FILE, folderUrl).href
    p = fetch(url, { cache: 'no-cache' })
      .then(async (res) => {
        if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null
        const map = parseLogoAtlasMap(await res.json())
        return map && { imageUrl: new URL(map.image, url).href, size: map.size, logos: map.logos }
      })
      .catch(() => null)
    loads.set(folderUrl, p)
  }
  return p
}
