import { localeOf } from '../../domain/i18n/messages.ts'
import type { Lang } from '../../domain/i18n/text.ts'

// Building an Intl formatter (with a time zone above all) costs far more than formatting with
// one: the control room formats hundreds of figures per update, so each is built once.
const clocks = new Map<string, Intl.DateTimeFormat>()
const counts = new Map<string, Intl.NumberFormat>()

/** A venue-time clock reading, HH:MM, in the interface language's conventions. */
export function formatVenueTime(t: number, lang: Lang, timeZone: string): string {
  const key = `${lang} ${timeZone}`
  let f = clocks.get(key)
  if (!f) clocks.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), { timeZone, hour: '2-digit', minute: '2-digit', hour12: false })))
  return f.format(t)
}

export function formatCount(n: number, lang: Lang): string {
  let f = counts.get(lang)
  if (!f) counts.set(lang, (f = new Intl.NumberFormat(localeOf(lang))))
  return f.format(n)
}
