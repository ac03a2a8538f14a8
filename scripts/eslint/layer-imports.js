/**
 * ESLint rule enforcing the layer order of docs/architecture.md:
 *   domain ← data ← state ← scene | ui ← app ; integration talks to state (and domain types);
 *   server (the recorder, a Node service) uses domain only.
 * Imports are resolved against the importing file, so a folder name that repeats inside a
 * layer (domain/scene/) is never mistaken for another layer.
 */
import path from 'node:path'

const SRC = `${path.sep}src${path.sep}`

/** Which layers each layer may import from (its own always allowed). */
export const ALLOWED = {
  domain: [],
  data: ['domain'],
  state: ['domain', 'data'],
  scene: ['domain', 'data', 'state'],
  ui: ['domain', 'data', 'state'],
  integration: ['domain', 'data', 'state'],
  app: ['domain', 'data', 'state', 'scene', 'ui', 'integration'],
  // The venue editor (edit.html): a sibling of app/ that reuses the explorer's view; nothing imports it.
  editor: ['domain', 'data', 'state', 'scene', 'ui'],
  main: ['domain', 'data', 'state', 'scene', 'ui', 'integration', 'app'],
  // The recorder (a Node service) shares only the pure domain with the app.
  server: ['domain'],
}

/**
 * Packages a layer must not touch: domain is pure (no file system, no file-format parsers: the
 * interchange converters take parsed rows and objects); only scene/ talks to three.js.
 */
const FORBIDDEN_PACKAGES = {
  domain: [/^react($|\/|-dom)/, /^three($|\/)/, /^@react-three\//, /^zustand/, /^mqtt/, /^node:/, /^papaparse/, /^exceljs/, /^fflate/],
  data: [/^react($|\/|-dom)/, /^three($|\/)/, /^@react-three\//, /^zustand/],
  state: [/^three($|\/)/, /^@react-three\//],
  ui: [/^three($|\/)/, /^@react-three\//],
  integration: [/^three($|\/)/, /^@react-three\//],
  editor: [/^three($|\/)/, /^@react-three\//],
  server: [/^react($|\/|-dom)/, /^three($|\/)/, /^@react-three\//, /^zustand/],
}

function layerOf(file) {
  const i = file.lastIndexOf(SRC)
  if (i < 0) return null
  const rest = file.slice(i + SRC.length)
  const first = rest.split(path.sep)[0]
  if (first === 'main.tsx' || first === 'main.ts') return 'main'
  return Object.hasOwn(ALLOWED, first) ? first : null
}

export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'imports point down the layers of docs/architecture.md' },
    schema: [],
    messages: {
      layer: '{{from}}/ may not import from {{to}}/ (allowed: {{allowed}}). See docs/architecture.md.',
      pkg: '{{from}}/ may not import "{{pkg}}": {{why}}',
    },
  },
  create(context) {
    const file = context.filename
    const from = layerOf(file)
    if (!from) return {}
    const check = (node, source) => {
      if (typeof source !== 'string') return
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(file), source)
        const to = layerOf(target.endsWith('.ts') || target.endsWith('.tsx') ? target : `${target}${path.sep}x.ts`)
        if (!to || to === from) return
        if (!ALLOWED[from].includes(to))
          context.report({ node, messageId: 'layer', data: { from, to, allowed: ALLOWED[from].join(', ') || 'none' } })
        return
      }
      for (const re of FORBIDDEN_PACKAGES[from] ?? []) {
        if (re.test(source))
          context.report({
            node,
            messageId: 'pkg',
            data: { from, pkg: source, why: from === 'domain' ? 'domain/ is pure TypeScript' : from === 'server' ? 'server/ is a Node service without a UI' : 'only scene/ renders 3D' },
          })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

export default { rules: { 'layer-imports': layerImports } }
