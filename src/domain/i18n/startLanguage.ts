/**
 * Which language the app opens in. The link's `lang=` first (an operator's or a shared link's
 * choice), then the visitor's own last choice on this device (not on kiosks: one visitor's
 * choice is not the next one's), then the first supported language in the browser's list,
 * then the venue's own language (`venue.defaultLanguage`: a Ningbo expo opens in Chinese for a
 * French browser), then English. A kiosk's home language skips the device and the browser:
 * it is the link's, else the venue's.
 */
import type { Lang } from './text.ts'

export interface LanguageSources {
  url: Lang | null
  remembered: Lang | null
  /** navigator.languages, most preferred first. */
  browser: readonly string[]
  kiosk: boolean
}

/** The first of the browser's languages the app has ("zh-TW" → zh, "en-GB" → en), or null. */
export function browserLanguage(langs: readonly string[]): Lang | null {
  for (const l of langs) {
    const lower = (l ?? '').toLowerCase()
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh'
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
  }
  return null
}

/** The language known before the scene is in, or null when only the scene can say. */
export function languageBeforeScene({ url, remembered, browser, kiosk }: LanguageSources): Lang | null {
  if (url) return url
  if (kiosk) return null
  return remembered ?? browserLanguage(browser)
}

/** The language once the scene is in. */
export function startLanguage(sources: LanguageSources, sceneLanguage: Lang | undefined): Lang {
  return languageBeforeScene(sources) ?? sceneLanguage ?? (sources.kiosk ? browserLanguage(sources.browser) : null) ?? 'en'
}
