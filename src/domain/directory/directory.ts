/**
 * The exhibitor directory: filter by zone, country and sector, count what each choice would
 * leave, sort by name (in the reader's language) or by booth.
 */
import { localeOf } from '../i18n/messages.ts'
import type { Lang } from '../i18n/text.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Exhibitor } from '../scene/schema.ts'
import { DIRECTORY_FACETS, type DirectoryFacet, type DirectoryFilters, type DirectorySort } from './filters.ts'

/** The facet values one exhibitor carries: its zones (via booths), its country, its sectors. */
function valuesOf(index: SceneIndex, e: Exhibitor, facet: DirectoryFacet): string[] {
  switch (facet) {
    case 'zone':
      return [...new Set(e.boothIds.map((b) => index.boothById.get(b)?.zoneId).filter((z): z is string => !!z))]
    case 'country':
      return [e.country]
    case 'sector':
      return e.sectors
  }
}

function passes(index: SceneIndex, e: Exhibitor, filters: DirectoryFilters, skip?: DirectoryFacet): boolean {
  for (const facet of DIRECTORY_FACETS) {
    const want = filters[facet]
    if (want === null || facet === skip) continue
    if (!valuesOf(index, e, facet).includes(want)) return false
  }
  return true
}

export function filterExhibitors(index: SceneIndex, filters: DirectoryFilters): Exhibitor[] {
  return index.scene.exhibitors.filter((e) => passes(index, e, filters))
}

export type FacetCounts = Record<DirectoryFacet, Map<string, number>>

/**
 * For every value of every facet: how many exhibitors choosing it would show, given the
 * other facets' choices ("Germany (3)" counts German exhibitors in the chosen zone).
 */
export function facetCounts(index: SceneIndex, filters: DirectoryFilters): FacetCounts {
  const counts: FacetCounts = { zone: new Map(), country: new Map(), sector: new Map() }
  for (const e of index.scene.exhibitors) {
    for (const facet of DIRECTORY_FACETS) {
      if (!passes(index, e, filters, facet)) continue
      const m = counts[facet]
      for (const v of valuesOf(index, e, facet)) m.set(v, (m.get(v) ?? 0) + 1)
    }
  }
  return counts
}

/** Per facet: how many exhibitors "All" would show (the other facets' choices still applied). */
export function facetTotals(index: SceneIndex, filters: DirectoryFilters): Record<DirectoryFacet, number> {
  const totals: Record<DirectoryFacet, number> = { zone: 0, country: 0, sector: 0 }
  for (const e of index.scene.exhibitors) for (const facet of DIRECTORY_FACETS) if (passes(index, e, filters, facet)) totals[facet]++
  return totals
}

const collators = new Map<string, Intl.Collator>()
function collator(lang: Lang, numeric: boolean): Intl.Collator {
  const key = `${lang}:${numeric}`
  let c = collators.get(key)
  // zh-CN collates by pinyin; numeric puts booth A2 before A10.
  if (!c) collators.set(key, (c = new Intl.Collator(localeOf(lang), { numeric, sensitivity: 'base' })))
  return c
}

/** The booth label an exhibitor sorts by: its first in label order. */
export function firstBoothLabel(index: SceneIndex, e: Exhibitor): string {
  const labels = e.boothIds.map((b) => index.boothById.get(b)?.label ?? '').sort(collator('en', true).compare)
  return labels[0] ?? ''
}

export function sortExhibitors(index: SceneIndex, list: readonly Exhibitor[], sort: DirectorySort, lang: Lang): Exhibitor[] {
  const names = collator(lang, false)
  const labels = collator('en', true)
  const byName = (a: Exhibitor, b: Exhibitor): number => names.compare(a.name[lang], b.name[lang]) || a.id.localeCompare(b.id)
  if (sort === 'name') return [...list].sort(byName)
  const label = new Map(list.map((e) => [e.id, firstBoothLabel(index, e)]))
  return [...list].sort((a, b) => labels.compare(label.get(a.id)!, label.get(b.id)!) || byName(a, b))
}

/** Booths to light for the listed exhibitors (within the chosen zone, if one is chosen). */
export function directoryBoothIds(index: SceneIndex, list: readonly Exhibitor[], filters: DirectoryFilters): string[] {
  const ids = new Set<string>()
  for (const e of list)
    for (const b of e.boothIds) if (filters.zone === null || index.boothById.get(b)?.zoneId === filters.zone) ids.add(b)
  return [...ids]
}

/** Values a facet offers, in display order: zones as the venue lists them, others by name. */
export function facetValues(index: SceneIndex, facet: DirectoryFacet): string[] {
  switch (facet) {
    case 'zone':
      return index.scene.venue.zones.filter((z) => index.exhibitorsByZone.has(z.id)).map((z) => z.id)
    case 'country':
      return [...new Set(index.scene.exhibitors.map((e) => e.country))]
    case 'sector':
      return index.scene.sectors.filter((s) => index.scene.exhibitors.some((e) => e.sectors.includes(s.id))).map((s) => s.id)
  }
}
