/**
 * Serves the venue data folders at `/scenes/<id>/<file>.json` in dev and preview, and copies
 * `scenes/` into the build. Scenes live outside `public/` because venue authors edit and
 * validate them as a project of their own; generated scale scenes (git-ignored) are served
 * the same way so `?scene=` can load them without a rebuild.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'

const SCENE_ROOTS = ['scenes', 'scenes-generated']
const SAFE_SEGMENT = /^[a-z0-9][a-z0-9-]*$/
const SAFE_FILE = /^[a-z0-9][a-z0-9-]*\.json$/

function sceneMiddleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = /^\/scenes\/([^/]+)\/([^/]+)$/.exec(url)
    if (!match) return next()
    const [, id = '', file = ''] = match
    // Only plain kebab-case names: the URL comes from the visitor and must never walk the disk.
    if (!SAFE_SEGMENT.test(id) || !SAFE_FILE.test(file)) return next()
    for (const dir of SCENE_ROOTS) {
      const full = path.join(root, dir, id, file)
      if (existsSync(full) && statSync(full).isFile()) {
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Cache-Control', 'no-cache')
        createReadStream(full).pipe(res)
        return
      }
    }
    next()
  }
}

export function scenesPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'venue-twin-scenes',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(sceneMiddleware(root))
    },
    configurePreviewServer(server) {
      server.middlewares.use(sceneMiddleware(root))
    },
    generateBundle() {
      const dir = path.join(root, 'scenes')
      if (!existsSync(dir)) return
      for (const id of readdirSync(dir)) {
        const sceneDir = path.join(dir, id)
        if (!SAFE_SEGMENT.test(id) || !statSync(sceneDir).isDirectory()) continue
        for (const file of readdirSync(sceneDir)) {
          if (!SAFE_FILE.test(file)) continue
          this.emitFile({
            type: 'asset',
            fileName: `scenes/${id}/${file}`,
            source: readFileSync(path.join(sceneDir, file)),
          })
        }
      }
    },
  }
}
