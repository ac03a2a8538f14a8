/**
 * What the hall builder hands to the glTF writer: a small tree of named nodes, some carrying
 * geometry as plain typed arrays. Nothing here knows about glTF, three.js or files.
 */
import type { ModelMaterialId } from './materials.ts'
import type { Vec3 } from './vec3.ts'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

/** One draw call: triangles of one material with flat per-face normals. */
export interface ModelPrimitive {
  material: ModelMaterialId
  positions: Float32Array
  normals: Float32Array
  /** Uint16 whenever the vertex count allows it. */
  indices: Uint16Array | Uint32Array
}

export interface ModelNode {
  /** Node (and mesh) name, e.g. `walls`, `stage:main-stage`, `sign:digital-trade`. */
  name: string
  translation?: Vec3
  /** Copied to glTF extras (three.js: `userData`); always holds `name` and `role`. */
  extras: JsonObject
  /** Empty for group and anchor nodes. Mesh nodes are always leaves. */
  primitives: ModelPrimitive[]
  children: ModelNode[]
}

/** glTF's limit for 16-bit indices, and the budget every primitive must stay under. */
export const MAX_PRIMITIVE_VERTICES = 65_535
/** The whole hall is a handful of draw calls. */
export const MAX_PRIMITIVES = 12

export function modelNode(name: string, role: string, extras: JsonObject = {}, children: ModelNode[] = []): ModelNode {
  return { name, extras: roundJson({ name, role, ...extras }), primitives: [], children }
}

/** Numbers to the millimetre: extras are read by people and apps, not by the renderer. */
export function roundJson<T extends JsonValue>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1000) / 1000 + 0) as T
  if (Array.isArray(value)) return value.map((v) => roundJson(v)) as T
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {}
    for (const [k, v] of Object.entries(value)) out[k] = roundJson(v)
    return out as T
  }
  return value
}

export function listPrimitives(node: ModelNode): ModelPrimitive[] {
  return [...node.primitives, ...node.children.flatMap(listPrimitives)]
}

export function findNode(node: ModelNode, name: string): ModelNode | undefined {
  if (node.name === name) return node
  for (const child of node.children) {
    const hit = findNode(child, name)
    if (hit) return hit
  }
  return undefined
}
