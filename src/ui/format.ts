import { localeOf } from '../domain/i18n/messages.ts'
import type { Lang } from '../domain/i18n/text.ts'

/** "13 Oct, 09:30–10:30" in the venue's zone. */
export function formatSessionTime(start: string, end: string, timeZone: string, lang: Lang): string {
  const locale = localeOf(lang)
  const day = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', weekday: 'short' }).format(Date.parse(start))
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${day}, ${time.format(Date.parse(start))}–${time.format(Date.parse(end))}`
}

/** The same instant in the visitor's own zone, or null when it reads the same. */
export function localTimeIfDifferent(start: string, timeZone: string, lang: Lang): string | null {
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const fmt = (tz: string): string =>
    new Intl.DateTimeFormat(localeOf(lang), { timeZone: tz, hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short', hourCycle: 'h23' }).format(Date.parse(start))
  const venue = fmt(timeZone)
  const mine = fmt(viewerZone)
  return venue === mine ? null : mine
}

export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Only http(s) links leave the app; anything else in exhibitor data is shown as text. */
export function safeHttpUrl(value: string | undefined): URL | null {
  if (!value) return null
  try {
    const u = new URL(value)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null
  } catch {
    return null
  }
}
