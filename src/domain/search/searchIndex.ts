/**
 * Search across exhibitors, booths, zones, sessions, speakers and service points.
 *
 * MiniSearch (BM25 over an in-memory radix tree, see wordIndex.ts) finds words: prefixes,
 * typos, Chinese character pairs. Around it sits what keeps a keystroke within 5 ms at expo
 * scale (70,000 exhibitors):
 *   - whole-name and name-prefix lookups in a sorted list, so an exact name is always first
 *     and always found, however common its words;
 *   - booth labels, exact and prefix, in a sorted list;
 *   - facets (countries, sectors, kinds of place) in a small index of their own, so
 *     "Germany" finds every German exhibitor without scoring thousands of documents;
 *   - capped candidates per word, rarest word first (wordIndex.ts);
 *   - descriptions in a second index, consulted only when names find little.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { drain, drainNow, type StepRunner, type Steps } from '../steps.ts'
import { sceneDocumentsSteps, type Facet, type SearchDoc, type SummaryDoc } from './documents.ts'
import { buildPinyinIndex, type PinyinIndex, type ReadText } from './pinyin.ts'
import { isMixedQuery, isPinyinQuery, mixedFound, pinyinFound } from './pinyinSearch.ts'
import { eachWithPrefix, sortedKeysSteps, type SortedKeys } from './sortedKeys.ts'
import { hasCjk, indexTerms, normalize, normalizeLabel, queryTerms } from './tokenize.ts'
import { SEARCH_KINDS, type MatchTier, type SearchEntry, type SearchGroup, type SearchHit, type SearchOptions, type SearchResults } from './types.ts'
import { byScore, createWordIndex, searchAllWords, searchAnyWord, type WordHits, type WordIndex, type WordPolicy } from './wordIndex.ts'

interface RankedEntry extends SearchEntry {
  /** Position in the index (SearchDoc.id). */
  ord: number
  /** Words of each name, for "every query word starts a name word". */
  nameWords: readonly (readonly string[])[]
}

interface RankedFacet extends Facet {
  /** Member entries by number, in name order. */
  ords: Uint32Array
  /** The same, for narrowing a word search to the facet without building sets per query. */
  ids: ReadonlySet<number>
}

interface FacetDoc {
  id: number
  name: string
}

export interface SearchIndex {
  words: WordIndex<SearchDoc>
  summaries: WordIndex<SummaryDoc>
  facetWords: WordIndex<FacetDoc>
  facets: readonly RankedFacet[]
  entries: ReadonlyMap<string, RankedEntry>
  /** Entries by number (SearchDoc.id). */
  list: readonly RankedEntry[]
  /**
   * What a keystroke touches for thousands of matches, by entry number, in typed arrays: an
   * entry's kind, and its booths (boothList[boothStart[n] … boothStart[n + 1]) into boothIds).
   * Walking objects scattered over the heap instead cost more than the search itself.
   */
  kindOf: Uint8Array
  boothStart: Uint32Array
  boothList: Uint32Array
  names: SortedKeys<number>
  labels: SortedKeys<number>
  /**
   * Scratch marks, per entry: the query number that last took it (a "seen" set without
   * hashing). Searches run one at a time (one thread), so sharing them is safe.
   */
  seenBy: Uint32Array
  /** Every booth any entry lights, and per booth the query that last listed it. */
  boothIds: readonly string[]
  boothSeenBy: Uint32Array
  queries: { count: number }
  /** Descriptions are indexed (see buildSearchIndexAsync). */
  summariesReady: boolean
  /** Pinyin of the Chinese names, once the pinyin worker has built it (see `pinyinNames`). */
  pinyin: PinyinIndex | null
}

/** What the pinyin index is built from: each entry's Chinese name, by entry number ('' for booths). */
export function pinyinNames(index: SearchIndex): string[] {
  return index.list.map((e) => (e.names.length ? e.title.zh : ''))
}

const WORD = /[\p{L}\p{N}]+/gu
/** Longer queries are not names any more; capping keeps a pasted paragraph cheap. */
const MAX_QUERY = 200
/** Most matches a query reports (and lights in 3D). */
export const MAX_MATCHES = 2000
/** Word prefixes from three letters: shorter ones match much of a large venue, and whole-name
 * prefixes (step 2 of `search`) already answer the first keystrokes. */
