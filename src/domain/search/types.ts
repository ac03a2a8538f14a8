import type { Lang, LocalizedText } from '../i18n/text.ts'
import type { Selection } from '../selection.ts'

/** What a search result is. Service points are the venue's POIs and kiosks. */
export const SEARCH_KINDS = ['exhibitor', 'booth', 'zone', 'session', 'speaker', 'service'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/**
 * How well a result's own name matches, best first: the whole name (or booth label), the
 * start of the name, the start of its words (or, in Chinese, anywhere in it), then anything
 * else (typos, country, sector, summary, speakers).
 */
export type MatchTier = 0 | 1 | 2 | 3

/** One searchable thing, built once per scene. Hits point at these, never copy them. */
export interface SearchEntry {
  key: string
  kind: SearchKind
  /** Scene id (exhibitor, booth, zone, session, POI or kiosk); for a speaker, a key of their name. */
  id: string
  title: LocalizedText
  /** Booths that light up in 3D when this entry matches. */
  boothIds: readonly string[]
  /** What choosing it selects, when it maps to a selection kind (see `targetOf` for the rest). */
  target: Selection | null
  /** Speakers: their sessions, earliest first. */
  sessionIds: readonly string[]
  /** Normalized names (en, zh) and booth labels, for ranking by name. */
  names: readonly string[]
  labels: readonly string[]
}

export interface SearchHit {
  entry: SearchEntry
  tier: MatchTier
  score: number
}

export interface SearchGroup {
  kind: SearchKind
  /** All matches of this kind; `hits` holds the best of them, up to the limit. */
  total: number
  hits: SearchHit[]
}

export interface SearchResults {
  query: string
  lang: Lang
  groups: SearchGroup[]
  total: number
  /** Every match, in no particular order, for lighting booths (not only the listed ones). */
  matches: readonly SearchEntry[]
  /** The booths of every match, each once: what lights up in 3D. */
  boothIds: readonly string[]
  /** True when a very broad query hit a cap: `total` is then a lower bound. */
  capped: boolean
}

export interface SearchOptions {
  lang: Lang
  /** Hits listed per kind. */
  limit?: number
}
