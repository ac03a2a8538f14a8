/**
 * Venue in, the hall model's node tree out: the architecture only (floor, aisle markings,
 * walls, columns, roof, stages, sign frames). Zones and booths are drawn from the data at run
 * time and are not part of the model. Pure and deterministic: the same venue always gives the
 * same arrays in the same order.
 *
 * Geometry is merged per material so the whole hall is a few draw calls. Per-item nodes that
 * the app may want to find (`sign:<zone-id>`, and `stage:<zone-id>` when stages are merged)
 * are empty anchor nodes carrying their position and size in extras.
 */
import type { Venue } from '../../src/domain/scene/schema.ts'
import { planColumns } from '../../src/domain/model/columnPlan.ts'
import { buildColumns } from './columnParts.ts'
import { buildAisleMarkings, buildFloorSlab } from './floorParts.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import { hallLayout, type HallLayout } from '../../src/domain/model/hallLayout.ts'
import { MAX_PRIMITIVE_VERTICES, MAX_PRIMITIVES, listPrimitives, modelNode, type JsonObject, type ModelNode } from './modelTree.ts'
import { buildRoof } from './roofParts.ts'
import { buildSign, hasSign, planSign, signExtras } from './signParts.ts'
import { planStage } from '../../src/domain/model/stagePlan.ts'
import { buildStage, stageExtras } from './stageParts.ts'
import { buildWalls, doorHeight } from './wallParts.ts'

export interface HallModel {
  root: ModelNode
  layout: HallLayout
  warnings: string[]
}

function meshNode(name: string, role: string, g: GeometryBuilder, extras: JsonObject = {}): ModelNode {
  const node = modelNode(name, role, extras)
  if (!g.isEmpty) node.primitives.push(g.toPrimitive())
  return node
}

export function buildHallParts(venue: Venue): HallModel {
  const layout = hallLayout(venue)
  const H = layout.height
  const children: ModelNode[] = []

  children.push(meshNode('floor', 'floor', buildFloorSlab(layout)))
  const aisles = buildAisleMarkings(venue, layout)
  const mainAisle: JsonObject | null = layout.mainAisle ? { ...layout.mainAisle } : null
  children.push(meshNode('aisle-markings', 'aisle-markings', aisles.geometry, { mainAisle }))
  children.push(
    meshNode('walls', 'walls', buildWalls(layout), {
      height: H,
      doorHeight: doorHeight(H),
      openings: layout.openings.map((o) => ({ poiId: o.poiId, kind: o.kind, center: [...o.center], width: o.width })),
    }),
  )
  const columns = planColumns(venue, layout)
  children.push(meshNode('columns', 'columns', buildColumns(columns, H), { count: columns.columns.length }))
  children.push(meshNode('roof', 'roof', buildRoof(layout)))

  // Stages: one node each while the primitive budget allows, else merged with anchors.
  const stages = venue.zones.filter((z) => z.kind === 'stage').map((z) => planStage(z, layout))
  const fixedPrimitives = children.flatMap(listPrimitives).length + 1 // + the sign frames
  if (fixedPrimitives + stages.length <= MAX_PRIMITIVES) {
    for (const s of stages) children.push(meshNode(`stage:${s.zoneId}`, 'stage', buildStage(s), stageExtras(s)))
  } else {
    const g = new GeometryBuilder('stage')
    for (const s of stages) buildStage(s, g)
    children.push(
      modelNode('stages', 'stages', {}, [
        meshNode('stage-geometry', 'stage-geometry', g),
        ...stages.map((s) => modelNode(`stage:${s.zoneId}`, 'stage', stageExtras(s))),
      ]),
    )
  }

  const signs = venue.zones.filter(hasSign).map((z) => planSign(z, layout))
  const frames = new GeometryBuilder('sign-frame')
  for (const s of signs) buildSign(s, frames, H - 0.3)
  const signAnchors = signs.map((s) => ({ ...modelNode(`sign:${s.zoneId}`, 'sign', signExtras(s)), translation: s.center }))
  children.push(modelNode('signs', 'signs', {}, [meshNode('sign-frames', 'sign-frames', frames), ...signAnchors]))

  const root = modelNode('hall', 'hall', { venueId: venue.id, height: H }, children)
  for (const [name, count] of vertexCounts(root)) {
    if (count > MAX_PRIMITIVE_VERTICES) throw new Error(`hall model: "${name}" needs ${count} vertices, over the ${MAX_PRIMITIVE_VERTICES} a primitive may hold`)
  }
  return { root, layout, warnings: [...layout.warnings] }
}

function vertexCounts(node: ModelNode): [string, number][] {
  return [
    ...node.primitives.map((p): [string, number] => [node.name, p.positions.length / 3]),
    ...node.children.flatMap(vertexCounts),
  ]
}