const PREFIX_FROM = 3
/** English words too common in descriptions to mean anything on their own. */
const STOP_WORDS = new Set('a an and are as at be by for from has have in into is it its of on or our that the their to with we'.split(' '))

/** Prefixes from three letters; typos in words of four or more that the venue does not have. */
const POLICY: WordPolicy = { prefixFrom: PREFIX_FROM, fuzzyFrom: 4, fuzzyBelow: 5 }

/** Entries (or keys, or documents) handled between two yields of the build. */
const ENTRIES_PER_STEP = 256

/** The index with names searchable, and the steps that add descriptions to it. */
export interface SearchIndexBuild {
  index: SearchIndex
  /** Indexes the descriptions, then sets `index.summariesReady`. */
  summarySteps: Steps<SearchIndex>
}

/**
 * The build in steps (see ../steps.ts): a 70,000-exhibitor venue is seconds of work, which the
 * app spreads over short tasks. Returns once names are searchable; descriptions, the slow half
 * and only a fallback, are the separate `summarySteps`.
 */
export function* searchIndexSteps(sceneIndex: SceneIndex): Steps<SearchIndexBuild> {
  const docs = yield* sceneDocumentsSteps(sceneIndex)
  const words = createWordIndex<SearchDoc>({
    idField: 'id',
    fields: ['name', 'people'],
    tokenize: indexTerms,
    queryTokenize: queryTerms,
    boost: { name: 3, people: 1 },
    policy: POLICY,
  })
  const summaries = createWordIndex<SummaryDoc>({
    idField: 'id',
    fields: ['summary'],
    tokenize: (text) => indexTerms(text).filter((t) => !STOP_WORDS.has(t)),
    queryTokenize: queryTerms,
    // Descriptions are long: no guessing at typos there.
    policy: { ...POLICY, fuzzyFrom: Infinity },
  })
  const facetWords = createWordIndex<FacetDoc>({
    idField: 'id',
    fields: ['name'],
    tokenize: indexTerms,
    queryTokenize: queryTerms,
    policy: POLICY,
  })
  facetWords.index.mini.addAll(docs.facets.map((f, i) => ({ id: i, name: f.names.join(' ') })))
  yield* facetWords.sealSteps()

  const boothIds: string[] = []
  const boothOrds = new Map<string, number>()
  const boothOrd = (id: string): number => {
    let n = boothOrds.get(id)
    if (n === undefined) boothOrds.set(id, (n = boothIds.push(id) - 1))
    return n
  }
  const count = docs.entries.length
  const kindOf = new Uint8Array(count)
  const boothStart = new Uint32Array(count + 1)
  const booths: number[] = []
  const entries = new Map<string, RankedEntry>()
  const list: RankedEntry[] = []
  const names: [string, number][] = []
  const labels: [string, number][] = []
  for (let ord = 0; ord < count; ord++) {
    const e = docs.entries[ord]!
    const r: RankedEntry = { ...e, ord, nameWords: e.names.map((n) => n.match(WORD) ?? []) }
    entries.set(e.key, r)
    list.push(r)
    kindOf[ord] = SEARCH_KINDS.indexOf(e.kind)
    for (const b of e.boothIds) booths.push(boothOrd(b))
    boothStart[ord + 1] = booths.length
    for (const n of e.names) names.push([n, ord])
    for (const l of e.labels) labels.push([l, ord])
    if (ord % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield
  }
  const facets: RankedFacet[] = []
  for (const f of docs.facets) {
    // A country can hold tens of thousands of entries: looked up a slice at a time.
    const ords = new Uint32Array(f.entries.length)
    for (let i = 0; i < ords.length; i++) {
      ords[i] = entries.get(f.entries[i]!.key)!.ord
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield
    }
    facets.push({ ...f, ords, ids: new Set(ords) })
    yield
  }
  const sortedNames = yield* sortedKeysSteps(names)
  const sortedLabels = yield* sortedKeysSteps(labels)
  const index: SearchIndex = {
    words: words.index,
    summaries: summaries.index,
    facetWords: facetWords.index,
    facets,
    entries,
    list,
    kindOf,
    boothStart,
    boothList: Uint32Array.from(booths),
    names: sortedNames,
    labels: sortedLabels,
    seenBy: new Uint32Array(count),
    boothIds,
    boothSeenBy: new Uint32Array(boothIds.length),
    queries: { count: 0 },
    summariesReady: false,
    pinyin: null,
  }
  // One document a step: MiniSearch tokenizes and inserts it, a fraction of a millisecond.
  for (const doc of docs.docs) {
    words.index.mini.add(doc)
    yield
  }
  yield* words.sealSteps()
  function* summarySteps(): Steps<SearchIndex> {
    for (const doc of docs.summaries) {
      summaries.index.mini.add(doc)
      yield
    }
    yield* summaries.sealSteps()
    index.summariesReady = true
    return index
  }
  return { index, summarySteps: summarySteps() }
}

/**
 * Names and descriptions at once, with nothing in between (Node scripts and tests); with a
 * pinyin converter, the pinyin index too (the app builds that in a worker).
 */
export function buildSearchIndex(sceneIndex: SceneIndex, read?: ReadText): SearchIndex {
  const index = drain(fullSearchIndexSteps(sceneIndex))
  if (read) index.pinyin = buildPinyinIndex(pinyinNames(index), read)
  return index
}

/** Names, then descriptions, as one run of steps. */
export function* fullSearchIndexSteps(sceneIndex: SceneIndex): Steps<SearchIndex> {
  const { summarySteps } = yield* searchIndexSteps(sceneIndex)
  return yield* summarySteps
}

/**
 * The same index, built by `run` — the app passes one that yields to the page between short
 * slices (data/timeSlice.ts); the default does it all at once. With `namesFirst` it resolves
 * once names are searchable while descriptions keep building (`summariesReady`); else once
 * both are done.
 */
export function buildSearchIndexAsync(sceneIndex: SceneIndex, run: StepRunner = drainNow, namesFirst = true): Promise<SearchIndex> {
  return new Promise((resolve, reject) => {
    // One run for both halves, resolved in between: two runs one after the other would put
    // the last slice of the first and the first slice of the second in one task.
    function* steps(): Steps<void> {
      const { index, summarySteps } = yield* searchIndexSteps(sceneIndex)
      if (namesFirst) resolve(index)
      yield* summarySteps
      resolve(index)
    }
    // Once names are searchable a failure with descriptions changes nothing: search still
    // answers by names, and the settled promise ignores the rejection.
    run(steps()).catch(reject)
  })
}

interface Query {
  raw: string
  text: string
  words: string[]
  terms: string[]
  label: string
  cjk: boolean
}

function parseQuery(q: string): Query | null {
  const raw = q.trim().slice(0, MAX_QUERY)
  const text = normalize(raw).replace(/\s+/g, ' ').trim()
  // "Booth B12" and "展位B12" are the label B12.
  const label = normalizeLabel(raw.replace(/^\s*(booth|stand|展位|展台)\s*/i, ''))
  const terms = queryTerms(raw)
  if (!text || (!terms.length && !label)) return null
  return { raw, text, words: text.match(WORD) ?? [], terms, label, cjk: hasCjk(text) }
}

function tierOf(e: RankedEntry, q: Query): MatchTier {
  if (q.label && e.labels.includes(q.label)) return e.kind === 'booth' ? 0 : 1
  for (const n of e.names) if (n === q.text) return 0
  for (const n of e.names) if (n.startsWith(q.text)) return 1
  if (q.cjk) {
    for (const n of e.names) if (n.includes(q.text)) return 2
  } else if (q.words.length) {
    for (const words of e.nameWords) if (q.words.every((w) => words.some((nw) => nw.startsWith(w)))) return 2
  }
  if (q.label.length >= 2 && e.labels.some((l) => l.startsWith(q.label))) return 2
  return 3
}

function union(sets: readonly ReadonlySet<number>[]): ReadonlySet<number> {
  const out = new Set<number>()
  for (const s of sets) for (const k of s) out.add(k)
  return out
}

/** Keys in every set; walks the smallest. */
function intersection(sets: readonly ReadonlySet<number>[]): ReadonlySet<number> {
  if (sets.length === 1) return sets[0]!
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size)
  const out = new Set<number>()
  for (const k of smallest!) if (rest.every((s) => s.has(k))) out.add(k)
  return out
}

