/** The column grid's geometry: one post per planned column (the plan: src/domain/model/columnPlan.ts). */
import { COLUMN_SIZE, type ColumnPlan } from '../../src/domain/model/columnPlan.ts'
import { addPost } from './boxGeometry.ts'
import { GeometryBuilder } from './geometryBuilder.ts'

export function buildColumns(plan: ColumnPlan, height: number): GeometryBuilder {
  const g = new GeometryBuilder('column')
  for (const c of plan.columns) addPost(g, c.at[0], c.at[1], 0, height, COLUMN_SIZE, [c.side[0], 0, c.side[1]])
  return g
}
