/**
 * An instant's wall-clock fields in a time zone (two-digit strings, 24-hour clock), with one
 * cached formatter per zone: the simulator, the schedule and the calendar export all ask often.
 */
export interface ZonedParts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, f)
  }
  const p: ZonedParts = { year: '', month: '', day: '', hour: '00', minute: '00', second: '00' }
  for (const part of f.formatToParts(ms)) if (part.type in p) p[part.type as keyof ZonedParts] = part.value
  return p
}
