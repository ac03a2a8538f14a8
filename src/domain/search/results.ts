/** Reading search results, without loading the engine (the UI imports this, not MiniSearch). */
import type { SearchHit, SearchResults } from './types.ts'

/** All listed hits in order (group by group), as the search popup shows and navigates them. */
export function flatHits(results: SearchResults | null): SearchHit[] {
  return results ? results.groups.flatMap((g) => g.hits) : []
}
