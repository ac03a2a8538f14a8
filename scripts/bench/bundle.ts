/**
 * What a visitor downloads, read from a production build folder: the JavaScript that must
 * arrive before the first usable interface (the entry script and every module it imports, as
 * listed in the built index.html, plus the default language's interface text: the
 * assets/messages-en-*.js chunk, loaded dynamically but awaited before the interface shows,
 * and index.html's inline scripts; not the low-priority hints for the lazy 3D chunk, which the
 * interface never waits for, unless the entry imports them after all),
 * the lazily loaded 3D chunk, the scene worker, all JavaScript, and the hall models. Sizes are
 * gzip (level 9), as served compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { LOGO_MAP_FILE, parseLogoAtlasMap } from '../../src/domain/logos/atlasMap.ts'

export interface BundleFigures {
  /**
   * Entry script + the modules it imports + the English interface text (src/data/loadMessages.ts: one
   * language's table, a dynamic chunk the app awaits with the scene): what runs on the main
   * thread before the interface shows.
   */
  entryGzip: number
  entryFiles: { file: string; gzip: number }[]
  /** The lazily loaded chunk that carries three.js's renderer. */
  threeChunk: { file: string; gzip: number } | null
  /**
   * The 3D view's code: its lazily loaded chunk (src/scene/SceneHost.tsx) and every chunk it
   * imports statically that the entry does not (three.js, React Three Fiber, drei, shared
   * domain code): everything that downloads before the view can draw, however it is split.
   */
  view3d: { files: { file: string; gzip: number }[]; gzip: number } | null
  /** The hall model's loader (GLTFLoader, meshopt and Draco decoders), lazy: fetched only for venues with a model. */
  modelLoaderGzip: number
  /** The scene worker (validation off the main thread), also fetched before the list can show. */
  workerGzip: number
  /** Every .js file of the app (assets/). */
  totalJsGzip: number
  totalJsFiles: number
  /** Hall models (.glb), bytes as stored (meshopt-compressed). */
  modelBytes: number
  /** Per scene of the build: its fascia font subset and logo atlas image (fetched at the first zone view) and each floor's baked shadow texture (after the first frame); bytes as served, all already compressed. */
  sceneAssets: { scene: string; fasciaFontBytes: number; logoAtlasBytes: number; logoAtlasPx: number; shadowBytes: number[] }[]
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

/** A `<script type=module>` or `<link rel=modulepreload>` of the built index.html. */
export interface HtmlModule {
  url: string
  /** `fetchpriority="low"`: a hint for a lazy chunk (scripts/vite-plugin-preload-3d.ts), not something the entry needs. */
  low: boolean
}

