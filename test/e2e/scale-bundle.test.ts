/**
 * Download budgets, checked against the production build the e2e run serves: the JavaScript
 * before the first usable interface (entry + the modules it imports + the start language's
 * interface text) and the lazily loaded 3D chunk.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { analyzeBundle, BUDGET_ENTRY_GZIP, BUDGET_THREE_GZIP, staticImports } from '../../scripts/bench/bundle.ts'

const kb = (n: number): string => `${(n / 1000).toFixed(1)} kB`

describe('bundle budgets', () => {
  const figures = analyzeBundle(inject('distDir'))

  it(`loads at most ${kb(BUDGET_ENTRY_GZIP)} gzip of JavaScript before the interface is usable`, () => {
    const list = figures.entryFiles.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')
    expect(figures.entryFiles.length, 'the built index.html names its entry script').toBeGreaterThan(0)
    expect(figures.entryFiles.some((f) => /messages-en-/.test(f.file)), 'the English interface text is counted').toBe(true)
    expect(figures.entryGzip, `entry + preloads: ${list}`).toBeLessThanOrEqual(BUDGET_ENTRY_GZIP)
  })

  it(`keeps three.js out of the entry, in lazy 3D code of at most ${kb(BUDGET_THREE_GZIP)} gzip`, () => {
    expect(figures.threeChunk, 'a chunk carrying three.js').not.toBeNull()
    expect(figures.entryFiles.map((f) => f.file.replace(/^\//, ''))).not.toContain(figures.threeChunk!.file)
    // Counted as a whole: the view's chunk with three.js, R3F and every other chunk it imports.
    const files = figures.view3d!.files.map((f) => f.file)
    expect(files, 'the 3D view and three.js').toContain(figures.threeChunk!.file)
    expect(files.some((f) => /SceneHost-/.test(f))).toBe(true)
    expect(figures.view3d!.gzip, files.join(', ')).toBeLessThanOrEqual(BUDGET_THREE_GZIP)
  })

  it('bundles only the three.js classes the view uses, not the whole namespace', () => {
    // R3F's <Canvas> would register every class; the build registers src/scene/threeCatalogue.ts.
    const code = figures.view3d!.files.map(({ file }) => readFileSync(path.join(inject('distDir'), file), 'utf8')).join('\n')
    expect(code, 'a class the view uses').toContain('InstancedMesh')
    for (const unused of ['TorusKnotGeometry', 'PositionalAudio', 'AnimationMixer']) expect(code, unused).not.toContain(unused)
  })

  it('keeps the hall model loader out of the code the first 3D frame waits for', () => {
    expect(figures.modelLoaderGzip, 'a lazy chunk with GLTFLoader').toBeGreaterThan(5_000)
    expect(figures.view3d!.files.some((f) => /HallModel-/.test(f.file))).toBe(false)
    for (const { file } of figures.view3d!.files) expect(readFileSync(path.join(inject('distDir'), file), 'utf8'), file).not.toContain('KHR_draco_mesh_compression')
  })

  it('starts the 3D code downloading from the first moment, at low priority, without running it', () => {
    const html = readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8')
    for (const { file } of figures.view3d!.files) {
      const preload = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(file))
      expect(preload, `a <link> for ${file} in index.html`).toBeDefined()
      // A module preload: compiled off the main thread as it arrives (a classic-script preload was
      // compiled again, on the main thread, when the app imported it).
      expect(preload).toMatch(/rel="modulepreload"/)
      expect(preload).toMatch(/fetchpriority="low"/)
      // A script tag would run it before the interface.
      expect(html).not.toMatch(new RegExp(`<script[^>]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    }
  })

  it('asks for every chunk the 3D view imports at once, however deep, not one by one as each is parsed', () => {
    const dist = inject('distDir')
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
    const asked = new Set([...html.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!))
    // Static imports only (dynamic import() calls are fetched on demand, by design).
    const view = figures.view3d!.files.find((f) => /SceneHost-/.test(f.file))!
    const graph = new Set<string>([view.file.replace(/^assets\//, '')])
    for (const f of graph) for (const i of staticImports(readFileSync(path.join(dist, 'assets', f), 'utf8'))) graph.add(i)
    expect(graph.size, 'the 3D view imports shared chunks').toBeGreaterThan(3)
    expect([...graph].filter((f) => !asked.has(f))).toEqual([])
  })

  it('validates scenes in a worker of its own, outside the entry', () => {
    expect(figures.workerGzip).toBeGreaterThan(0)
  })
})
