/**
 * Country names for search, in both languages, so "Germany", "德国" and "DE" all find German
 * exhibitors. Intl.DisplayNames supplies them where the runtime has it; a runtime without it
 * (or without the data) still matches the ISO code.
 */
import type { LocalizedText } from '../i18n/text.ts'

const cache = new Map<string, LocalizedText>()

function displayName(locale: string, code: string): string | null {
  try {
    if (typeof Intl.DisplayNames !== 'function') return null
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code)
    return name && name !== code ? name : null
  } catch {
    return null
  }
}

export function countryNames(code: string): LocalizedText {
  let names = cache.get(code)
  if (!names) {
    names = { en: displayName('en', code) ?? code, zh: displayName('zh-CN', code) ?? code }
    cache.set(code, names)
  }
  return names
}
