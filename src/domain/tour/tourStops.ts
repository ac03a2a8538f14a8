/**
 * The guided tour's stops: the thematic pavilions, then the trade zone, in the order the
 * venue lists them. Stages and service areas are not tour stops.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Zone } from '../scene/schema.ts'

export function tourStops(index: SceneIndex): Zone[] {
  const zones = index.scene.venue.zones
  return [...zones.filter((z) => z.kind === 'pavilion'), ...zones.filter((z) => z.kind === 'trade-zone')]
}