/** Facets a text names: a whole code ("DE"), or the words of a name ("germ", "德国"). */
function matchingFacets(index: SearchIndex, text: string, terms: readonly string[]): RankedFacet[] {
  const out = new Set<RankedFacet>()
  for (const f of index.facets) if (f.codes.includes(text)) out.add(f)
  // Facet names are short: three letters before guessing ("ger" → Germany, not "g").
  if (terms.length && (hasCjk(text) || text.length >= PREFIX_FROM)) {
    for (const id of byScore(searchAllWords(index.facetWords, terms))) {
      const f = index.facets[id]
      if (f) out.add(f)
    }
  }
  return [...out]
}

/**
 * Results for a query, grouped by kind. Each group lists its best `limit` hits: name matches
 * (exact, then starting with the query, then word starts) before the rest, each by score.
 * `matches` holds every hit (up to MAX_MATCHES), so the 3D view can light all matching
 * booths, not only the listed ones.
 */
export function search(index: SearchIndex, q: string, { lang, limit = 6 }: SearchOptions): SearchResults {
  const query = parseQuery(q)
  if (!query) return { query: q.trim().slice(0, MAX_QUERY), lang, groups: [], total: 0, matches: [], boothIds: [], capped: false }

  const buckets: SearchHit[][][] = SEARCH_KINDS.map(() => [[], [], [], []])
  const totals = new Int32Array(SEARCH_KINDS.length)
  const { seenBy, kindOf, list } = index
  const taken: number[] = []
  // Wraps after 4 billion queries; a stale mark then hides one entry for one query.
  const stamp = (index.queries.count = (index.queries.count % 0xfffffffe) + 1)
  let capped = false
  /**
   * Sources run best tier first and each hands over its best first, so a hit is only ranked
   * (tierOf) while its kind's list still has room. Returns false once the match cap is hit.
   */
  const take = (ord: number, score: number, tier?: MatchTier): boolean => {
    if (seenBy[ord] === stamp) return true
    if (taken.length >= MAX_MATCHES) {
      capped = true
      return false
    }
    seenBy[ord] = stamp
    taken.push(ord)
    const kind = kindOf[ord]!
    totals[kind]!++
    const b = buckets[kind]!
    if (tier === undefined) {
      if (b[0]!.length + b[1]!.length + b[2]!.length >= limit) return true
      tier = tierOf(list[ord]!, query)
    }
    const bucket = b[tier]!
    if (bucket.length < limit) bucket.push({ entry: list[ord]!, tier, score })
    return true
  }
  const takeHits = (hits: WordHits, tier?: MatchTier): void => {
    capped ||= hits.capped
    for (const ord of byScore(hits)) if (!take(ord, hits.scores.get(ord)!, tier)) return
  }

  // 1. "B12" is that booth, even typed "b-12", "Booth B12" or in full-width characters.
  if (query.label) eachWithPrefix(index.labels, query.label, (ord, exact) => (exact ? take(ord, Infinity) : false))
  // 2. Whole names, then names starting with the query: complete, however common the words.
  eachWithPrefix(index.names, query.text, (ord, exact) => (exact ? take(ord, Infinity, 0) : false))
  eachWithPrefix(index.names, query.text, (ord) => take(ord, Infinity))
  // 3. Words anywhere in names and speakers. When some words name a country, sector or kind
  //    of place ("German robotics"), first the entries of those facets that hold the other
  //    words: they answer the whole question.
  if (query.terms.length > 1) {
    const facetsOf = query.terms.map((t) => matchingFacets(index, t, [t]))
    const rest = query.terms.filter((_, i) => !facetsOf[i]!.length)
    if (rest.length < query.terms.length) {
      const sets = facetsOf.filter((fs) => fs.length).map((fs) => (fs.length === 1 ? fs[0]!.ids : union(fs.map((f) => f.ids))))
      const within = intersection(sets)
      // Words no name holds ("company") say nothing here; typos in them are left to step 3b.
      const known = rest.filter((t) => index.words.estimate(t) > 0)
      if (known.length) takeHits(searchAllWords(index.words, known, within), 2)
      else if (sets.length > 1) takeHits({ scores: new Map([...within].map((k) => [k, 0])), capped: false }, 2)
    }
  }
  // 3a. Characters and pinyin mixed ("数字jj"): names holding the characters, where the
  //     letters go on as the following characters' pinyin.
  if (index.pinyin && query.cjk && isMixedQuery(query.text)) {
    const han = queryTerms(query.text.replace(/[^\p{Script=Han}]+/gu, ' '))
    if (han.length) for (const f of mixedFound(index.pinyin, list, searchAllWords(index.words, han).scores.keys(), query.text)) if (!take(f.ord, 0, f.tier)) break
  }
  // 3b. Every word in names and speakers.
  const all = query.terms.length ? searchAllWords(index.words, query.terms) : null
  if (all) takeHits(all)
  // 3c. Pinyin of the Chinese names ("shuzijingji", "shuzi jingji", "szjj", "ningb"), below
  //     every match on the written names; or, for several words, each word as pinyin or as a word.
  if (index.pinyin && !query.cjk && isPinyinQuery(query.text)) {
    const found = pinyinFound(index.pinyin, query.text)
    for (const f of found) if (!take(f.ord, 0, f.tier)) break
    // Only when the words found nothing together: an English query that matched pays nothing more.
    if (!found.length && !all?.scores.size && query.words.length > 1 && query.words.length <= 4) for (const ord of eachWordSomehow(index, query.words)) if (!take(ord, 0, 3)) break
  }
  // 3d. Failing every word, any word: a word the venue never uses ("German robotics company")
  //     should not blank the list.
  if (all && !all.scores.size && query.terms.length > 1) takeHits(searchAnyWord(index.words, query.terms))
  // 4. Booth labels starting with the query ("B1" → B1, B10…).
  if (query.label.length >= 2) eachWithPrefix(index.labels, query.label, (ord) => take(ord, 0))
  // 5. A country, sector or kind of place named by the whole query; its members' own names,
  //    if they matched, were taken above, so here they rank last.
  for (const f of matchingFacets(index, query.text, query.terms)) for (const ord of f.ords) if (!take(ord, 0, 3)) break
  // 6. Descriptions, when names had little to offer.
  if (index.summariesReady && taken.length < limit && query.terms.length && (query.cjk || query.text.length >= PREFIX_FROM)) {
    takeHits(searchAllWords(index.summaries, query.terms.filter((t) => !STOP_WORDS.has(t))), 3)
  }

  const groups: SearchGroup[] = []
  SEARCH_KINDS.forEach((kind, k) => {
    if (totals[k]) groups.push({ kind, total: totals[k]!, hits: buckets[k]!.flat().slice(0, limit) })
  })
  // The group holding the best name match leads; otherwise the fixed kind order stays.
  groups.sort((a, b) => a.hits[0]!.tier - b.hits[0]!.tier)
  // Booths to light, each once (typed-array marks: no hashing of thousands of ids).
  const { boothStart, boothList, boothSeenBy } = index
  const boothIds: string[] = []
  for (const ord of taken)
    for (let i = boothStart[ord]!; i < boothStart[ord + 1]!; i++) {
      const b = boothList[i]!
      if (boothSeenBy[b] !== stamp) {
        boothSeenBy[b] = stamp
        boothIds.push(index.boothIds[b]!)
      }
    }
  return { query: query.raw, lang, groups, total: taken.length, matches: taken.map((ord) => list[ord]!), boothIds, capped }
}

