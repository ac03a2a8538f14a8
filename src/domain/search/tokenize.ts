/**
 * Text → search terms, shared by the index and the query so both sides agree.
 *
 * Latin (and other spaced scripts): lower-cased words without diacritics, so "Zürich" and
 * "zurich" meet. Chinese, Japanese and Korean have no spaces between words: a run of those
 * characters is indexed as character unigrams and bigrams, and a query is matched on its
 * bigrams. Any name that contains "数字" therefore holds the bigram "数字", whatever the
 * words around it. (Intl.Segmenter would give dictionary words instead, but those depend on
 * the ICU version and split "数字经济" differently from "数字": substring matching would then
 * miss names, which is exactly what visitors notice.)
 */

const WORD = /[\p{L}\p{N}]+/gu
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const CJK_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/gu

/** Full-width forms folded, diacritics dropped, lower case: the form every comparison uses. */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase()
}

/** A label as printed on a booth, reduced to letters and digits: "B-12", "b12", "Ｂ１２" → "b12". */
export function normalizeLabel(label: string): string {
  return normalize(label).replace(/[^\p{L}\p{N}]/gu, '')
}

export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

function splitRuns(word: string, onLatin: (w: string) => void, onCjk: (run: string) => void): void {
  CJK_RUNS.lastIndex = 0
  for (const m of word.matchAll(CJK_RUNS)) {
    if (m[1]) onCjk(m[1])
    else if (m[2]) onLatin(m[2])
  }
}

/** Terms stored for a text: words, plus every CJK character and character pair. */
export function indexTerms(text: string): string[] {
  const out: string[] = []
  for (const [word] of normalize(text).matchAll(WORD)) {
    splitRuns(
      word,
      (w) => out.push(w),
      (run) => {
        const chars = Array.from(run)
        for (let i = 0; i < chars.length; i++) {
          out.push(chars[i]!)
          if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!)
        }
      },
    )
  }
  return out
}

/** Terms looked up for a query: words, and CJK character pairs (a lone character stays one). */
export function queryTerms(text: string): string[] {
  const out: string[] = []
  for (const [word] of normalize(text).matchAll(WORD)) {
    splitRuns(
      word,
      (w) => out.push(w),
      (run) => {
        const chars = Array.from(run)
        if (chars.length === 1) out.push(chars[0]!)
        for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
      },
    )
  }
  return out
}

/** Booth labels are one term each, whatever punctuation the venue prints on them. */
export function labelTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map(normalizeLabel)
    .filter((t) => t.length > 0)
}

/** Latin terms get prefix and typo tolerance; CJK terms are exact characters. */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term)
}
