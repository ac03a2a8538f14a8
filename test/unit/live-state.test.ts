import { describe, expect, it } from 'vitest'
import { BACKOFF_MAX_MS, reconnectDelay } from '../../src/domain/live/backoff.ts'
import { createCoalescer, FLUSH_INTERVAL_MS, nextFlushDelay } from '../../src/domain/live/coalesce.ts'
import { applyBatch, emptyLiveData, isEntryStale, isFeedStale, STALE_AFTER_MS, totalDropped, type LiveBatch } from '../../src/domain/live/liveState.ts'
import { parseLiveMessage, type LiveUpdate } from '../../src/domain/live/parseMessage.ts'
import { occupancyTopic } from '../../src/domain/live/topics.ts'
import { feedIndicator, sameZoneViews, zoneViewsFromLive } from '../../src/domain/live/views.ts'
import { smallIndex } from '../fixtures/liveIndex.ts'

const T0 = Date.parse('2023-10-13T10:00:00+08:00')
const occ = (zoneId: string, count: number, ts = T0, capacity = 480): LiveUpdate => ({ kind: 'occupancy', zoneId, count, capacity, ts })
const batch = (b: Partial<LiveBatch>): LiveBatch => ({ updates: [], received: 0, coalesced: 0, drops: {}, lastMessageAt: null, lastTopic: null, lastDrop: null, ...b })

describe('live reducer', () => {
  it('folds readings and counters into the live data', () => {
    const d = applyBatch(
      emptyLiveData(),
      batch({
        updates: [
          { update: occ('smart-city', 100), receivedAt: T0 + 10 },
          { update: { kind: 'attendance', sessionId: 'opening-ceremony', seated: 50, capacity: 338, queue: 7, ts: T0 }, receivedAt: T0 + 10 },
        ],
        received: 4,
        drops: { 'malformed-json': 1, 'unknown-zone': 1 },
        lastMessageAt: T0 + 10,
        lastTopic: 'venue/small-expo/zones/smart-city/occupancy',
      }),
    )
    expect(d.zones['smart-city']).toEqual({ count: 100, capacity: 480, ts: T0, receivedAt: T0 + 10 })
    expect(d.sessions['opening-ceremony']?.queue).toBe(7)
    expect(d.received).toBe(4)
    expect(d.dropped['malformed-json']).toBe(1)
    expect(d.dropped['unknown-zone']).toBe(1)
    expect(totalDropped(d.dropped)).toBe(2)
    expect(d.lastAcceptedAt).toBe(T0 + 10)
    expect(d.lastTopic).toContain('smart-city')
  })

  it('drops a reading older than the one held, and keeps untouched entries identical', () => {
    const a = applyBatch(emptyLiveData(), batch({ updates: [{ update: occ('smart-city', 100, T0 + 5000), receivedAt: T0 }, { update: occ('main-stage', 10), receivedAt: T0 }], received: 2 }))
    const b = applyBatch(a, batch({ updates: [{ update: occ('smart-city', 90, T0 + 1000), receivedAt: T0 + 1 }], received: 1 }))
    expect(b.zones['smart-city']?.count).toBe(100)
    expect(b.dropped['out-of-order']).toBe(1)
    expect(b.zones).toBe(a.zones)
    const c = applyBatch(b, batch({ updates: [{ update: occ('smart-city', 120, T0 + 9000), receivedAt: T0 + 2 }], received: 1 }))
    expect(c.zones['smart-city']?.count).toBe(120)
    expect(c.zones['main-stage']).toBe(a.zones['main-stage'])
  })

  it('counts an empty batch of drops without touching readings', () => {
    const a = applyBatch(emptyLiveData(), batch({ updates: [{ update: occ('smart-city', 1), receivedAt: T0 }], received: 1 }))
    const b = applyBatch(a, batch({ received: 3, drops: { schema: 3 } }))
    expect(b.zones).toBe(a.zones)
    expect(b.received).toBe(4)
    expect(b.lastAcceptedAt).toBe(a.lastAcceptedAt)
  })
})

