/**
 * Every text the 3D view draws in its own font (fascia names on the booths, pavilion names):
 * the characters the scene's font subset must hold. Read from plain scene data so the build
 * (which reads the JSON files as they are) and the app agree on one list.
 */
interface Bilingual {
  en: string
  zh: string
}

export interface FasciaSource {
  venue: { zones: readonly { name: Bilingual; shortName?: Bilingual | undefined }[] }
  exhibitors: { exhibitors: readonly { name: Bilingual }[] }
}

/** Latin letters with no decomposition into a base letter and a mark. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L' }

/**
 * The text as a fascia prints it. The fascia font (Noto Sans SC) carries Latin-1 but few
 * letters beyond it, so a name's other Latin letters are printed as their base letter
 * ("Łódź" → "Lódz"), as on a sign painted without the accents; CJK text is kept as it is.
 */
export function fasciaDisplay(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x100 || cp > 0x24f) out += ch
    else out += FOLD[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '')
  }
  return out
}

/** Characters every font subset carries whatever the scene says: digits and common marks. */
const ALWAYS = '0123456789 .,-&·()'

/** The distinct characters drawn in the view, in code point order. */
export function fasciaCharacters(src: FasciaSource): string[] {
  const chars = new Set<string>(ALWAYS)
  const add = (t: Bilingual | undefined): void => {
    if (!t) return
    for (const ch of fasciaDisplay(t.en)) chars.add(ch)
    for (const ch of fasciaDisplay(t.zh)) chars.add(ch)
  }
  for (const z of src.venue.zones) {
    add(z.name)
    add(z.shortName)
  }
  for (const e of src.exhibitors.exhibitors) add(e.name)
  return [...chars].filter((ch) => !/\s/.test(ch) || ch === ' ').sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
}

/** Han, kana, CJK punctuation and full-width forms: drawn from the CJK font. */
export function isCjk(ch: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/u.test(ch)
}
