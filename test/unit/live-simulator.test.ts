import { describe, expect, it } from 'vitest'
import { zoneCapacity } from '../../src/domain/live/capacity.ts'
import { parseLiveMessage } from '../../src/domain/live/parseMessage.ts'
import { frameAt, historyFor, sessionReadingsAt, simulateAt, zoneReadingsAt } from '../../src/domain/live/simulator.ts'
import { daysBetween, venueInstant, venueWallClock } from '../../src/domain/live/venueTime.ts'
import { smallIndex } from '../fixtures/liveIndex.ts'

const index = smallIndex()
const TZ = 'Asia/Shanghai'
const at = (hhmm: string, day = '2023-10-13') => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return venueInstant(day, h * 60 + m, TZ)
}
const pavilions = index.scene.venue.zones.filter((z) => z.kind === 'pavilion').map((z) => z.id)
const total = (t: number, ids: string[]) => ids.reduce((n, id) => n + zoneReadingsAt(index, t).get(id)!.count, 0)

describe('venue time', () => {
  it('converts between instants and the venue wall clock', () => {
    expect(at('09:30')).toBe(Date.parse('2023-10-13T09:30:00+08:00'))
    expect(venueWallClock(Date.parse('2023-10-13T01:30:00Z'), TZ)).toEqual({ day: '2023-10-13', minute: 9 * 60 + 30 })
    expect(venueInstant('2023-03-26', 12 * 60, 'Europe/Berlin')).toBe(Date.parse('2023-03-26T12:00:00+02:00'))
    expect(daysBetween('2023-10-13', '2023-10-15')).toEqual(['2023-10-13', '2023-10-14', '2023-10-15'])
  })
})

describe('simulator', () => {
  it('is deterministic: same seed and instant → the same messages', () => {
    const t = at('10:17')
    expect(simulateAt(index, t)).toEqual(simulateAt(index, t))
    expect(simulateAt(index, t, { seed: 7 })).toEqual(simulateAt(index, t, { seed: 7 }))
    expect(simulateAt(index, t, { seed: 7 })).not.toEqual(simulateAt(index, t, { seed: 8 }))
  })

  it('produces the messages MQTT would carry, and every one passes validation', () => {
    const msgs = simulateAt(index, at('09:40'))
    const zoneTopics = msgs.filter((m) => m.topic.endsWith('/occupancy'))
    expect(zoneTopics.map((m) => m.topic).sort()).toEqual(index.scene.venue.zones.map((z) => `venue/small-expo/zones/${z.id}/occupancy`).sort())
    expect(msgs.some((m) => m.topic === 'venue/small-expo/sessions/opening-ceremony/attendance')).toBe(true)
    for (const m of msgs) {
      const r = parseLiveMessage(index, m.topic, m.payload)
      expect(r.ok, `${m.topic} ${m.payload}`).toBe(true)
    }
    expect(JSON.parse(zoneTopics[0]!.payload).ts).toBe(new Date(at('09:40')).toISOString())
  })

  it('follows the shape of a day: closed at night, opening-ceremony peak above the lunch dip', () => {
    const stage = 'main-stage'
    const stageAt = (hhmm: string) => zoneReadingsAt(index, at(hhmm)).get(stage)!
    expect(total(at('03:00'), pavilions)).toBe(0)
    expect(total(at('21:00'), pavilions)).toBe(0)
    // The ceremony fills the stage; at lunch it is nearly empty.
    expect(stageAt('10:00').count / stageAt('10:00').capacity).toBeGreaterThan(0.85)
    expect(stageAt('10:00').count).toBeGreaterThan(2 * stageAt('12:45').count)
    // Pavilions: the late-morning crowd thins over lunch and comes back in the afternoon.
    expect(total(at('11:30'), pavilions)).toBeGreaterThan(total(at('12:45'), pavilions) * 1.3)
    expect(total(at('14:30'), pavilions)).toBeGreaterThan(total(at('12:45'), pavilions) * 1.3)
    expect(total(at('09:05'), pavilions)).toBeLessThan(total(at('11:30'), pavilions))
  })

  it('gives zones their own popularity and never exceeds capacity', () => {
    for (let m = 8 * 60; m <= 19 * 60; m += 7) {
      for (const [id, r] of zoneReadingsAt(index, venueInstant('2023-10-14', m, TZ))) {
        expect(r.count, id).toBeLessThanOrEqual(r.capacity)
        expect(r.count, id).toBeGreaterThanOrEqual(0)
        expect(r.capacity).toBe(zoneCapacity(index.zoneById.get(id)!))
      }
    }
    const ratios = pavilions.map((id) => {
      const r = zoneReadingsAt(index, at('11:30')).get(id)!
      return r.count / r.capacity
    })
    expect(new Set(ratios.map((x) => x.toFixed(2))).size).toBeGreaterThan(1)
  })

  it('forms a queue before a session and seats people once it starts', () => {
    const s = (hhmm: string) => sessionReadingsAt(index, at(hhmm)).get('opening-ceremony')
    expect(s('08:30')).toBeUndefined()
    expect(s('09:10')!.queue).toBeGreaterThan(0)
    expect(s('09:10')!.seated).toBeLessThan(s('09:40')!.seated)
    expect(s('09:40')!.seated).toBeGreaterThan(0.9 * s('09:40')!.capacity)
    expect(s('09:10')!.queue).toBeGreaterThan(s('09:50')!.queue)
    expect(s('11:05')).toBeUndefined()
  })

  it('replays a day from the same numbers, frame by frame', () => {
    const h = historyFor(index, '2023-10-13')
    expect(h.frames[0]!.minute).toBe(8 * 60)
    expect(h.frames.at(-1)!.minute).toBe(19 * 60)
    expect(h.frames).toHaveLength((19 * 60 - 8 * 60) / 5 + 1)
    const f = h.frames.find((x) => x.minute === 10 * 60)!
    expect(f.t).toBe(at('10:00'))
    expect(f.zones).toEqual(Object.fromEntries(zoneReadingsAt(index, at('10:00'))))
    expect(frameAt(h, at('10:03'))).toBe(f)
    expect(frameAt(h, at('10:00'))).toBe(f)
    expect(frameAt(h, at('06:00'))).toBe(h.frames[0])
    expect(frameAt(h, at('23:00'))).toBe(h.frames.at(-1))
  })
})