/** Entries where every word matches, as pinyin or as a word of a name ("ningbo supercomputing"). */
function eachWordSomehow(index: SearchIndex, words: readonly string[]): ReadonlySet<number> {
  const sets = words.map((w) => {
    const set = new Set(searchAllWords(index.words, queryTerms(w)).scores.keys())
    if (index.pinyin) for (const f of pinyinFound(index.pinyin, w)) set.add(f.ord)
    return set
  })
  return intersection(sets)
}

/** Booths to light for a set of results: every matching exhibitor's, booth, or session venue. */
export function matchingBoothIds(results: SearchResults | null): string[] {
  return results ? [...results.boothIds] : []
}

export { flatHits } from './results.ts'

/** Search indexes built so far, one per loaded scene (a scene index never changes). */
const built = new WeakMap<SceneIndex, SearchIndex>()

/** The scene's index if it is built, else null. */
export function cachedSearchIndex(sceneIndex: SceneIndex): SearchIndex | null {
  return built.get(sceneIndex) ?? null
}

export function rememberSearchIndex(sceneIndex: SceneIndex, index: SearchIndex): SearchIndex {
  built.set(sceneIndex, index)
  return index
}

/** The scene's index, built now if needed (synchronously: prefer engine.ts for large venues). */
export function searchIndexFor(sceneIndex: SceneIndex): SearchIndex {
  return cachedSearchIndex(sceneIndex) ?? rememberSearchIndex(sceneIndex, buildSearchIndex(sceneIndex))
}
