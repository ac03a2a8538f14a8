import { describe, expect, it } from 'vitest'
import { MAX_FUTURE_MS, MAX_PAYLOAD_CHARS, parseLiveMessage } from '../../src/domain/live/parseMessage.ts'
import { AttendancePayloadSchema, OccupancyPayloadSchema } from '../../src/domain/live/schemas.ts'
import { attendanceTopic, occupancyTopic, parseTopic, sceneSubscription } from '../../src/domain/live/topics.ts'
import { smallIndex } from '../fixtures/liveIndex.ts'

const index = smallIndex()
const ts = '2023-10-13T10:00:00+08:00'
const occ = (zone: string, payload: unknown) => parseLiveMessage(index, occupancyTopic('small-expo', zone), typeof payload === 'string' ? payload : JSON.stringify(payload))

describe('live topics', () => {
  it('build and split the contract topics', () => {
    expect(occupancyTopic('wdec-2023', 'digital-trade')).toBe('venue/wdec-2023/zones/digital-trade/occupancy')
    expect(attendanceTopic('wdec-2023', 'main-forum')).toBe('venue/wdec-2023/sessions/main-forum/attendance')
    expect(sceneSubscription('wdec-2023')).toBe('venue/wdec-2023/#')
    expect(parseTopic('venue/s/zones/z/occupancy')).toEqual({ kind: 'occupancy', sceneId: 's', zoneId: 'z' })
    expect(parseTopic('venue/s/sessions/x/attendance')).toEqual({ kind: 'attendance', sceneId: 's', sessionId: 'x' })
  })

  it('reject other shapes', () => {
    for (const t of ['venue/s/zones/z', 'venue/s/zones/z/occupancy/extra', 'site/s/zones/z/occupancy', 'venue/s/zones/z/attendance', 'venue//zones/z/occupancy', 'venue/s/booths/b/occupancy'])
      expect(parseTopic(t), t).toBeNull()
  })
})

describe('payload schemas', () => {
  it('accept the contract payloads (extra fields are ignored)', () => {
    expect(OccupancyPayloadSchema.parse({ count: 12, capacity: 300, ts, sensor: 'cam-3' })).toEqual({ count: 12, capacity: 300, ts })
    expect(AttendancePayloadSchema.parse({ seated: 0, capacity: 600, queue: 40, ts: '2023-10-13T02:00:00Z' }).queue).toBe(40)
  })

  it('reject missing, negative, fractional, absurd and badly timed values', () => {
    const bad = [
      { capacity: 300, ts },
      { count: -1, capacity: 300, ts },
      { count: 1.5, capacity: 300, ts },
      { count: '12', capacity: 300, ts },
      { count: 12, capacity: 0, ts },
      { count: 2_000_000, capacity: 300, ts },
      { count: 12, capacity: 300, ts: '2023-10-13T10:00:00' },
      { count: 12, capacity: 300, ts: 'yesterday' },
      { count: 12, capacity: 300 },
    ]
    for (const p of bad) expect(OccupancyPayloadSchema.safeParse(p).success, JSON.stringify(p)).toBe(false)
    expect(AttendancePayloadSchema.safeParse({ seated: 1, capacity: 10, ts }).success).toBe(false)
  })
})

describe('parseLiveMessage', () => {
  it('accepts a reading for a known zone and session', () => {
    expect(occ('smart-city', { count: 120, capacity: 480, ts })).toEqual({
      ok: true,
      update: { kind: 'occupancy', zoneId: 'smart-city', count: 120, capacity: 480, ts: Date.parse(ts) },
    })
    const r = parseLiveMessage(index, attendanceTopic('small-expo', 'opening-ceremony'), JSON.stringify({ seated: 300, capacity: 338, queue: 25, ts }))
    expect(r).toEqual({ ok: true, update: { kind: 'attendance', sessionId: 'opening-ceremony', seated: 300, capacity: 338, queue: 25, ts: Date.parse(ts) } })
  })

  it('names the reason for each drop', () => {
    const reason = (r: ReturnType<typeof parseLiveMessage>) => (r.ok ? 'accepted' : r.reason)
    expect(reason(occ('smart-city', '{"count": 1,'))).toBe('malformed-json')
    expect(reason(occ('smart-city', ''))).toBe('malformed-json')
    expect(reason(occ('smart-city', { count: 'many', capacity: 5, ts }))).toBe('schema')
    expect(reason(occ('smart-city', [1, 2]))).toBe('schema')
    expect(reason(occ('no-such-zone', { count: 1, capacity: 5, ts }))).toBe('unknown-zone')
    expect(reason(parseLiveMessage(index, attendanceTopic('small-expo', 'no-such-talk'), JSON.stringify({ seated: 1, capacity: 5, queue: 0, ts })))).toBe('unknown-session')
    expect(reason(parseLiveMessage(index, occupancyTopic('other-hall', 'smart-city'), JSON.stringify({ count: 1, capacity: 5, ts })))).toBe('wrong-scene')
    expect(reason(parseLiveMessage(index, 'venue/small-expo/status', '{}'))).toBe('unknown-topic')
    expect(reason(occ('smart-city', `{"count":1,"capacity":5,"ts":"${ts}","pad":"${'x'.repeat(MAX_PAYLOAD_CHARS)}"}`))).toBe('too-large')
  })

  it('drops readings dated more than 2 minutes ahead of the venue clock, which would freeze a zone', () => {
    const now = Date.parse(ts)
    const at = (iso: string) => parseLiveMessage(index, occupancyTopic('small-expo', 'smart-city'), JSON.stringify({ count: 1, capacity: 5, ts: iso }), now)
    const r = at('2099-01-01T00:00:00Z')
    expect(r.ok ? 'accepted' : r.reason).toBe('future')
    expect(r.ok ? '' : r.detail).toContain('2099-01-01T00:00:00.000Z')
    expect(at(new Date(now + MAX_FUTURE_MS).toISOString()).ok).toBe(true)
    expect(at(new Date(now + MAX_FUTURE_MS + 1000).toISOString()).ok).toBe(false)
    expect(at(new Date(now - 3_600_000).toISOString()).ok).toBe(true)
    // Without a clock (tools reading archives) the date is not judged.
    expect(parseLiveMessage(index, occupancyTopic('small-expo', 'smart-city'), JSON.stringify({ count: 1, capacity: 5, ts: '2099-01-01T00:00:00Z' })).ok).toBe(true)
  })

  it('checks the payload before the id, so a broken payload on a typo topic counts as broken', () => {
    const r = occ('no-such-zone', 'not json')
    expect(r.ok ? null : r.reason).toBe('malformed-json')
  })

  it('keeps untrusted text in details short', () => {
    const r = occ('smart-city', `garbage ${'<script>'.repeat(100)}`)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.detail.length).toBeLessThan(120)
  })
})
