/**
 * Session times as organizers write them, to ISO 8601 with the venue's offset:
 * "2023-10-13 09:30" (or 2023/10/13 9:30, with optional seconds) is a wall-clock time in the
 * venue's IANA zone; a value with its own offset or Z is kept as written.
 */

export type ParsedTime = { ok: true; iso: string } | { ok: false; reason: string }

const LOCAL = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const pad = (n: number): string => String(n).padStart(2, '0')

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const t = new Date(0)
  t.setUTCFullYear(y, m - 1, d)
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

function realTime(h: number, mi: number, s: number): boolean {
  return h <= 23 && mi <= 59 && s <= 59
}

export function parseSessionTime(cell: string, timeZone: string): ParsedTime {
  const t = cell.trim()
  const o = WITH_OFFSET.exec(t)
  if (o) {
    const [y, m, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(o[i] ?? 0)) as [number, number, number, number, number, number]
    if (!isRealDate(y, m, d)) return { ok: false, reason: `${o[1]}-${o[2]}-${o[3]} is not a real calendar date` }
    if (!realTime(h, mi, s)) return { ok: false, reason: `${t} is not a real time of day` }
    return { ok: true, iso: t }
  }
  const l = LOCAL.exec(t)
  if (!l) return { ok: false, reason: `"${t}" is not a date and time like 2023-10-13 09:30 or 2023-10-13T09:30:00+08:00` }
  const [y, m, d] = [Number(l[1]), Number(l[2]), Number(l[3])]
  const [h, mi, s] = [Number(l[4] ?? 0), Number(l[5] ?? 0), Number(l[6] ?? 0)]
  if (!isRealDate(y, m, d)) return { ok: false, reason: `${l[1]}-${pad(m)}-${pad(d)} is not a real calendar date` }
  if (!realTime(h, mi, s)) return { ok: false, reason: `${pad(h)}:${pad(mi)} is not a real time of day` }
  const offset = offsetAt(Date.UTC(y, m - 1, d, h, mi, s), timeZone)
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${formatOffset(offset)}` }
}

/** Minutes east of UTC in `timeZone` for a wall-clock time given as if it were UTC. */
function offsetAt(wallAsUtc: number, timeZone: string): number {
  // Two passes settle the offset across a daylight-saving change.
  let offset = zoneOffset(wallAsUtc, timeZone)
  offset = zoneOffset(wallAsUtc - offset * 60_000, timeZone)
  return offset
}

const formats = new Map<string, Intl.DateTimeFormat>()

function zoneOffset(instant: number, timeZone: string): number {
  let f = formats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    formats.set(timeZone, f)
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]))
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second))
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+'
  const a = Math.abs(min)
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
}
