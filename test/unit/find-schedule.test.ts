import { describe, expect, it } from 'vitest'
import { dayKey, nowAndNext, statusAt } from '../../src/domain/schedule/nowNext.ts'
import { defaultDay, groupByLocation, programmeDays, sessionsOnDay, venueDays } from '../../src/domain/schedule/programme.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const scene = loadDefaultScene()
const sessions = scene.scene.sessions
const TZ = scene.scene.venue.timezone
const at = (iso: string) => Date.parse(iso)
const sorted = [...sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))

describe('now and next on the venue clock', () => {
  it('at 10:00 on 13 Oct: running sessions are now, the next start that day is next', () => {
    const now = at('2023-10-13T10:00:00+08:00')
    const running = sessions.filter((s) => Date.parse(s.start) <= now && now < Date.parse(s.end)).map((s) => s.id)
    const nextStart = Math.min(...sessions.map((s) => Date.parse(s.start)).filter((t) => t > now))
    const next = sessions.filter((s) => Date.parse(s.start) === nextStart).map((s) => s.id)
    expect(running.length).toBeGreaterThan(0)
    const status = statusAt(sessions, now, TZ)
    expect([...status].filter(([, v]) => v === 'now').map(([k]) => k).sort()).toEqual(running.sort())
    expect([...status].filter(([, v]) => v === 'next').map(([k]) => k).sort()).toEqual(next.sort())
    const nn = nowAndNext(sessions, now, TZ)
    expect(nn.now.map((s) => s.id).sort()).toEqual(running.sort())
    expect(nn.next.map((s) => s.id).sort()).toEqual(next.sort())
  })

  it('starts are inclusive and ends exclusive', () => {
    const s = sorted[0]!
    expect(statusAt(sessions, Date.parse(s.start), TZ).get(s.id)).toBe('now')
    expect(statusAt(sessions, Date.parse(s.end), TZ).get(s.id)).toBe('past')
    expect(statusAt(sessions, Date.parse(s.start) - 1, TZ).get(s.id)).toBe('next')
  })

  it('at 23:59 nothing is next: tomorrow morning is "later", not "next"', () => {
    const status = statusAt(sessions, at('2023-10-13T23:59:00+08:00'), TZ)
    expect([...status.values()]).not.toContain('next')
    expect([...status.values()]).not.toContain('now')
    const firstOn14 = sessionsOnDay(sessions, '2023-10-14', TZ)[0]!
    expect(status.get(firstOn14.id)).toBe('later')
  })

  it('from midnight, the first session of the new day is next', () => {
    const day = sessionsOnDay(sessions, '2023-10-14', TZ)
    const first = Date.parse(day[0]!.start)
    const status = statusAt(sessions, at('2023-10-14T00:00:00+08:00'), TZ)
    const next = [...status].filter(([, v]) => v === 'next').map(([k]) => k).sort()
    expect(next).toEqual(day.filter((s) => Date.parse(s.start) === first).map((s) => s.id).sort())
  })

  it('judges the day in the venue zone, not UTC: 07:30 in Ningbo is still the 13th', () => {
    // 2023-10-12T23:30Z is 07:30 on the 13th in Ningbo: the opening is next.
    const status = statusAt(sessions, at('2023-10-12T23:30:00Z'), TZ)
    expect(status.get(sorted[0]!.id)).toBe('next')
    expect(dayKey(at('2023-10-12T23:30:00Z'), TZ)).toBe('2023-10-13')
    expect(dayKey(at('2023-10-12T23:30:00Z'), 'UTC')).toBe('2023-10-12')
  })

  it('keeps a session that runs past midnight "now" after the date changes', () => {
    const late = { ...sorted[0]!, id: 'night-show', start: '2023-10-13T23:00:00+08:00', end: '2023-10-14T01:00:00+08:00' }
    expect(statusAt([...sessions, late], at('2023-10-14T00:30:00+08:00'), TZ).get('night-show')).toBe('now')
  })
})

describe('programme', () => {
  it('has the three event days and sorts each day by start', () => {
    expect(venueDays(scene.scene.venue)).toEqual(['2023-10-13', '2023-10-14', '2023-10-15'])
    expect(programmeDays(scene)).toEqual(['2023-10-13', '2023-10-14', '2023-10-15'])
    let total = 0
    for (const d of programmeDays(scene)) {
      const list = sessionsOnDay(sessions, d, TZ)
      total += list.length
      for (let i = 1; i < list.length; i++) expect(Date.parse(list[i]!.start)).toBeGreaterThanOrEqual(Date.parse(list[i - 1]!.start))
    }
    expect(total).toBe(sessions.length)
  })

  it('groups a day by place, each place once, places by their first session', () => {
    const day = sessionsOnDay(sessions, '2023-10-13', TZ)
    const groups = groupByLocation(scene, day)
    expect(groups.map((g) => g.locationId)).toEqual([...new Set(groups.map((g) => g.locationId))])
    expect(groups.flatMap((g) => g.sessions).length).toBe(day.length)
    for (const g of groups) expect(g.name, g.locationId).not.toBeNull()
    const firsts = groups.map((g) => Math.min(...g.sessions.map((s) => Date.parse(s.start))))
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
  })

  it('opens on today during the event, else on the first upcoming day', () => {
    const days = programmeDays(scene)
    expect(defaultDay(days, at('2023-10-14T12:00:00+08:00'), TZ)).toBe('2023-10-14')
    expect(defaultDay(days, at('2023-09-01T12:00:00+08:00'), TZ)).toBe('2023-10-13')
    expect(defaultDay(days, at('2024-01-01T12:00:00+08:00'), TZ)).toBe('2023-10-13')
  })
})
