/**
 * How many people a place holds when the scene does not say. Sensors send their own capacity
 * with every reading and that always wins; these figures are for the simulator and for places
 * no sensor has reported yet.
 *
 * - A zone holds one person per 2.5 m² of floor (a comfortable exhibition density: booths,
 *   aisles and people standing at displays; crowd-safety guides put "crowded" near 1 per m²).
 *   A stage zone is seated: 0.75 seats per m² (theatre rows with aisles: the 40 × 20 m forum
 *   stage of wdec-2023 seats 600). A zone may carry its own `capacity` (a positive integer)
 *   and then that is used instead.
 * - A session's seats: on a stage, the stage's seats; elsewhere in a zone, a forum corner of
 *   80 seats; at a booth 30; at a point of interest or kiosk 50.
 */
import { area } from '../geometry/measure.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Session, Zone } from '../scene/schema.ts'

export const SQUARE_METRES_PER_PERSON = 2.5
export const STAGE_SEATS_PER_SQUARE_METRE = 0.75

export function zoneCapacity(zone: Zone): number {
  if (zone.capacity !== undefined) return zone.capacity
  const a = area(zone.footprint)
  return Math.max(1, Math.round(zone.kind === 'stage' ? a * STAGE_SEATS_PER_SQUARE_METRE : a / SQUARE_METRES_PER_PERSON))
}

export function sessionCapacity(index: SceneIndex, session: Session): number {
  const zone = index.zoneById.get(session.locationId)
  if (zone) {
    return zone.kind === 'stage' ? zoneCapacity(zone) : Math.min(80, zoneCapacity(zone))
  }
  if (index.boothById.has(session.locationId)) return 30
  return 50
}