describe('staleness (60 s on the venue clock)', () => {
  it('marks a reading stale after 60 s without a newer one', () => {
    const e = { ts: T0, receivedAt: T0 }
    expect(STALE_AFTER_MS).toBe(60_000)
    expect(isEntryStale(e, T0 + 59_999)).toBe(false)
    expect(isEntryStale(e, T0 + 60_000)).toBe(false)
    expect(isEntryStale(e, T0 + 60_001)).toBe(true)
  })

  it('treats an old reading delivered late (a retained message) as old', () => {
    expect(isEntryStale({ ts: T0 - 3_600_000, receivedAt: T0 }, T0)).toBe(true)
    // A sensor clock a little ahead does not make data look fresher than its arrival.
    expect(isEntryStale({ ts: T0 + 30_000, receivedAt: T0 }, T0 + 61_000)).toBe(true)
  })

  it('makes the whole feed stale when nothing was accepted for 60 s, counting from its start', () => {
    const empty = emptyLiveData()
    expect(isFeedStale(empty, T0 + 59_000, T0)).toBe(false)
    expect(isFeedStale(empty, T0 + 61_000, T0)).toBe(true)
    const d = applyBatch(empty, batch({ updates: [{ update: occ('smart-city', 1), receivedAt: T0 + 50_000 }], received: 1 }))
    expect(isFeedStale(d, T0 + 100_000, T0)).toBe(false)
    expect(isFeedStale(d, T0 + 111_000, T0)).toBe(true)
  })

  it('the indicator says stale / reconnecting / live with the age of the data', () => {
    const d = applyBatch(emptyLiveData(), batch({ updates: [{ update: occ('smart-city', 1), receivedAt: T0 }], received: 1 }))
    expect(feedIndicator('connected', d, T0 + 3000, T0)).toEqual({ kind: 'live', ageMs: 3000 })
    expect(feedIndicator('connected', d, T0 + 61_000, T0)).toEqual({ kind: 'stale', ageMs: 61_000 })
    expect(feedIndicator('reconnecting', d, T0 + 3000, T0)).toEqual({ kind: 'reconnecting', ageMs: 3000 })
    expect(feedIndicator('connected', emptyLiveData(), T0 + 1000, T0)).toEqual({ kind: 'waiting' })
    expect(feedIndicator('simulated', d, T0 + 1000, T0)).toEqual({ kind: 'simulated' })
    expect(feedIndicator('simulated', d, T0 + 61_000, T0).kind).toBe('stale')
    expect(feedIndicator('off', d, T0, T0)).toEqual({ kind: 'off' })
  })

  it('zone views turn stale and compare equal while nothing visible changed', () => {
    const zones = { 'smart-city': { count: 240, capacity: 480, ts: T0, receivedAt: T0 } }
    const fresh = zoneViewsFromLive(zones, T0 + 1000)
    expect(fresh['smart-city']).toMatchObject({ percent: 50, level: 'moderate', stale: false })
    expect(sameZoneViews(fresh, zoneViewsFromLive(zones, T0 + 2000))).toBe(true)
    const old = zoneViewsFromLive(zones, T0 + 61_000)
    expect(old['smart-city']?.stale).toBe(true)
    expect(sameZoneViews(fresh, old)).toBe(false)
  })
})

describe('coalescing bursts', () => {
  const index = smallIndex()
  const msg = (zone: string, count: number, tsMs: number) =>
    parseLiveMessage(index, occupancyTopic('small-expo', zone), JSON.stringify({ count, capacity: 480, ts: new Date(tsMs).toISOString() }))

  it('keeps the newest reading per topic and counts everything', () => {
    const c = createCoalescer()
    expect(c.drain()).toBeNull()
    for (let i = 0; i < 1000; i++) c.add(msg(i % 2 ? 'smart-city' : 'main-stage', i, T0 + i), 't', T0 + i)
    c.add(msg('smart-city', 5, T0 - 10_000), 't', T0 + 1000)
    c.add(parseLiveMessage(index, 'venue/small-expo/zones/smart-city/occupancy', 'nope'), 'bad', T0 + 1001)
    expect(c.pending).toBe(1002)
    const b = c.drain()!
    expect(b.updates).toHaveLength(2)
    const byZone = Object.fromEntries(b.updates.map((u) => [u.update.kind === 'occupancy' ? u.update.zoneId : '', u.update]))
    expect(byZone['smart-city']).toMatchObject({ count: 999 })
    expect(byZone['main-stage']).toMatchObject({ count: 998 })
    expect(b.received).toBe(1002)
    expect(b.coalesced).toBe(998)
    expect(b.drops).toEqual({ 'out-of-order': 1, 'malformed-json': 1 })
    expect(b.lastDrop).toMatchObject({ reason: 'malformed-json', topic: 'bad' })
    expect(c.pending).toBe(0)
    expect(c.drain()).toBeNull()
  })

  it('one applied batch from a burst is one store-sized change', () => {
    const c = createCoalescer()
    for (let i = 0; i < 5000; i++) c.add(msg(['smart-city', 'main-stage', 'digital-trade'][i % 3]!, i % 480, T0 + i), 't', T0 + i)
    const d = applyBatch(emptyLiveData(), c.drain()!)
    expect(Object.keys(d.zones)).toHaveLength(3)
    expect(d.received).toBe(5000)
  })

  it('spaces flushes by the flush interval (about four a second)', () => {
    expect(FLUSH_INTERVAL_MS).toBeGreaterThanOrEqual(200)
    expect(FLUSH_INTERVAL_MS).toBeLessThanOrEqual(500)
    expect(nextFlushDelay(null, 1000)).toBe(0)
    expect(nextFlushDelay(1000, 1100)).toBe(FLUSH_INTERVAL_MS - 100)
    expect(nextFlushDelay(1000, 1000 + FLUSH_INTERVAL_MS + 5)).toBe(0)
  })
})

describe('reconnect backoff', () => {
  it('doubles from 1 s to a cap, with bounded jitter', () => {
    expect(reconnectDelay(0, 0.5)).toBe(1000)
    expect(reconnectDelay(1, 0.5)).toBe(2000)
    expect(reconnectDelay(3, 0.5)).toBe(8000)
    expect(reconnectDelay(50, 0.5)).toBe(BACKOFF_MAX_MS)
    expect(reconnectDelay(0, 0)).toBe(800)
    expect(reconnectDelay(0, 0.999)).toBeLessThanOrEqual(1200)
  })
})
