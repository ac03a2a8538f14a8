/**
 * Pinyin in the search: which entries a pinyin (or mixed "数字jj") query finds, in the order
 * they rank, and the Chinese words a kiosk's candidate row offers while pinyin is typed.
 */
import { keptChars, mixedMatch, pinyinHits, pinyinQuery, syllablesOf, type PinyinHit, type PinyinIndex } from './pinyin.ts'
import type { MatchTier, SearchEntry } from './types.ts'

/** Most names one pinyin query brings in per form (syllables, first letters). */
export const PINYIN_CAP = 400

export interface PinyinFound {
  ord: number
  tier: MatchTier
}

/**
 * Entries a Latin query finds as pinyin: whole syllables (tier 2) before first letters (tier 3),
 * a match at the start of a name before one inside it, shorter names first.
 */
export function pinyinFound(index: PinyinIndex, query: string): PinyinFound[] {
  const hits = pinyinHits(index, query, PINYIN_CAP)
  const size = (h: PinyinHit): number => index.charStart[h.item + 1]! - index.charStart[h.item]!
  hits.sort((a, b) => Number(a.initials) - Number(b.initials) || Number(a.start > 0) - Number(b.start > 0) || size(a) - size(b) || a.item - b.item)
  return hits.map((h) => ({ ord: h.item, tier: h.initials ? 3 : 2 }))
}

/** Of `candidates` (entries holding the query's characters), those the whole mixed query matches. */
export function mixedFound(index: PinyinIndex, list: readonly SearchEntry[], candidates: Iterable<number>, query: string): PinyinFound[] {
  const out: PinyinFound[] = []
  for (const ord of candidates) {
    const entry = list[ord]
    if (entry && mixedMatch(keptChars(entry.title.zh), syllablesOf(index, ord), query)) out.push({ ord, tier: 2 })
  }
  return out
}

/** True for a query that mixes Chinese characters with Latin letters ("数字jj"). */
export function isMixedQuery(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && /[a-z]/i.test(text)
}

/** True for a query that could be pinyin at all. */
export function isPinyinQuery(text: string): boolean {
  return pinyinQuery(text).length >= 2
}

/**
 * What an input method would offer for the pinyin typed so far: the Chinese words of the
 * venue's names it spells (宁波 for "ningbo"), the most common first, then whole names.
 */
export function pinyinCandidates(index: PinyinIndex, list: readonly SearchEntry[], query: string, max: number): string[] {
  const hits = pinyinHits(index, query, PINYIN_CAP)
  const words = new Map<string, number>()
  const names: string[] = []
  for (const h of hits) {
    const entry = list[h.item]
    if (!entry) continue
    const chars = keptChars(entry.title.zh)
    const word = chars.slice(h.start, h.end).join('')
    if (word) words.set(word, (words.get(word) ?? 0) + 1)
    if (h.start === 0 && !h.initials) names.push(entry.title.zh)
  }
  const ranked = [...words.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).map((w) => w[0])
  const out: string[] = []
  for (const c of [...ranked, ...names.sort((a, b) => a.length - b.length)]) {
    if (out.length >= max) break
    if (!out.includes(c)) out.push(c)
  }
  return out
}
