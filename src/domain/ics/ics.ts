/**
 * An iCalendar file (RFC 5545) of sessions, for "add to my calendar". Calendar apps are
 * strict where it matters: CRLF line endings, lines of at most 75 octets (folded, never
 * inside a UTF-8 character), escaped text, a UID per event that stays the same across
 * exports (so re-importing updates instead of duplicating), and times in the venue's zone.
 */
import type { Lang } from '../i18n/text.ts'
import { zonedParts } from '../time/zonedParts.ts'

export interface CalendarEvent {
  id: string
  /** ISO 8601 with offset. */
  start: string
  end: string
  summary: string
  location: string
  description: string
  url?: string
}

export interface CalendarOptions {
  sceneId: string
  /** Calendar name shown by apps (X-WR-CALNAME). */
  name: string
  timeZone: string
  lang: Lang
  /** The clock for DTSTAMP (epoch ms): injected, so output is reproducible. */
  now: number
}

export const PRODID = '-//Venue Twin//My visit//EN'
const CRLF = '\r\n'

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. Other control
 * characters are not allowed in a content line at all (§3.1) and can make a calendar app refuse
 * the file, so they are dropped (a tab becomes a space).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/(?!\n)\p{Cc}/gu, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

const encoder = new TextEncoder()
const octets = (s: string): number => encoder.encode(s).length

/**
 * Folds a content line (§3.1): at most 75 octets per line, continuation lines start with one
 * space. Splits between code points, so a Chinese character is never cut in half.
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line
  const out: string[] = []
  let current = ''
  let size = 0
  let limit = 75
  for (const ch of line) {
    const n = octets(ch)
    if (size + n > limit) {
      out.push(current)
      current = ''
      size = 0
      limit = 74 // the leading space takes one octet
    }
    current += ch
    size += n
  }
  out.push(current)
  return out.join(`${CRLF} `)
}

/** UTC date-time, "20231013T013000Z". */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Wall-clock time in a zone, "20231013T093000" (for DTSTART;TZID=…). */
export function localStamp(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone)
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`
}

/**
 * Zones we describe with a VTIMEZONE. China has kept +08:00 without daylight saving since
 * 1991, so one STANDARD rule is exact for any event date. Other zones' events are written in
 * UTC, which every calendar converts correctly.
 */
const FIXED_ZONES: Record<string, { offset: string; name: string }> = {
  'Asia/Shanghai': { offset: '+0800', name: 'CST' },
}

function vtimezone(tz: string): string[] {
  const z = FIXED_ZONES[tz]
  if (!z) return []
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${z.offset}`,
    `TZOFFSETTO:${z.offset}`,
    `TZNAME:${z.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ]
}

/**
 * A link as a URI value (§3.3.13), or null: http(s) only, and nothing in it that could end the
 * line and start a property of its own (a line break in a URL is an injected "ATTACH:" or
 * "END:VEVENT"); `new URL` would quietly strip tabs and line breaks, so the raw text is checked.
 */
export function calendarUrl(raw: string): string | null {
  if (/[\p{Cc}\s]/u.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
}

export function eventUid(sessionId: string, sceneId: string): string {
  return `${sessionId}@${sceneId}.venue-twin`
}

/** The calendar as text, ready to save as `.ics` (text/calendar; charset=utf-8). */
export function buildCalendar(events: readonly CalendarEvent[], opts: CalendarOptions): string {
  const zoned = opts.timeZone in FIXED_ZONES
  const time = (name: string, iso: string): string => {
    const ms = Date.parse(iso)
    return zoned ? `${name};TZID=${opts.timeZone}:${localStamp(ms, opts.timeZone)}` : `${name}:${utcStamp(ms)}`
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `X-WR-TIMEZONE:${opts.timeZone}`,
    ...vtimezone(opts.timeZone),
  ]
  const stamp = utcStamp(opts.now)
  const language = opts.lang === 'zh' ? 'zh-CN' : 'en'
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(e.id, opts.sceneId)}`,
      `DTSTAMP:${stamp}`,
      time('DTSTART', e.start),
      time('DTEND', e.end),
      `SUMMARY;LANGUAGE=${language}:${escapeText(e.summary)}`,
      `LOCATION;LANGUAGE=${language}:${escapeText(e.location)}`,
      `DESCRIPTION;LANGUAGE=${language}:${escapeText(e.description)}`,
    )
    const url = e.url === undefined ? null : calendarUrl(e.url)
    if (url) lines.push(`URL:${url}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
