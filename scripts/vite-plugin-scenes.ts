/**
 * Serves the venue data folders at `/scenes/<id>/<file>.json` in dev and preview (unpublished:
 * no manifest, the app reads the plain files), and publishes `scenes/` into the build the way
 * `npm run publish:scene` does: hashed files plus manifest.json, as revision 1. Scenes live
 * outside `public/` because venue authors edit and validate them as a project of their own;
 * generated scale scenes (git-ignored) are served the same way so `?scene=` can load them
 * without a rebuild.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import { SCENE_FILES, type SceneFileName } from '../src/domain/scene/files.ts'
import { MANIFEST_FILE } from '../src/domain/scene/manifest.ts'
import { planPublish } from './publish/planPublish.ts'
import { publishedScenes, sceneDirsFor } from './scene-folders.ts'

const SAFE_FILE = /^[a-z0-9][a-z0-9-]*\.json$/

function sceneMiddleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = /^\/scenes\/([^/]+)\/([^/]+)$/.exec(url)
    if (!match) return next()
    const [, id = '', file = ''] = match
    // Only plain names: the URL comes from the visitor and must never walk the disk.
    if (!SAFE_FILE.test(file)) return next()
    for (const dir of sceneDirsFor(root, id)) {
      const full = path.join(dir, file)
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
      for (const { id, dir: sceneDir } of publishedScenes(root)) {
        if (!SCENE_FILES.every((f) => existsSync(path.join(sceneDir, f)))) continue
        const files = Object.fromEntries(SCENE_FILES.map((f) => [f, readFileSync(path.join(sceneDir, f))])) as Record<SceneFileName, Buffer>
        const plan = planPublish(id, files, null)
        for (const f of plan.files) this.emitFile({ type: 'asset', fileName: `scenes/${id}/${f.path}`, source: f.bytes })
        this.emitFile({ type: 'asset', fileName: `scenes/${id}/${MANIFEST_FILE}`, source: plan.manifestBytes })
      }
    },
  }
}
