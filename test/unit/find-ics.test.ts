import { describe, expect, it } from 'vitest'
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from '../../src/domain/ics/ics.ts'
import { sessionEvents } from '../../src/domain/ics/sessionEvents.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const scene = loadDefaultScene()
const NOW = Date.parse('2023-10-01T08:00:00Z')
const opts = { sceneId: scene.scene.venue.id, name: 'WDEC — my visit', timeZone: scene.scene.venue.timezone, lang: 'en' as const, now: NOW }

interface Component {
  name: string
  props: { name: string; params: Record<string, string>; value: string }[]
  children: Component[]
}

/** A small RFC 5545 reader: unfolds, checks BEGIN/END nesting, splits name;params:value. */
function parseIcs(text: string): Component {
  const lines = text.split('\r\n')
  expect(lines.pop()).toBe('') // ends with CRLF
  const unfolded: string[] = []
  for (const l of lines) {
    if (l.startsWith(' ')) unfolded[unfolded.length - 1] += l.slice(1)
    else unfolded.push(l)
  }
  const root: Component = { name: '', props: [], children: [] }
  const stack = [root]
  for (const l of unfolded) {
    const colon = l.indexOf(':')
    expect(colon, l).toBeGreaterThan(0)
    const [name, ...params] = l.slice(0, colon).split(';')
    const value = l.slice(colon + 1)
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] }
      stack.at(-1)!.children.push(c)
      stack.push(c)
    } else if (name === 'END') {
      expect(stack.pop()!.name, `END:${value}`).toBe(value)
    } else {
      stack.at(-1)!.props.push({ name: name!, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value })
    }
  }
  expect(stack).toHaveLength(1)
  expect(root.children).toHaveLength(1)
  return root.children[0]!
}
const prop = (c: Component, name: string) => c.props.filter((p) => p.name === name)
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))

