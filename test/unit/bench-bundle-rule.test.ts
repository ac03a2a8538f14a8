import { describe, expect, it } from 'vitest'
import { entryScripts, staticImports } from '../../scripts/bench/bundle.ts'

/** A built index.html: the entry, a chunk it needs, and low-priority hints for the lazy 3D chunk. */
const HTML = `<head>
<script type="module" crossorigin src="/assets/app-1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/runtime-1.js">
<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/SceneHost-1.js">
<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/shared-1.js">
</head>`

describe('JS before the first usable UI (bench rule)', () => {
  it('counts the entry and what it preloads, not the low-priority hints for the lazy 3D chunk', () => {
    const code: Record<string, string> = {
      '/assets/app-1.js': 'import{a as b}from"./runtime-1.js";const x=()=>import("./SceneHost-1.js");',
      '/assets/runtime-1.js': 'export const a=1;',
    }
    expect(entryScripts(HTML, (u) => code[u] ?? '')).toEqual(['/assets/app-1.js', '/assets/runtime-1.js'])
  })

  it('counts a low-priority hint after all when the entry imports it, however deep', () => {
    const code: Record<string, string> = {
      '/assets/app-1.js': 'import"./runtime-1.js";',
      '/assets/runtime-1.js': 'export{s}from"./shared-1.js";',
      '/assets/shared-1.js': 'export const s=1;',
    }
    expect(entryScripts(HTML, (u) => code[u] ?? '')).toEqual(['/assets/app-1.js', '/assets/runtime-1.js', '/assets/shared-1.js'])
  })

  it('reads static imports and re-exports of minified chunks, not dynamic import() calls', () => {
    expect(staticImports('import{t as e}from"./a-1.js";import"./b-1.js";export{x}from"./c-1.js";const l=()=>import("./d-1.js")')).toEqual(['a-1.js', 'b-1.js', 'c-1.js'])
  })
})
