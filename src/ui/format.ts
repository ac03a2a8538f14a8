import { localeOf } from '../domain/i18n/messages.ts'
import type { Lang } from '../domain/i18n/text.ts'

/**
 * A day as each language writes it: "Fri 13 Oct", "10月13日 周五". Chinese is assembled from
 * parts: Intl's zh-CN joins them as "10月13日周五", which no Chinese programme prints.
 */
function dayOf(ms: number, timeZone: string, lang: Lang): string {
  if (lang === 'en') return new Intl.DateTimeFormat(localeOf(lang), { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(ms)
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone, weekday: 'short', day: 'numeric', month: 'numeric' }).formatToParts(ms)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('month')}月${part('day')}日 ${part('weekday')}`
}

/** "09:30", on the 24-hour clock in both languages. */
export function formatClock(ms: number, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms)
}

/** A venue day ("2023-10-13"): "Fri 13 Oct", "10月13日 周五" (a calendar date: read at UTC noon, so no zone shifts it). */
export function formatVenueDay(day: string, lang: Lang): string {
  return dayOf(Date.parse(`${day}T12:00:00Z`), 'UTC', lang)
}

/** "Fri 13 Oct, 09:30–10:30", "10月13日 周五 09:30–10:30" in the venue's zone. */
export function formatSessionTime(start: string, end: string, timeZone: string, lang: Lang): string {
  const from = Date.parse(start)
  const span = `${formatClock(from, timeZone, lang)}–${formatClock(Date.parse(end), timeZone, lang)}`
  return lang === 'zh' ? `${dayOf(from, timeZone, lang)} ${span}` : `${dayOf(from, timeZone, lang)}, ${span}`
}

/** The same instant in the visitor's own zone, or null when it reads the same. */
export function localTimeIfDifferent(start: string, timeZone: string, lang: Lang): string | null {
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const ms = Date.parse(start)
  const fmt = (tz: string): string => `${dayOf(ms, tz, lang)}${lang === 'zh' ? ' ' : ', '}${formatClock(ms, tz, lang)}`
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
