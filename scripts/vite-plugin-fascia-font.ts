/**
 * Each scene's fascia font (scripts/fascia-font.ts) at `/scenes/<id>/fascia.woff`: written into
 * the build for the scenes in `scenes/`, made on first request in dev and preview (also for
 * generated scale scenes) and kept while the scene's files are unchanged.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'
import { buildFasciaFont, FASCIA_FONT_FILE, readFasciaSource } from './fascia-font.ts'
import { publishedScenes, sceneDirsFor } from './scene-folders.ts'

function fontFor(sceneDir: string, cache: Map<string, { stamp: string; woff: Buffer }>): Buffer | null {
  const files = ['venue.json', 'exhibitors.json'].map((f) => path.join(sceneDir, f))
  if (!files.every((f) => existsSync(f))) return null
  const stamp = files.map((f) => statSync(f).mtimeMs).join(':')
  const hit = cache.get(sceneDir)
  if (hit?.stamp === stamp) return hit.woff
  const { woff, missing } = buildFasciaFont(readFasciaSource(sceneDir))
  if (missing.length) console.warn(`[fascia font] ${sceneDir}: no glyph for ${missing.join(' ')}`)
  cache.set(sceneDir, { stamp, woff })
  return woff
}

function fontMiddleware(root: string): Connect.NextHandleFunction {
  const cache = new Map<string, { stamp: string; woff: Buffer }>()
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = /^\/scenes\/([^/]+)\/fascia\.woff$/.exec(url)
    for (const dir of sceneDirsFor(root, match?.[1] ?? '')) {
      const woff = fontFor(dir, cache)
      if (!woff) continue
      res.setHeader('Content-Type', 'font/woff')
      res.setHeader('Cache-Control', 'no-cache')
      res.end(woff)
      return
    }
    next()
  }
}

export function fasciaFontPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'venue-twin-fascia-font',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(fontMiddleware(root))
    },
    configurePreviewServer(server) {
      server.middlewares.use(fontMiddleware(root))
    },
    generateBundle() {
      for (const { id, dir: sceneDir } of publishedScenes(root)) {
        const { woff, missing } = buildFasciaFont(readFasciaSource(sceneDir))
        if (missing.length) this.warn(`scene ${id}: the fascia font has no glyph for ${missing.join(' ')}`)
        this.emitFile({ type: 'asset', fileName: `scenes/${id}/${FASCIA_FONT_FILE}`, source: woff })
      }
    },
  }
}
