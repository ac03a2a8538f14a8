/**
 * What a visitor downloads, read from a production build folder: the JavaScript that must
 * arrive before the first usable interface (the entry script and every module it preloads,
 * as listed in the built index.html, plus the default language's interface text: the
 * assets/messages-en-*.js chunk, loaded dynamically but awaited before the interface shows,
 * and index.html's inline scripts),
 * the lazily loaded 3D chunk, the scene worker, all JavaScript, and the hall models. Sizes are
 * gzip (level 9), as served compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  /**
   * Entry script + modulepreloads + the English interface text (src/data/loadMessages.ts: one
   * language's table, a dynamic chunk the app awaits with the scene): what runs on the main
   * thread before the interface shows.
   */
  entryGzip: number
  entryFiles: { file: string; gzip: number }[]
  /** The lazily loaded chunk that carries three.js (the 3D view). */
  threeChunk: { file: string; gzip: number } | null
  /** The scene worker (validation off the main thread), also fetched before the list can show. */
  workerGzip: number
  /** Every .js file of the app (assets/). */
  totalJsGzip: number
  totalJsFiles: number
  /** Hall models (.glb), bytes as stored (meshopt-compressed). */
  modelBytes: number
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

/** Entry script and modulepreload URLs of the built index.html, in document order. */
export function entryScripts(html: string): string[] {
  const urls: string[] = []
  const tag = /<(script|link)\b[^>]*>/gi
  for (const m of html.matchAll(tag)) {
    const t = m[0]
    const isModuleScript = /^<script/i.test(t) && /type=["']module["']/i.test(t)
    const isPreload = /^<link/i.test(t) && /rel=["']modulepreload["']/i.test(t)
    if (!isModuleScript && !isPreload) continue
    const src = /(?:src|href)=["']([^"']+)["']/i.exec(t)?.[1]
    if (src && src.endsWith('.js')) urls.push(src)
  }
  return urls
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
  const entryFiles = [...new Set(entryScripts(html))].map((url) => ({ file: url, gzip: gzipSize(local(url)) }))
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
  const worker = js.find((f) => /sceneWorker-[^/]*\.js$/.test(f))
  const models = walk(path.join(distDir, 'models')).filter((f) => f.endsWith('.glb'))
  return {
    entryGzip: entryFiles.reduce((s, f) => s + f.gzip, 0),
    entryFiles,
    threeChunk: threeCandidates[0] ?? null,
    workerGzip: worker ? gzipSize(worker) : 0,
    totalJsGzip: js.reduce((s, f) => s + gzipSize(f), 0),
    totalJsFiles: js.length,
    modelBytes: models.reduce((s, f) => s + statSync(f).size, 0),
  }
}

export const KB = 1000
export const BUDGET_ENTRY_GZIP = 80 * KB
export const BUDGET_THREE_GZIP = 300 * KB
