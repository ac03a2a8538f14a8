/**
 * What find's features want lit: the search's matches, else the directory's filtered booths,
 * else the visit plan when the visitor asked to see it. Its own chunk: the directory and the
 * plan code arrive with their tabs, not in the first download.
 */
import { directoryBoothIds, filterExhibitors } from '../domain/directory/directory.ts'
import { hasFilters } from '../domain/directory/filters.ts'
import type * as EngineModule from '../domain/search/engine.ts'
import { planBoothIds } from '../domain/visit/visitPlan.ts'
import type { LitOwner } from './slices/findSlice.ts'
import type { VenueState } from './store.ts'

/**
 * What should be lit now, by whom; null when none of find's features wants anything. `ids`
 * null: that feature has the floor but no booths to show (a search for a restroom), so
 * nothing is lit rather than every booth dimmed.
 */
export function wantedLight(s: VenueState, engine: typeof EngineModule | null): { ids: string[] | null; by: LitOwner } | null {
  const { index } = s
  if (!index) return null
  const some = (ids: string[]): string[] | null => (ids.length ? ids : null)
  if (s.query.trim() && engine && s.searchResults?.total) return { ids: some(engine.matchingBoothIds(s.searchResults)), by: 'search' }
  if (hasFilters(s.directoryFilters)) return { ids: some(directoryBoothIds(index, filterExhibitors(index, s.directoryFilters), s.directoryFilters)), by: 'directory' }
  if (s.visitShown) return { ids: some(planBoothIds(index, s.visit)), by: 'visit' }
  return null
}
