/**
 * React Three Fiber's `<Canvas>` calls `extend(THREE)` with the whole three namespace, so every
 * class of three.js is bundled whether used or not (R3F's docs suggest a Canvas of one's own or
 * a codemod). This build-only plugin rewrites that one call in R3F's Canvas module to register
 * src/scene/threeCatalogue.ts instead: the 3D code shrinks by ~37 kB gzip (~140 kB minified).
 * If an R3F update changes the call, the build fails here rather than shipping the namespace
 * unnoticed. Dev keeps R3F as it is (its dependencies are pre-bundled without plugins).
 */
import path from 'node:path'
import type { Plugin } from 'vite'

const CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/
const NAMESPACE_IMPORT = "import * as THREE from 'three';"
const EXTEND_ALL = 'extend(THREE)'

export function threeCataloguePlugin(root: string): Plugin {
  const catalogue = path.join(root, 'src/scene/threeCatalogue.ts').split(path.sep).join('/')
  return {
    name: 'venue-twin:three-catalogue',
    apply: 'build',
    transform(code, id) {
      if (!CANVAS_MODULE.test(id)) return null
      const rewritten = code.replace(NAMESPACE_IMPORT, `import * as THREE_CATALOGUE from ${JSON.stringify(catalogue)};`).replace(EXTEND_ALL, 'extend(THREE_CATALOGUE)')
      // Exactly the one import and the one call, and no other use of the namespace left behind.
      if (!code.includes(NAMESPACE_IMPORT) || code.split(EXTEND_ALL).length !== 2 || /\bTHREE\s*[.[(),;]/.test(rewritten))
        throw new Error(`${id}: React Three Fiber's Canvas no longer registers the three namespace the way scripts/vite-plugin-three-catalogue.ts expects; update the plugin`)
      return { code: rewritten, map: null }
    },
  }
}
