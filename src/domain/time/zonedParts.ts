/**
 * An instant's wall-clock fields in a time zone (two-digit strings, 24-hour clock): the
 * simulator, the schedule and the calendar export all ask often.
 */
export interface ZonedParts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
}

/** The one corner of Temporal used here (not yet in every runtime, nor in TypeScript's default libs). */
interface TemporalZoned {
  Instant: {
    fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } }
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const two = (n: number): string => String(n).padStart(2, '0')

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  // Temporal where the runtime has it (Chromium does): its first answer needs only the zone's
  // rules, where the first Intl formatter loads ICU's locale data — measured on a phone-speed CPU
  // (4× slowdown), ~10 ms against 140–300 ms, in the task that starts the live feed.
  const temporal = (globalThis as { Temporal?: TemporalZoned }).Temporal
  if (temporal) {
    try {
      const z = temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone)
      return { year: String(z.year), month: two(z.month), day: two(z.day), hour: two(z.hour), minute: two(z.minute), second: two(z.second) }
    } catch {
      // A zone name this Temporal does not know (the schema accepted it): ask a formatter.
    }
  }
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, f)
  }
  const p: ZonedParts = { year: '', month: '', day: '', hour: '00', minute: '00', second: '00' }
  for (const part of f.formatToParts(ms)) if (part.type in p) p[part.type as keyof ZonedParts] = part.value
  return p
}
