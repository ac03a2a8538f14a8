import type { MessageKey } from '../../domain/i18n/messages.ts'

type T = (key: MessageKey, vars?: Record<string, string | number>) => string

/** "3 s ago", "2 min ago": the age of data in the visitor's language. */
export function formatAge(ms: number, t: T): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  if (s < 1) return t('live.age.now')
  if (s < 60) return t('live.age.seconds', { n: s })
  if (s < 3600) return t('live.age.minutes', { n: Math.floor(s / 60) })
  return t('live.age.hours', { n: Math.floor(s / 3600) })
}

/** "09:30" on the venue clock. */
export function venueClockTime(t: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(t)
}