/** Module scripts and modulepreloads of the built index.html, in document order. */
export function htmlModules(html: string): HtmlModule[] {
  const found: HtmlModule[] = []
  const tag = /<(script|link)\b[^>]*>/gi
  for (const m of html.matchAll(tag)) {
    const t = m[0]
    const isModuleScript = /^<script/i.test(t) && /type=["']module["']/i.test(t)
    const isPreload = /^<link/i.test(t) && /rel=["']modulepreload["']/i.test(t)
    if (!isModuleScript && !isPreload) continue
    const url = /(?:src|href)=["']([^"']+)["']/i.exec(t)?.[1]
    if (url && url.endsWith('.js')) found.push({ url, low: isPreload && /fetchpriority=["']low["']/i.test(t) })
  }
  return found
}

/** The chunks a built chunk imports statically (`import … from "./x.js"`, `export … from`), as file names beside it. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!)
}

/**
 * The entry scripts and every module they import statically, as URLs in document order: what
 * runs before the interface. A low-priority modulepreload (the lazy 3D chunk's) is left out
 * unless an entry script imports it; `read` gives a built file's code by URL.
 */
export function entryScripts(html: string, read: (url: string) => string): string[] {
  const modules = htmlModules(html)
  const needed = new Set(modules.filter((m) => !m.low).map((m) => m.url))
  const dirOf = (url: string): string => url.slice(0, url.lastIndexOf('/') + 1)
  for (const url of needed) for (const f of staticImports(read(url))) needed.add(`${dirOf(url)}${f}`)
  return [...new Set(modules.map((m) => m.url).filter((u) => needed.has(u)).concat([...needed]))]
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

export function analyzeBundle(distDir: string): BundleFigures {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const local = (url: string): string => path.join(distDir, url.replace(/^\.?\//, '').replace(/^[a-z]+:\/\/[^/]+\//i, ''))
  const js = walk(path.join(distDir, 'assets')).filter((f) => f.endsWith('.js'))
  const entryFiles = entryScripts(html, (url) => readFileSync(local(url), 'utf8')).map((url) => ({ file: url, gzip: gzipSize(local(url)) }))
  const messagesEn = js.find((f) => /[\\/]messages-en-(?!extra-)[^\\/]*\.js$/.test(f))
  if (messagesEn) entryFiles.push({ file: `/${path.relative(distDir, messagesEn).split(path.sep).join('/')}`, gzip: gzipSize(messagesEn) })
  // Inline scripts of index.html (the early scene start) run before the interface too.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).filter((t) => t.trim() !== '')
  if (inline.length) entryFiles.push({ file: 'index.html (inline scripts)', gzip: gzipSync(inline.join('\n'), { level: 9 }).length })
  // The 3D chunk: the largest chunk carrying three's renderer.
  const threeCandidates = js
    .filter((f) => readFileSync(f, 'utf8').includes('WebGLRenderer'))
    .map((f) => ({ file: path.relative(distDir, f), gzip: gzipSize(f) }))
    .sort((a, b) => b.gzip - a.gzip)
  const view3d = viewClosure(js, new Set(entryFiles.map((f) => local(f.file))))
  const modelLoader = js.find((f) => /[\\/]HallModel-[^\\/]+\.js$/.test(f))
  const worker = js.find((f) => /sceneWorker-[^/]*\.js$/.test(f))
  const models = walk(path.join(distDir, 'models')).filter((f) => f.endsWith('.glb'))
  return {
    entryGzip: entryFiles.reduce((s, f) => s + f.gzip, 0),
    entryFiles,
    threeChunk: threeCandidates[0] ?? null,
    view3d: view3d && { files: view3d.map((f) => ({ file: path.relative(distDir, f), gzip: gzipSize(f) })), gzip: view3d.reduce((sum, f) => sum + gzipSize(f), 0) },
    modelLoaderGzip: modelLoader ? gzipSize(modelLoader) : 0,
    workerGzip: worker ? gzipSize(worker) : 0,
    totalJsGzip: js.reduce((s, f) => s + gzipSize(f), 0),
    totalJsFiles: js.length,
    modelBytes: models.reduce((s, f) => s + statSync(f).size, 0),
    sceneAssets: sceneAssets(distDir),
  }
}

function sceneAssets(distDir: string): BundleFigures['sceneAssets'] {
  const scenes = path.join(distDir, 'scenes')
  if (!existsSync(scenes)) return []
  return readdirSync(scenes).map((scene) => {
    const dir = path.join(scenes, scene)
    const size = (f: string): number => (existsSync(f) ? statSync(f).size : 0)
    const map = path.join(dir, LOGO_MAP_FILE)
    const atlas = existsSync(map) ? parseLogoAtlasMap(JSON.parse(readFileSync(map, 'utf8'))) : null
    const shadows = readdirSync(dir).filter((f) => /^floor-shadow-[0-9a-f]{8}\.png$/.test(f))
    return {
      scene,
      fasciaFontBytes: size(path.join(dir, 'fascia.woff')),
      logoAtlasBytes: atlas ? size(path.join(dir, atlas.image)) : 0,
      logoAtlasPx: atlas?.size ?? 0,
      shadowBytes: shadows.map((f) => size(path.join(dir, f))),
    }
  })
}

/** The 3D view's chunk and the chunks it imports statically, however deep, less those of the entry: absolute paths. */
function viewClosure(js: string[], entry: ReadonlySet<string>): string[] | null {
  const view = js.find((f) => /[\\/]SceneHost-[^\\/]+\.js$/.test(f))
  if (!view) return null
  const files = [view]
  for (const f of files)
    for (const imported of staticImports(readFileSync(f, 'utf8'))) {
      const full = path.join(path.dirname(f), imported)
      if (!files.includes(full) && !entry.has(full)) files.push(full)
    }
  return files
}

export const KB = 1000
export const BUDGET_ENTRY_GZIP = 80 * KB
export const BUDGET_THREE_GZIP = 300 * KB
