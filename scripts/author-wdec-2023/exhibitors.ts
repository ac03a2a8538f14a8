/** All curated exhibitors, grouped by the zone whose booths they take. */
import { BELT_AND_ROAD } from './exhibitors-belt-and-road.ts'
import { COMPREHENSIVE_DIGITAL_ECONOMY } from './exhibitors-comprehensive-digital-economy.ts'
import { DIGITAL_REAL_FUSION } from './exhibitors-digital-real-fusion.ts'
import { DIGITAL_SCENARIO } from './exhibitors-digital-scenario.ts'
import { DIGITAL_TRADE } from './exhibitors-digital-trade.ts'
import { FUTURE_INDUSTRIES } from './exhibitors-future-industries.ts'
import type { ZoneId } from './layout.ts'
import type { ExhibitorEntry, Text } from './types.ts'

export const EXHIBITORS_BY_ZONE: { zoneId: ZoneId; entries: ExhibitorEntry[] }[] = [
  { zoneId: 'comprehensive-digital-economy', entries: COMPREHENSIVE_DIGITAL_ECONOMY },
  { zoneId: 'digital-real-fusion', entries: DIGITAL_REAL_FUSION },
  { zoneId: 'digital-scenario', entries: DIGITAL_SCENARIO },
  { zoneId: 'future-industries', entries: FUTURE_INDUSTRIES },
  { zoneId: 'digital-trade', entries: DIGITAL_TRADE },
  { zoneId: 'belt-and-road-trade-zone', entries: BELT_AND_ROAD },
]

/** The published name of a curated exhibitor (used for speakers' affiliations). */
export function exhibitorName(slug: string): Text {
  for (const { entries } of EXHIBITORS_BY_ZONE) {
    const e = entries.find((x) => x.slug === slug)
    if (e) return e.name
  }
  throw new Error(`no exhibitor "${slug}"`)
}
