/**
 * Each scene's logo atlas (scripts/logo-atlas.ts): written into the build beside the scene's
 * manifest (`scenes/<id>/logos.json` and `files/logos.<hash>.png`, as `npm run publish:scene`
 * writes them), made on request by the dev server (`logos.json` naming `logos.png`) and kept
 * while exhibitors.json is unchanged.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import { LOGO_MAP_FILE } from '../src/domain/logos/atlasMap.ts'
import { buildLogoAtlas, LOGO_ATLAS_FILE, type LogoAtlas } from './logo-atlas.ts'
import { logoAtlasFiles } from './publish/logoAtlasFiles.ts'
import { publishedScenes, sceneDirsFor } from './scene-folders.ts'

function devMiddleware(root: string): Connect.NextHandleFunction {
  const cache = new Map<string, { stamp: number; atlas: LogoAtlas | null }>()
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = /^\/scenes\/([^/]+)\/(logos\.json|logos\.png)$/.exec(url)
    if (!match) return next()
    const dir = sceneDirsFor(root, match[1]!).find((d) => existsSync(path.join(d, 'exhibitors.json')))
    if (!dir) return next()
    const stamp = statSync(path.join(dir, 'exhibitors.json')).mtimeMs
    const hit = cache.get(dir)
    const made = hit?.stamp === stamp ? Promise.resolve(hit.atlas) : buildLogoAtlas(dir)
    made.then(
      (atlas) => {
        cache.set(dir, { stamp, atlas })
        if (!atlas) return next()
        const json = match[2] === LOGO_MAP_FILE
        res.setHeader('Content-Type', json ? 'application/json; charset=utf-8' : 'image/png')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(json ? JSON.stringify(atlas.map(LOGO_ATLAS_FILE)) : atlas.png)
      },
      (e: unknown) => next(e),
    )
  }
}

export function logoAtlasPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'venue-twin-logo-atlas',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(devMiddleware(root))
    },
    async generateBundle() {
      for (const { id, dir } of publishedScenes(root)) {
        if (!existsSync(path.join(dir, 'exhibitors.json'))) continue
        for (const f of await logoAtlasFiles(dir)) this.emitFile({ type: 'asset', fileName: `scenes/${id}/${f.path}`, source: f.bytes })
      }
    },
  }
}
