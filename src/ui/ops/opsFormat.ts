import { localeOf } from '../../domain/i18n/messages.ts'
import type { Lang } from '../../domain/i18n/text.ts'

/** A venue-time clock reading, HH:MM, in the interface language's conventions. */
export function formatVenueTime(t: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(t)
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n)
}
