/**
 * The directory's filters and sorts: the vocabulary the store keeps. Apart from directory.ts so
 * that the first download carries these few names and not the filtering code.
 */
export const DIRECTORY_FACETS = ['zone', 'country', 'sector'] as const
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number]
export type DirectoryFilters = Record<DirectoryFacet, string | null>
export const DIRECTORY_SORTS = ['name', 'booth'] as const
export type DirectorySort = (typeof DIRECTORY_SORTS)[number]

export const NO_FILTERS: DirectoryFilters = { zone: null, country: null, sector: null }

export function hasFilters(f: DirectoryFilters): boolean {
  return f.zone !== null || f.country !== null || f.sector !== null
}
