/**
 * Pinyin search: "shuzijingji", "shuzi jingji", "shù zì", "szjj", "数字jj", "ningb" all find
 * 数字经济… and 宁波…, the way Chinese apps match names.
 *
 * The readings (one toneless syllable per character, polyphones read in context: 重庆 chongqing,
 * 银行 yinhang) come from a worker (src/data/pinyinWorker.ts) — the converter's dictionary is
 * hundreds of kB and converting 70,000 names is seconds of work, neither of which belongs on the
 * main thread or in the first download. The worker also builds this index, so what reaches the
 * page is two strings and a few typed arrays (transferred, not copied):
 *
 *   - `full`: every name's syllables run together ("shuzijingjizongheguan"), names separated by
 *     NUL; `fullSuffixes`: the positions where a character's syllable starts, sorted by the text
 *     from there. A query that is a prefix of one of those suffixes is full pinyin starting at a
 *     character (the last syllable may be unfinished: "ningb").
 *   - `initials`: every name's first letters ("szjjzhg"), `initialSuffixes` likewise.
 *
 * Both are suffix arrays over character starts only: lookups are two binary searches, and the
 * arrays cost 4 bytes per character of the venue's Chinese names.
 */
import { normalize } from './tokenize.ts'

const HAN = /\p{Script=Han}/u
const KEPT = /[\p{L}\p{N}]/u
/** Separates names in `full` and `initials`; sorts before every letter. */
const SEP = '\u0000'

/** The converter: per character of `text`, its toneless reading (Han) or the character itself. */
export type ReadText = (text: string) => readonly string[]

export interface PinyinIndex {
  /** Per name (item): where its syllables start in `full`, and a final end; items are entry numbers. */
  fullStart: Uint32Array
  /** Per item: where its characters start in `sylLen` (one per kept character), and a final end. */
  charStart: Uint32Array
  /** Per kept character: the length of its syllable in `full`. */
  sylLen: Uint8Array
  full: string
  initials: string
  fullSuffixes: Uint32Array
  initialSuffixes: Uint32Array
}

/** A name matched by a pinyin query: which item, and the characters [start, end) it covers. */
export interface PinyinHit {
  item: number
  start: number
  end: number
  /** Matched by first letters ("szjj") rather than syllables. */
  initials: boolean
}

/** The characters a reading covers: letters and digits (punctuation and spaces are skipped). */
export function keptChars(text: string): string[] {
  return Array.from(text).filter((c) => KEPT.test(c))
}

/** A syllable as stored and compared: lower case, no tone marks, ü as u. */
function plain(s: string): string {
  return normalize(s).replace(/[^a-z0-9]/g, '')
}

/**
 * A query as pinyin: letters and digits only, spaces dropped, tone marks and tone numbers
 * ("shu4zi4") stripped, v read as ü (typed as u here). Empty when it holds anything else.
 */
export function pinyinQuery(q: string): string {
  const text = normalize(q).replace(/\s+/g, '')
  if (!/^[a-z0-9]+$/.test(text) || !/[a-z]/.test(text)) return ''
  return text.replace(/([a-z])[1-5]/g, '$1').replace(/v/g, 'u')
}

/** Readings of one name, aligned with `keptChars(text)`. */
export function readingsOf(text: string, read: ReadText): string[] {
  const chars = Array.from(text)
  let raw = read(text)
  // The converter reads words in context, one item per character; if it ever groups
  // characters differently, each one read alone still beats a wrong alignment.
  if (raw.length !== chars.length) raw = chars.map((c) => read(c)[0] ?? c)
  const out: string[] = []
  chars.forEach((c, i) => {
    if (!KEPT.test(c)) return
    const syl = HAN.test(c) ? plain(raw[i] ?? '') : plain(c)
    out.push(syl || plain(c) || c)
  })
  return out
}

function compareAt(text: string, a: number, b: number): number {
  for (;;) {
    const x = text.charCodeAt(a++)
    const y = text.charCodeAt(b++)
    // NaN (past the end) only after a separator: both end the same way.
    if (x !== y) return x - y
    if (x === 0 || Number.isNaN(x)) return 0
  }
}

/**
 * The index for the names of a venue, one per entry (empty for entries without a Chinese
 * name). Runs in the pinyin worker; `read` is the converter.
 */
