/** A stage's geometry and glTF extras (the plan: src/domain/model/stagePlan.ts). */
import { PLATFORM_HEIGHT, type StagePlan } from '../../src/domain/model/stagePlan.ts'
import { addBox } from './boxGeometry.ts'
import { GeometryBuilder } from './geometryBuilder.ts'
import type { JsonObject } from './modelTree.ts'

const POST = 0.4

export function buildStage(plan: StagePlan, g: GeometryBuilder = new GeometryBuilder('stage')): GeometryBuilder {
  const p = plan.platform
  addBox(g, [p.minX, 0, p.minZ], [p.maxX, PLATFORM_HEIGHT, p.maxZ])
  const { min, max } = plan.screen
  addBox(g, min, max)
  // Frame: two posts from the platform up past the screen and a header beam across.
  const alongX = plan.back === 'minZ' || plan.back === 'maxZ'
  const cz = (min[2] + max[2]) / 2
  const cx = (min[0] + max[0]) / 2
  const frameTop = max[1] + POST
  if (alongX) {
    addBox(g, [min[0] - POST, PLATFORM_HEIGHT, cz - POST / 2], [min[0], frameTop, cz + POST / 2])
    addBox(g, [max[0], PLATFORM_HEIGHT, cz - POST / 2], [max[0] + POST, frameTop, cz + POST / 2])
    addBox(g, [min[0], max[1], cz - POST / 2], [max[0], frameTop, cz + POST / 2])
  } else {
    addBox(g, [cx - POST / 2, PLATFORM_HEIGHT, min[2] - POST], [cx + POST / 2, frameTop, min[2]])
    addBox(g, [cx - POST / 2, PLATFORM_HEIGHT, max[2]], [cx + POST / 2, frameTop, max[2] + POST])
    addBox(g, [cx - POST / 2, max[1], min[2]], [cx + POST / 2, frameTop, max[2]])
  }
  return g
}

export function stageExtras(plan: StagePlan): JsonObject {
  const p = plan.platform
  const facing: [number, number] = plan.back === 'minX' ? [1, 0] : plan.back === 'maxX' ? [-1, 0] : plan.back === 'minZ' ? [0, 1] : [0, -1]
  return {
    zoneId: plan.zoneId,
    platformHeight: PLATFORM_HEIGHT,
    platform: [p.minX, p.minZ, p.maxX, p.maxZ],
    screen: { min: [...plan.screen.min], max: [...plan.screen.max] },
    /** Direction the stage faces (towards the audience), [x, z]. */
    facing,
  }
}
