import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import * as THREE_CATALOGUE from '../../src/scene/threeCatalogue.ts'

const root = path.resolve(import.meta.dirname, '../..')
const sceneDir = path.join(root, 'src/scene')
const drei = path.join(root, 'node_modules/@react-three/drei')

/** `<mesh …>` → 'mesh': every lowercase JSX element of the 3D view's own code. */
const ownTags = (): string[] =>
  readdirSync(sceneDir)
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...readFileSync(path.join(sceneDir, f), 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!))

/** The drei components the view imports, and the elements their built code creates. */
function dreiTags(): { components: string[]; tags: string[] } {
  const names = readdirSync(sceneDir)
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...readFileSync(path.join(sceneDir, f), 'utf8').matchAll(/import \{([^}]+)\} from '@react-three\/drei'/g)])
    .flatMap((m) => m[1]!.split(',').map((n) => n.trim()))
  const components = [...new Set(names)].filter((n) => !n.startsWith('use'))
  const tags = components.flatMap((name) => {
    const file = ['core', 'web'].map((d) => path.join(drei, d, `${name}.js`)).find((f) => existsSync(f))
    if (!file) throw new Error(`drei component ${name}: no built file found to read its elements from`)
    return [...readFileSync(file, 'utf8').matchAll(/createElement\("([a-z][A-Za-z0-9]*)"/g)].map((m) => m[1]!)
  })
  return { components, tags }
}

/** A JSX element R3F builds from a three.js class: 'mesh' → 'Mesh'. */
const threeClassOf = (tag: string): string | null => {
  const name = tag[0]!.toUpperCase() + tag.slice(1)
  return name in THREE ? name : null
}

describe('the three.js classes registered with React Three Fiber (build)', () => {
  it("covers every three.js element of the view's own code", () => {
    const used = [...new Set(ownTags().map(threeClassOf).filter((c): c is string => c !== null))]
    // The scan sees the elements it should (it cannot pass by finding nothing).
    expect(used).toEqual(expect.arrayContaining(['Mesh', 'Group', 'InstancedMesh', 'HemisphereLight', 'Color']))
    expect(used.filter((c) => !(c in THREE_CATALOGUE))).toEqual([])
  })

  it('covers every three.js element the drei components it uses create', () => {
    const { components, tags } = dreiTags()
    expect(components).toEqual(expect.arrayContaining(['Html', 'PerspectiveCamera', 'OrthographicCamera', 'CameraControls']))
    const used = [...new Set(tags.map(threeClassOf).filter((c): c is string => c !== null))]
    expect(used).toEqual(expect.arrayContaining(['PerspectiveCamera', 'OrthographicCamera', 'Group']))
    expect(used.filter((c) => !(c in THREE_CATALOGUE))).toEqual([])
  })

  it('registers real three.js classes under their own names', () => {
    for (const [name, value] of Object.entries(THREE_CATALOGUE)) expect(value, name).toBe((THREE as Record<string, unknown>)[name])
  })
})