export function buildPinyinIndex(names: readonly string[], read: ReadText): PinyinIndex {
  const fullStart = new Uint32Array(names.length + 1)
  const charStart = new Uint32Array(names.length + 1)
  const lens: number[] = []
  const fullParts: string[] = []
  const initialParts: string[] = []
  const fullStarts: number[] = []
  const initialStarts: number[] = []
  let fullPos = 0
  let initialPos = 0
  names.forEach((name, i) => {
    fullStart[i] = fullPos
    charStart[i] = lens.length
    const syllables = name && /[\p{Script=Han}]/u.test(name) ? readingsOf(name, read) : []
    for (const s of syllables) {
      fullStarts.push(fullPos)
      initialStarts.push(initialPos)
      fullParts.push(s)
      initialParts.push(s[0]!)
      lens.push(s.length)
      fullPos += s.length
      initialPos += 1
    }
    fullParts.push(SEP)
    initialParts.push(SEP)
    fullPos += 1
    initialPos += 1
  })
  fullStart[names.length] = fullPos
  charStart[names.length] = lens.length
  const full = fullParts.join('')
  const initials = initialParts.join('')
  return {
    fullStart,
    charStart,
    sylLen: Uint8Array.from(lens),
    full,
    initials,
    fullSuffixes: Uint32Array.from(fullStarts.sort((a, b) => compareAt(full, a, b))),
    initialSuffixes: Uint32Array.from(initialStarts.sort((a, b) => compareAt(initials, a, b))),
  }
}

/** First suffix (index into `suffixes`) whose text is not below `q`. */
function lowerBound(text: string, suffixes: Uint32Array, q: string): number {
  let lo = 0
  let hi = suffixes.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const p = suffixes[mid]!
    if (text.slice(p, p + q.length) < q) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The item holding position `pos` (of `starts`, one per item plus an end). */
function itemAt(starts: Uint32Array, pos: number): number {
  let lo = 0
  let hi = starts.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid]! <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Names matching a pinyin query (see `pinyinQuery`), full syllables first, then first letters,
 * at most `cap` of each. Queries under two letters match nothing: one letter is half a venue.
 */
export function pinyinHits(index: PinyinIndex, query: string, cap: number): PinyinHit[] {
  const q = pinyinQuery(query)
  if (q.length < 2) return []
  const out: PinyinHit[] = []
  const seen = new Set<number>()
  // Full syllables: the character where the match ends is where its letters run out.
  const { full, fullSuffixes, fullStart, charStart, sylLen } = index
  let taken = 0
  for (let i = lowerBound(full, fullSuffixes, q); i < fullSuffixes.length && taken < cap; i++) {
    const p = fullSuffixes[i]!
    if (!full.startsWith(q, p)) break
    const item = itemAt(fullStart, p)
    let offset = fullStart[item]!
    let c = charStart[item]!
    while (offset < p) offset += sylLen[c++]!
    const start = c - charStart[item]!
    let end = c
    for (let left = q.length; left > 0; end++) left -= sylLen[end]!
    if (seen.has(item)) continue
    seen.add(item)
    taken++
    out.push({ item, start, end: end - charStart[item]!, initials: false })
  }
  // First letters: one character per letter.
  const { initials, initialSuffixes } = index
  taken = 0
  for (let i = lowerBound(initials, initialSuffixes, q); i < initialSuffixes.length && taken < cap; i++) {
    const p = initialSuffixes[i]!
    if (!initials.startsWith(q, p)) break
    // In `initials` each item adds one separator: item k's characters start at charStart[k] + k.
    const item = itemAtInitials(index, p)
    if (seen.has(item)) continue
    seen.add(item)
    taken++
    const start = p - (charStart[item]! + item)
    out.push({ item, start, end: start + q.length, initials: true })
  }
  return out
}

function itemAtInitials(index: PinyinIndex, pos: number): number {
  const { charStart } = index
  let lo = 0
  let hi = charStart.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (charStart[mid]! + mid <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The syllables of one item, aligned with `keptChars` of its name. */
export function syllablesOf(index: PinyinIndex, item: number): string[] {
  const out: string[] = []
  let p = index.fullStart[item]!
  for (let c = index.charStart[item]!; c < index.charStart[item + 1]!; c++) {
    const len = index.sylLen[c]!
    out.push(index.full.slice(p, p + len))
    p += len
  }
  return out
}

/**
 * Does a query mixing characters and pinyin ("数字jj", "数zijing") match somewhere in a name?
 * Each character of the name is matched by itself, its whole syllable or the start of it.
 * Returns the characters matched, or null.
 */
export function mixedMatch(chars: readonly string[], syllables: readonly string[], query: string): [number, number] | null {
  const q = normalize(query).replace(/\s+/g, '').replace(/([a-z])[1-5]/g, '$1').replace(/v/g, 'u')
  if (!q) return null
  const at = (j: number, p: number): number => {
    if (p === q.length) return j
    if (j >= chars.length) return -1
    const c = normalize(chars[j]!)
    if (q.startsWith(c, p)) {
      const end = at(j + 1, p + c.length)
      if (end >= 0) return end
    }
    const s = syllables[j] ?? ''
    for (let k = Math.min(s.length, q.length - p); k >= 1; k--) {
      if (!q.startsWith(s.slice(0, k), p)) continue
      if (p + k === q.length) return j + 1
      const end = at(j + 1, p + k)
      if (end >= 0) return end
    }
    return -1
  }
  for (let i = 0; i < chars.length; i++) {
    const end = at(i, 0)
    if (end >= 0) return [i, end]
  }
  return null
}
