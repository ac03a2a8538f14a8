/**
 * Builds what website integrators use (issue 7), alongside the app:
 *  - the SDK as its own ES module with a stable name, `sdk/venue-twin-embed.js`, plus its
 *    typings `sdk/venue-twin-embed.d.ts` (src/sdk/types.ts + the exported functions);
 *  - the example host page `examples/embed.html` as a second HTML page.
 * In dev, the same two SDK URLs are served from source, so the example works unchanged.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Connect, Plugin } from 'vite'

export const SDK_FILE = 'sdk/venue-twin-embed.js'
export const SDK_TYPES_FILE = 'sdk/venue-twin-embed.d.ts'
const SDK_ENTRY = 'src/sdk/index.ts'
const SDK_TYPES_SOURCE = 'src/sdk/types.ts'

/** The published typings: the SDK's self-contained types and the module's exports. */
export function sdkDeclarations(root: string): string {
  const types = readFileSync(path.join(root, SDK_TYPES_SOURCE), 'utf8')
  return `${types}
export declare const SDK_VERSION: string
export declare function embed(container: HTMLElement, options?: EmbedOptions): Promise<EmbeddedTwin>
export declare const VenueTwin: { embed: typeof embed; version: string }
`
}

function devSdkMiddleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0]
    if (url === `/${SDK_FILE}`) {
      // Served from source by Vite's own transform; the browser still sees the stable URL.
      req.url = `/${SDK_ENTRY}`
      return next()
    }
    if (url === `/${SDK_TYPES_FILE}`) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8')
      res.end(sdkDeclarations(root))
      return
    }
    next()
  }
}

export function embedPlugin(): Plugin {
  let root = process.cwd()
  let isBuild = false
  return {
    name: 'venue-twin-embed',
    config(config, env) {
      if (env.command !== 'build') return
      const dir = path.resolve(config.root ?? process.cwd())
      return {
        build: {
          rolldownOptions: {
            input: { index: path.resolve(dir, 'index.html'), 'examples/embed': path.resolve(dir, 'examples/embed.html') },
          },
        },
      }
    },
    configResolved(config) {
      root = config.root
      isBuild = config.command === 'build'
    },
    buildStart() {
      if (!isBuild) return
      // An entry of its own whose exports must survive: host pages import them.
      this.emitFile({ type: 'chunk', id: path.resolve(root, SDK_ENTRY), fileName: SDK_FILE, preserveSignature: 'strict' })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SDK_TYPES_FILE, source: sdkDeclarations(root) })
    },
    configureServer(server) {
      server.middlewares.use(devSdkMiddleware(root))
    },
  }
}