describe('.ics export (RFC 5545)', () => {
  const starred = scene.scene.sessions.slice(0, 6).map((s) => s.id)
  const text = buildCalendar(sessionEvents(scene, starred, 'en'), opts)
  const cal = parseIcs(text)

  it('is a VCALENDAR with the required properties, once each', () => {
    expect(cal.name).toBe('VCALENDAR')
    expect(prop(cal, 'VERSION').map((p) => p.value)).toEqual(['2.0'])
    expect(prop(cal, 'PRODID')).toHaveLength(1)
    expect(prop(cal, 'CALSCALE').map((p) => p.value)).toEqual(['GREGORIAN'])
    expect(prop(cal, 'METHOD').map((p) => p.value)).toEqual(['PUBLISH'])
  })

  it('uses CRLF line endings only and folds every line to at most 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75)
  })

  it('describes Asia/Shanghai as a fixed +08:00 zone', () => {
    const [tz] = cal.children.filter((c) => c.name === 'VTIMEZONE')
    expect(prop(tz!, 'TZID')[0]!.value).toBe('Asia/Shanghai')
    const std = tz!.children.find((c) => c.name === 'STANDARD')!
    expect(prop(std, 'DTSTART')[0]!.value).toBe('19700101T000000')
    expect(prop(std, 'TZOFFSETFROM')[0]!.value).toBe('+0800')
    expect(prop(std, 'TZOFFSETTO')[0]!.value).toBe('+0800')
    expect(prop(std, 'TZNAME')[0]!.value).toBe('CST')
  })

  it('has one VEVENT per session with UID, DTSTAMP and venue-time DTSTART/DTEND', () => {
    const events = cal.children.filter((c) => c.name === 'VEVENT')
    expect(events).toHaveLength(starred.length)
    const sessions = starred.map((id) => scene.sessionById.get(id)!).sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
    events.forEach((ev, i) => {
      const s = sessions[i]!
      expect(prop(ev, 'UID').map((p) => p.value)).toEqual([`${s.id}@${scene.scene.venue.id}.venue-twin`])
      expect(prop(ev, 'DTSTAMP').map((p) => p.value)).toEqual(['20231001T080000Z'])
      const start = prop(ev, 'DTSTART')
      expect(start).toHaveLength(1)
      expect(start[0]!.params.TZID).toBe('Asia/Shanghai')
      // The wall-clock digits are the session's own (its offset is +08:00).
      expect(start[0]!.value).toBe(s.start.slice(0, 19).replace(/[-:]/g, ''))
      expect(prop(ev, 'DTEND')[0]!.value).toBe(s.end.slice(0, 19).replace(/[-:]/g, ''))
      expect(unescape(prop(ev, 'SUMMARY')[0]!.value)).toBe(s.title.en)
      expect(unescape(prop(ev, 'LOCATION')[0]!.value)).toContain(scene.scene.venue.name.en)
      expect(unescape(prop(ev, 'DESCRIPTION')[0]!.value)).toContain(s.summary.en)
    })
  })

  it('keeps UIDs stable across exports and takes DTSTAMP from the clock it is given', () => {
    const again = buildCalendar(sessionEvents(scene, [...starred].reverse(), 'zh'), { ...opts, lang: 'zh', now: NOW + 3600_000 })
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim()).sort()
    expect(uids(again)).toEqual(uids(text))
    expect(again).toContain('DTSTAMP:20231001T090000Z')
  })

  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
    const tricky: CalendarEvent = { id: 'x', start: '2023-10-13T09:30:00+08:00', end: '2023-10-13T10:00:00+08:00', summary: 'Data; AI, and \\ more\nline 2', location: 'Hall', description: 'd' }
    const ev = parseIcs(buildCalendar([tricky], opts)).children.find((c) => c.name === 'VEVENT')!
    const raw = prop(ev, 'SUMMARY')[0]!.value
    expect(raw).not.toMatch(/(^|[^\\]);/)
    expect(unescape(raw)).toBe(tricky.summary)
  })

  it('drops control characters from text, so nothing but a newline escape breaks a line', () => {
    expect(escapeText('Smart\u0000 City\u0007\u001b[31m\tForum\u0085')).toBe('Smart City[31m Forum')
    const hostile: CalendarEvent = { id: 'x', start: '2023-10-13T09:30:00+08:00', end: '2023-10-13T10:00:00+08:00', summary: 'Forum\u000b\u000cEND:VEVENT', location: 'Hall\rA', description: 'd' }
    const text = buildCalendar([hostile], opts)
    // Only CR LF line ends remain of the C0/C1 controls.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\p{Cc}/u)
    const ev = parseIcs(text).children.find((c) => c.name === 'VEVENT')!
    expect(prop(ev, 'SUMMARY')[0]!.value).toBe('ForumEND:VEVENT')
    expect(prop(ev, 'LOCATION')[0]!.value).toBe('Hall\\nA')
  })

  it('writes a URL only when it is a plain http(s) link without line breaks or spaces', () => {
    const at = (url: string): CalendarEvent => ({ id: 'x', start: '2023-10-13T09:30:00+08:00', end: '2023-10-13T10:00:00+08:00', summary: 's', location: 'l', description: 'd', url })
    const urls = (url: string) => prop(parseIcs(buildCalendar([at(url)], opts)).children.find((c) => c.name === 'VEVENT')!, 'URL').map((p) => p.value)
    expect(urls('https://expo.example.cn/s/1')).toEqual(['https://expo.example.cn/s/1'])
    for (const bad of ['https://expo.example.cn/\r\nATTACH:https://evil.example/x', 'https://expo.example.cn/\nEND:VEVENT', 'https://a.cn/\ttab', 'https://a.cn/ space', 'javascript:alert(1)', 'ftp://a.cn/x', 'not a url']) {
      const text = buildCalendar([at(bad)], opts)
      expect(urls(bad), JSON.stringify(bad)).toEqual([])
      expect(text).not.toContain('ATTACH')
      expect(text.match(/END:VEVENT/g)).toHaveLength(1)
    }
  })

  it('folds Chinese text between characters, never inside one', () => {
    const long = '数字孪生城市分论坛：'.repeat(30)
    const line = foldLine(`DESCRIPTION:${long}`)
    const decoder = new TextDecoder('utf-8', { fatal: true })
    for (const part of line.split('\r\n')) {
      const bytes = new TextEncoder().encode(part)
      expect(bytes.length).toBeLessThanOrEqual(75)
      expect(() => decoder.decode(bytes)).not.toThrow()
    }
    expect(line.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`DESCRIPTION:${long}`)
    const zh = buildCalendar(sessionEvents(scene, starred, 'zh'), { ...opts, lang: 'zh' })
    for (const l of zh.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75)
    const ev = parseIcs(zh).children.find((c) => c.name === 'VEVENT')!
    expect(prop(ev, 'SUMMARY')[0]!.params.LANGUAGE).toBe('zh-CN')
  })

  it('writes UTC times for zones it has no VTIMEZONE for', () => {
    const ev: CalendarEvent = { id: 'x', start: '2023-10-13T09:30:00+02:00', end: '2023-10-13T10:00:00+02:00', summary: 's', location: 'l', description: 'd' }
    const t = buildCalendar([ev], { ...opts, timeZone: 'Europe/Berlin' })
    expect(t).not.toContain('BEGIN:VTIMEZONE')
    expect(t).toContain('DTSTART:20231013T073000Z')
  })
})
