/**
 * How scene things map to IMDF categories, both ways. Documented in docs/organizers.md
 * ("IMDF: what becomes what"); change both together.
 */
import type { PoiKind, ZoneKind } from '../../scene/schema.ts'

/** Export: zone kind → unit category. Booths are units of category "room" inside a zone's unit. */
export const ZONE_UNIT_CATEGORY: Record<ZoneKind, string> = {
  pavilion: 'room',
  'trade-zone': 'unenclosedarea',
  stage: 'auditorium',
  service: 'lounge',
}
export const BOOTH_UNIT_CATEGORY = 'room'
/** The hall floor around the zones, so every amenity has a unit to belong to. */
export const HALL_UNIT_CATEGORY = 'walkway'

/** Export: service point kind → amenity category (entrances and exits become openings). */
export const POI_AMENITY_CATEGORY: Record<Exclude<PoiKind, 'entrance' | 'exit'>, string> = {
  information: 'information',
  restroom: 'restroom',
  'first-aid': 'firstaid',
  cafe: 'foodservice',
  stage: 'amphitheater',
  elevator: 'elevator',
  stairs: 'stairs',
  media: 'businesscenter',
  lounge: 'seating',
}
export const OPENING_CATEGORY = { entrance: 'pedestrian', exit: 'emergencyexit' } as const

/** Import: a unit category → what it becomes (zone kind, a service point, or nothing). */
export type UnitRole = { as: 'area'; zoneKind: ZoneKind } | { as: 'poi'; kind: PoiKind } | { as: 'skip' }

export function unitRole(category: string): UnitRole {
  const c = category.toLowerCase()
  const base = c.split('.')[0]!
  if (['auditorium', 'theater', 'movietheater', 'conferenceroom', 'classroom', 'fieldofplay'].includes(base)) return { as: 'area', zoneKind: 'stage' }
  if (['lounge', 'privatelounge', 'waitingroom', 'lobby', 'recreation', 'terrace'].includes(base)) return { as: 'area', zoneKind: 'service' }
  if (base === 'unenclosedarea') return { as: 'area', zoneKind: 'trade-zone' }
  if (base === 'restroom' || base === 'shower' || base === 'mothersroom') return { as: 'poi', kind: 'restroom' }
  if (base === 'firstaid') return { as: 'poi', kind: 'first-aid' }
  if (base === 'elevator') return { as: 'poi', kind: 'elevator' }
  if (['stairs', 'escalator', 'steps'].includes(base)) return { as: 'poi', kind: 'stairs' }
  if (['foodservice', 'kitchen'].includes(base)) return { as: 'poi', kind: 'cafe' }
  if (['room', 'unspecified', 'office', 'laboratory', 'library', 'huddleroom', 'phoneroom', 'platform'].includes(base)) return { as: 'area', zoneKind: 'pavilion' }
  // walkway, opentobelow, structure, column, nonpublic, storage, serverroom, parking, road,
  // vegetation, wall materials … are not places a visitor looks for.
  return { as: 'skip' }
}

/** Import: amenity category → service point kind, or null (counted and skipped). */
export function amenityPoiKind(category: string): PoiKind | null {
  const base = category.toLowerCase().split('.')[0]!
  const map: Record<string, PoiKind> = {
    information: 'information', guestservices: 'information', restroom: 'restroom', babychanging: 'restroom', firstaid: 'first-aid',
    defibrillator: 'first-aid', healthscreening: 'first-aid', foodservice: 'cafe', eatingdrinking: 'cafe', vendingmachine: 'cafe',
    amphitheater: 'stage', stage: 'stage', elevator: 'elevator', stairs: 'stairs', escalator: 'stairs', businesscenter: 'media',
    seating: 'lounge', lounge: 'lounge', entry: 'entrance', exhibit: 'media',
  }
  return map[base] ?? null
}

/** Import: opening category → entrance or exit. */
export function openingPoiKind(category: string): 'entrance' | 'exit' {
  return category.toLowerCase() === 'emergencyexit' ? 'exit' : 'entrance'
}
