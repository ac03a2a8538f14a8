/**
 * MiniSearch with the bookkeeping a per-keystroke budget needs at expo scale: how many
 * documents each term is in (to search the rarest query word first), and a cap on the
 * documents one word may bring in, applied through `boostDocument` — which MiniSearch calls
 * before it builds a result object, the costly part of a broad word.
 */
import MiniSearch, { type Options } from 'minisearch'
import { sortSteps, type Steps } from '../steps.ts'
import { lowerBound } from './sortedKeys.ts'
import { isCjkTerm } from './tokenize.ts'

/** Most documents one query word may bring in; more would only be ranked and never shown. */
export const CANDIDATE_CAP = 600

/** Documents are numbered (their entry's position): sets and maps of numbers hash cheaply. */
export interface WordHits {
  scores: Map<number, number>
  /** True when a word had more documents than the cap: the hits are a sample, not all. */
  capped: boolean
}

export interface WordIndex<T> {
  mini: MiniSearch<T>
  /** Documents (per field) holding at least one term starting with `term`, or exactly `term`. */
  estimate: (term: string) => number
  /** Indexed terms that start with `prefix` (not `prefix` itself), shortest first, at most `max`. */
  expand: (prefix: string, max: number) => string[]
  policy: WordPolicy
}

/** How query words match indexed words. */
export interface WordPolicy {
  /** Words from this length also match as prefixes ("rob" → robotics). */
  prefixFrom: number
  /** Words from this length tolerate typos (a fifth of their letters, at most 2)… */
  fuzzyFrom: number
  /** …when fewer than this many documents hold the word as typed: a real, common word is no typo. */
  fuzzyBelow: number
}

/** Prefix expansions per word: "pro" in a vocabulary of 70,000 names has hundreds. */
export const MAX_EXPANSIONS = 48
/** MiniSearch's own weight for prefix matches (see its `weights.prefix`). */
const PREFIX_WEIGHT = 0.375

interface Stats {
  terms: string[]
  /** cumulative[i] = documents of terms[0..i). */
  cumulative: Float64Array
  exact: Map<string, number>
}

export interface WordIndexOptions<T> extends Omit<Options<T>, 'tokenize' | 'searchOptions'> {
  tokenize: (text: string) => string[]
  /** Words of a query: MiniSearch's own query tokenizer. */
  queryTokenize: (text: string) => string[]
  boost?: Record<string, number>
  policy: WordPolicy
}

export function createWordIndex<T>({ tokenize, queryTokenize, boost, policy, ...options }: WordIndexOptions<T>): {
  index: WordIndex<T>
  /** Run once every document is added (in steps: a large vocabulary takes a while to sort). */
  sealSteps: () => Steps<void>
} {
  const df = new Map<string, number>()
  const identity = (t: string): string => t
  const mini = new MiniSearch<T>({
    ...options,
    processTerm: identity,
    tokenize: (text) => {
      const terms = tokenize(text)
      for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
      return terms
    },
    searchOptions: { tokenize: queryTokenize, processTerm: identity, boost: boost ?? {}, maxFuzzy: 2 },
  })
  let stats: Stats | null = null
  function* sealSteps(): Steps<void> {
    const terms = yield* sortSteps([...df.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const cumulative = new Float64Array(terms.length + 1)
    for (let i = 0; i < terms.length; i++) {
      cumulative[i + 1] = cumulative[i]! + df.get(terms[i]!)!
      if (i % 8192 === 8191) yield
    }
    stats = { terms, cumulative, exact: df }
  }
  const range = (prefix: string): [number, number] =>
    stats ? [lowerBound(stats.terms, prefix), lowerBound(stats.terms, `${prefix}\uffff`)] : [0, 0]
  const estimate = (term: string): number => {
    if (!stats) return 0
    if (isCjkTerm(term) || term.length < policy.prefixFrom) return stats.exact.get(term) ?? 0
    const [from, to] = range(term)
    return stats.cumulative[to]! - stats.cumulative[from]!
  }
  const expand = (prefix: string, max: number): string[] => {
    if (!stats) return []
    const [from, to] = range(prefix)
    const found = stats.terms.slice(from, to).filter((t) => t !== prefix)
    if (found.length <= max) return found
    const counts = stats.exact
    return found.sort((a, b) => a.length - b.length || counts.get(b)! - counts.get(a)!).slice(0, max)
  }
  return { index: { mini, estimate, expand, policy }, sealSteps }
}

/** One query word: its documents (only those `within` a set, if given), capped. */
export function searchWord<T>(index: WordIndex<T>, term: string, within: ReadonlySet<number> | null): WordHits {
  const accepted = new Set<number>()
  let capped = false
  const boostDocument = (id: unknown): number => {
    const key = id as number
    if (within && !within.has(key)) return 0
    if (accepted.has(key)) return 1
    if (accepted.size >= CANDIDATE_CAP) {
      capped = true
      return 0
    }
    accepted.add(key)
    return 1
  }
  const { policy } = index
  const latin = !isCjkTerm(term)
  // Prefixes expanded here, not by MiniSearch: a short prefix in a huge vocabulary would
  // otherwise score hundreds of words nobody will see.
  const words = latin && term.length >= policy.prefixFrom ? [term, ...index.expand(term, MAX_EXPANSIONS)] : [term]
  const weight = (t: string): number => (t === term ? 1 : (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - term.length)))
  const typo = latin && term.length >= policy.fuzzyFrom && index.estimate(term) < policy.fuzzyBelow
  const scores = new Map<number, number>()
  const found = index.mini.search(words.join(' '), {
    combineWith: 'OR',
    prefix: false,
    fuzzy: (t) => (typo && t === term ? 0.2 : false),
    boostTerm: weight,
    boostDocument,
  })
  for (const r of found) scores.set(r.id as number, r.score)
  return { scores, capped }
}

/**
 * Documents holding every word: the rarest first, each next one looked up only among those
 * hits. `within` limits the documents from the start.
 */
export function searchAllWords<T>(index: WordIndex<T>, terms: readonly string[], within: ReadonlySet<number> | null = null): WordHits {
  const order = [...new Set(terms)].map((t) => [t, index.estimate(t)] as const).sort((a, b) => a[1] - b[1])
  let acc = null as WordHits | null
  for (const [term] of order) {
    const prev = acc
    const hits = searchWord(index, term, prev ? new Set(prev.scores.keys()) : within)
    if (!prev) acc = hits
    else {
      const both = new Map<number, number>()
      for (const [k, s] of hits.scores) {
        const before = prev.scores.get(k)
        if (before !== undefined) both.set(k, before + s)
      }
      acc = { scores: both, capped: prev.capped }
    }
    if (acc!.scores.size === 0) break
  }
  return acc ?? { scores: new Map(), capped: false }
}

/** Documents holding any word, by summed score. */
export function searchAnyWord<T>(index: WordIndex<T>, terms: readonly string[]): WordHits {
  const acc = new Map<number, number>()
  let capped = false
  for (const term of new Set(terms)) {
    const hits = searchWord(index, term, null)
    capped ||= hits.capped
    for (const [k, s] of hits.scores) acc.set(k, (acc.get(k) ?? 0) + s)
  }
  return { scores: acc, capped }
}

/** Document numbers, best score first. */
export function byScore(hits: WordHits): number[] {
  return [...hits.scores.entries()].sort((a, b) => b[1] - a[1]).map((e) => e[0])
}
