/**
 * Writes the hall model (scripts/models/hallParts.ts) as a meshopt-compressed GLB with glTF-Transform.
 * Deterministic: no timestamps, fixed generator string, fixed material and node order.
 */
import { Document, Logger, NodeIO, type Material, type Node as GltfNode } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { dedup, meshopt, prune, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { buildHallParts } from './hallParts.ts'
import { MODEL_MATERIAL_ORDER, MODEL_MATERIALS, type ModelMaterialId } from './materials.ts'
import type { ModelNode } from './modelTree.ts'
import { floorVenue } from '../../src/domain/scene/floors.ts'
import { defaultLevelId } from '../../src/domain/scene/levels.ts'
import type { Venue } from '../../src/domain/scene/schema.ts'

export const GENERATOR = 'venue-twin build-models'

export interface ModelStats {
  bytes: number
  meshes: number
  primitives: number
  triangles: number
  vertices: number
  /** Largest vertex count of a single primitive. */
  maxPrimitiveVertices: number
}

export interface BuiltHallModel {
  glb: Uint8Array
  stats: ModelStats
  warnings: string[]
}

/** A NodeIO that reads and writes what build-models produces. */
export async function modelIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready])
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
}

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function colorFactor(hex: string): [number, number, number, number] {
  const v = (i: number): number => Math.round(srgbToLinear(parseInt(hex.slice(i, i + 2), 16) / 255) * 1e4) / 1e4
  return [v(1), v(3), v(5), 1]
}

export async function buildHallModel(venue: Venue): Promise<BuiltHallModel> {
  // The model is the first level's hall; the floors above are drawn from the data (see docs/architecture.md).
  const model = buildHallParts(floorVenue(venue, defaultLevelId(venue)))
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.getRoot().getAsset().generator = GENERATOR
  const buffer = doc.createBuffer()

  const materials = new Map<ModelMaterialId, Material>()
  for (const id of MODEL_MATERIAL_ORDER) {
    const spec = MODEL_MATERIALS[id]
    materials.set(
      id,
      doc.createMaterial(id).setBaseColorFactor(colorFactor(spec.color)).setMetallicFactor(0).setRoughnessFactor(spec.roughness),
    )
  }

  const toGltf = (node: ModelNode): GltfNode => {
    const out = doc.createNode(node.name).setExtras({ ...node.extras })
    if (node.translation) out.setTranslation([...node.translation])
    if (node.primitives.length) {
      const mesh = doc.createMesh(node.name).setExtras({ name: node.name })
      for (const p of node.primitives) {
        const prim = doc
          .createPrimitive()
          .setMaterial(materials.get(p.material)!)
          .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(p.positions).setBuffer(buffer))
          .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(p.normals).setBuffer(buffer))
          .setIndices(doc.createAccessor().setType('SCALAR').setArray(p.indices).setBuffer(buffer))
        mesh.addPrimitive(prim)
      }
      out.setMesh(mesh)
    }
    for (const child of node.children) out.addChild(toGltf(child))
    return out
  }
  const scene = doc.createScene('venue-twin').addChild(toGltf(model.root))
  doc.getRoot().setDefaultScene(scene)

  await MeshoptEncoder.ready
  await doc.transform(
    weld(),
    dedup({ keepUniqueNames: true }),
    // Anchor nodes (signs, merged stages) are empty leaves on purpose.
    prune({ keepLeaves: true, keepExtras: true }),
    meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizeNormal: 8 }),
  )
  const io = await modelIO()
  const glb = await io.writeBinary(doc)
  return { glb, stats: statsOf(doc, glb.byteLength), warnings: model.warnings }
}

export async function buildHallGlb(venue: Venue): Promise<Uint8Array> {
  return (await buildHallModel(venue)).glb
}

export function statsOf(doc: Document, bytes: number): ModelStats {
  const stats: ModelStats = { bytes, meshes: 0, primitives: 0, triangles: 0, vertices: 0, maxPrimitiveVertices: 0 }
  for (const mesh of doc.getRoot().listMeshes()) {
    stats.meshes++
    for (const prim of mesh.listPrimitives()) {
      const vertices = prim.getAttribute('POSITION')?.getCount() ?? 0
      const indices = prim.getIndices()?.getCount() ?? vertices
      stats.primitives++
      stats.vertices += vertices
      stats.triangles += Math.floor(indices / 3)
      stats.maxPrimitiveVertices = Math.max(stats.maxPrimitiveVertices, vertices)
    }
  }
  return stats
}
