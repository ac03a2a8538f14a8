/**
 * IMDF LABELS ({ "<language tag>": text }) ↔ the scene's bilingual text. Export writes `en` and
 * `zh-Hans`; import takes English and Chinese from any tag of those languages and fills a
 * missing one from the language order the organizer chose (listed as a warning).
 */
import type { LocalizedText } from '../../i18n/text.ts'

export type Labels = Record<string, string>

export function toLabels(t: LocalizedText): Labels {
  return { en: t.en, 'zh-Hans': t.zh }
}

const ZH_PREFERENCE = ['zh-hans', 'zh-cn', 'zh', 'zh-sg', 'zh-hans-cn', 'zh-hant', 'zh-tw', 'zh-hk', 'zh-hant-tw', 'zh-hant-hk']

function clean(labels: unknown): [string, string][] {
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) return []
  return Object.entries(labels as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([k, v]) => [k.toLowerCase(), v.trim()])
}

function inLanguage(entries: [string, string][], lang: string): string | undefined {
  const l = lang.toLowerCase()
  if (l === 'zh') {
    for (const tag of ZH_PREFERENCE) {
      const hit = entries.find(([k]) => k === tag)
      if (hit) return hit[1]
    }
  }
  return (entries.find(([k]) => k === l) ?? entries.find(([k]) => k.split('-')[0] === l.split('-')[0]))?.[1]
}

export interface PickedText {
  text: LocalizedText
  /** Which halves were filled from another language. */
  filled: ('en' | 'zh')[]
}

/** English and Chinese of a LABELS value; null when it has no text at all. */
export function pickText(labels: unknown, order: readonly string[]): PickedText | null {
  const entries = clean(labels)
  if (entries.length === 0) return null
  const fallback = (): string => {
    for (const lang of order) {
      const v = inLanguage(entries, lang)
      if (v) return v
    }
    return entries[0]![1]
  }
  const en = inLanguage(entries, 'en')
  const zh = inLanguage(entries, 'zh')
  const filled: ('en' | 'zh')[] = []
  if (!en) filled.push('en')
  if (!zh) filled.push('zh')
  return { text: { en: en ?? fallback(), zh: zh ?? fallback() }, filled }
}
