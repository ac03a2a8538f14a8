/** The current scene's logo atlas for the 3D fascias and the exhibitor card: null until (and unless) it is there. */
import { useEffect, useState } from 'react'
import { loadLogoAtlas, logoFolderUrl, type LogoAtlas } from '../data/logoAtlas.ts'
import { useVenueStore } from './store.ts'

export function useLogoAtlas(enabled = true): LogoAtlas | null {
  const manifestUrl = useVenueStore((s) => s.manifestUrl)
  const sceneId = useVenueStore((s) => s.sceneId)
  const folder = logoFolderUrl(manifestUrl, sceneId)
  const [atlas, setAtlas] = useState<{ folder: string; atlas: LogoAtlas | null } | null>(null)
  useEffect(() => {
    if (!enabled) return
    let live = true
    void loadLogoAtlas(folder).then((a) => {
      if (live) setAtlas({ folder, atlas: a })
    })
    return () => {
      live = false
    }
  }, [folder, enabled])
  return atlas?.folder === folder ? atlas.atlas : null
}
