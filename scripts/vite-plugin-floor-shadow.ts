/**
 * Each scene's baked floor shadows (scripts/floor-shadow.ts) at
 * `/scenes/<id>/floor-shadow-<fingerprint>.png`: written into the build for the scenes in
 * `scenes/`, made on request in dev and preview (also for generated scale scenes). The preview
 * serves a file published into its folder (`npm run publish:scene`, the editor's Publish) as a
 * static host would. A fingerprint no floor of the scene has any more (the scene changed) is a
 * 404: the client then draws no shadows.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import { floorShadowFilesIn, type FloorShadowFile } from './floor-shadow.ts'
import { publishedScenes, SAFE_SEGMENT, sceneDirsFor } from './scene-folders.ts'

interface Cached {
  stamp: string
  files: FloorShadowFile[]
  pngs: Map<string, Buffer>
}

function shadowFor(sceneDir: string, fileName: string, cache: Map<string, Cached>): Buffer | null {
  const venue = path.join(sceneDir, 'venue.json')
  if (!existsSync(venue)) return null
  const stamp = String(statSync(venue).mtimeMs)
  let hit = cache.get(sceneDir)
  if (hit?.stamp !== stamp) cache.set(sceneDir, (hit = { stamp, files: floorShadowFilesIn(sceneDir).files, pngs: new Map() }))
  const file = hit.files.find((f) => f.fileName === fileName)
  if (!file) return null
  let png = hit.pngs.get(fileName)
  if (!png) hit.pngs.set(fileName, (png = file.png()))
  return png
}

function shadowMiddleware(root: string, servedDir: string | null): Connect.NextHandleFunction {
  const cache = new Map<string, Cached>()
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = /^\/scenes\/([^/]+)\/(floor-shadow-[0-9a-f]{8}\.png)$/.exec(url)
    if (!match) return next()
    if (servedDir && SAFE_SEGMENT.test(match[1]!) && existsSync(path.join(servedDir, 'scenes', match[1]!, match[2]!))) return next()
    for (const dir of sceneDirsFor(root, match[1]!)) {
      const png = shadowFor(dir, match[2]!, cache)
      if (!png) continue
      res.setHeader('Content-Type', 'image/png')
      res.setHeader('Cache-Control', 'no-cache')
      res.end(png)
      return
    }
    // Not the page (the preview's fallback): the texture is simply not there.
    res.statusCode = 404
    res.end()
  }
}

export function floorShadowPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'venue-twin-floor-shadow',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(shadowMiddleware(root, null))
    },
    configurePreviewServer(server) {
      server.middlewares.use(shadowMiddleware(root, path.resolve(server.config.root, server.config.build.outDir)))
    },
    generateBundle() {
      for (const { id, dir } of publishedScenes(root)) {
        const { files, problem } = floorShadowFilesIn(dir)
        if (problem) this.warn(`scene ${id}: no floor shadows (${problem})`)
        for (const f of files) this.emitFile({ type: 'asset', fileName: `scenes/${id}/${f.fileName}`, source: f.png() })
      }
    },
  }
}
