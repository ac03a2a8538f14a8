/**
 * React Three Fiber's `<Canvas>` calls `extend(THREE)` with the whole three namespace, so every
 * class of three.js is bundled whether used or not (R3F's docs suggest a Canvas of one's own or
 * a codemod). This rewrites that one call in R3F's Canvas module to register
 * src/scene/threeCatalogue.ts instead: the 3D code shrinks by ~37 kB gzip (~140 kB minified).
 * The same rewrite runs in the build and in the dev server's dependency pre-bundling, so dev and
 * production render through the same classes: an element missing from the catalogue fails in dev
 * too. If an R3F update changes the call, both fail here rather than shipping the namespace.
 */
import path from 'node:path'
import type { Plugin } from 'vite'

const CANVAS_MODULE = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/
const NAMESPACE_IMPORT = "import * as THREE from 'three';"
const EXTEND_ALL = 'extend(THREE)'

function catalogueFile(root: string): string {
  return path.join(root, 'src/scene/threeCatalogue.ts').split(path.sep).join('/')
}

/** R3F's Canvas module with the catalogue registered instead of the namespace; null for other modules. */
export function rewriteCanvasModule(code: string, id: string, catalogue: string): { code: string; map: null } | null {
  if (!CANVAS_MODULE.test(id)) return null
  const rewritten = code.replace(NAMESPACE_IMPORT, `import * as THREE_CATALOGUE from ${JSON.stringify(catalogue)};`).replace(EXTEND_ALL, 'extend(THREE_CATALOGUE)')
  // Exactly the one import and the one call, and no other use of the namespace left behind.
  if (!code.includes(NAMESPACE_IMPORT) || code.split(EXTEND_ALL).length !== 2 || /\bTHREE\s*[.[(),;]/.test(rewritten))
    throw new Error(`${id}: React Three Fiber's Canvas no longer registers the three namespace the way scripts/vite-plugin-three-catalogue.ts expects; update the plugin`)
  return { code: rewritten, map: null }
}

/** The build's rewrite (Vite plugin). */
export function threeCataloguePlugin(root: string): Plugin {
  const catalogue = catalogueFile(root)
  return {
    name: 'venue-twin:three-catalogue',
    apply: 'build',
    transform: (code, id) => rewriteCanvasModule(code, id, catalogue),
  }
}

/** The dev server's rewrite, for `optimizeDeps.rolldownOptions.plugins` (R3F is pre-bundled there). */
export function threeCatalogueDepsPlugin(root: string): { name: string; transform: (code: string, id: string) => { code: string; map: null } | null } {
  const catalogue = catalogueFile(root)
  return { name: 'venue-twin:three-catalogue-deps', transform: (code, id) => rewriteCanvasModule(code, id, catalogue) }
}
