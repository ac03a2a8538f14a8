import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FeedHandlers, LiveFeed } from '../../src/data/live/feed.ts'
import { occupancyTopic } from '../../src/domain/live/topics.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { startLive } from '../../src/integration/live.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

const T0 = Date.parse('2023-10-13T10:00:00+08:00')

function loadScene(): void {
  const r = parseScene(toRaw(smallScene()))
  if (!r.ok) throw new Error('fixture invalid')
  resetVenueStore({ lang: 'en', pinnedNow: T0 })
  useVenueStore.getState().sceneLoaded(r.scene)
}

/** A feed the test drives by hand. */
function fakeFeed(): { feed: LiveFeed; h: () => FeedHandlers } {
  let handlers: FeedHandlers | null = null
  return {
    feed: {
      kind: 'mqtt',
      start(h) {
        handlers = h
        h.status('connected')
        return () => (handlers = null)
      },
    },
    h: () => handlers!,
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
let stop: (() => void) | null = null
afterEach(() => {
  stop?.()
  stop = null
  vi.restoreAllMocks()
})

describe('startLive (coalescing into the store)', () => {
  it('keeps the readings on screen when a new revision of the scene replaces the running one', async () => {
    loadScene()
    const { feed, h } = fakeFeed()
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed })
    h().message(occupancyTopic('small-expo', 'smart-city'), JSON.stringify({ count: 120, capacity: 480, ts: new Date(T0).toISOString() }))
    await wait(400)
    expect(useVenueStore.getState().zoneViews['smart-city']).toMatchObject({ count: 120 })
    const views: unknown[] = []
    const off = useVenueStore.subscribe((s) => views.push(s.zoneViews['smart-city']))
    const next = parseScene(toRaw(smallScene()))
    if (!next.ok) throw new Error('fixture invalid')
    useVenueStore.getState().sceneReplaced(buildSceneIndex(next.scene), 2)
    // The feed restarts on the new revision, and the zone never shows as without a reading.
    h().message(occupancyTopic('small-expo', 'smart-city'), JSON.stringify({ count: 130, capacity: 480, ts: new Date(T0 + 1000).toISOString() }))
    await wait(400)
    off()
    expect(views.every((v) => v !== undefined)).toBe(true)
    expect(useVenueStore.getState().zoneViews['smart-city']).toMatchObject({ count: 130 })
    expect(useVenueStore.getState().live.received).toBe(2)
  })

  it('applies a burst of 1,000 messages as one store update with the newest readings', async () => {
    loadScene()
    const { feed, h } = fakeFeed()
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed })
    let liveUpdates = 0
    const off = useVenueStore.subscribe((s, prev) => {
      if (s.live !== prev.live) liveUpdates++
    })
    const enc = new TextEncoder()
    for (let i = 0; i < 1000; i++) {
      const zone = ['smart-city', 'main-stage'][i % 2]!
      h().message(occupancyTopic('small-expo', zone), enc.encode(JSON.stringify({ count: i % 300, capacity: 300, ts: new Date(T0 + i).toISOString() })))
    }
    await wait(400)
    off()
    expect(liveUpdates).toBe(1)
    const s = useVenueStore.getState()
    expect(s.live.received).toBe(1000)
    expect(s.live.coalesced).toBe(998)
    expect(s.live.zones['smart-city']?.count).toBe(998 % 300)
    expect(s.zoneViews['main-stage']).toMatchObject({ count: 999 % 300, capacity: 300 })
    expect(s.liveConnection).toBe('connected')
  })

  it('spreads a steady stream over at most ~4 updates a second', async () => {
    loadScene()
    const { feed, h } = fakeFeed()
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed })
    let liveUpdates = 0
    const off = useVenueStore.subscribe((s, prev) => {
      if (s.live !== prev.live) liveUpdates++
    })
    const started = Date.now()
    let i = 0
    while (Date.now() - started < 1000) {
      for (let k = 0; k < 20; k++, i++) h().message(occupancyTopic('small-expo', 'smart-city'), JSON.stringify({ count: i % 400, capacity: 480, ts: new Date(T0 + i).toISOString() }))
      await wait(10)
    }
    await wait(300)
    off()
    expect(useVenueStore.getState().live.received).toBe(i)
    expect(liveUpdates).toBeGreaterThanOrEqual(2)
    expect(liveUpdates).toBeLessThanOrEqual(6)
  })

  it('counts bad messages, warns once per reason, and never lets them through', async () => {
    loadScene()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { feed, h } = fakeFeed()
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed })
    for (let k = 0; k < 50; k++) h().message(occupancyTopic('small-expo', 'smart-city'), '{broken')
    h().message(occupancyTopic('small-expo', 'nowhere'), JSON.stringify({ count: 1, capacity: 2, ts: new Date(T0).toISOString() }))
    h().message(occupancyTopic('small-expo', 'smart-city'), new Uint8Array(100_000))
    await wait(400)
    const s = useVenueStore.getState()
    expect(s.live.dropped['malformed-json']).toBe(50)
    expect(s.live.dropped['unknown-zone']).toBe(1)
    expect(s.live.dropped['too-large']).toBe(1)
    expect(s.live.zones).toEqual({})
    expect(warn).toHaveBeenCalledTimes(3)
    expect(String(warn.mock.calls[0]![0])).toMatch(/malformed-json/)
  })

  it('live=off starts nothing and shows no data', () => {
    loadScene()
    stop = startLive(useVenueStore, { kind: 'off' })
    expect(useVenueStore.getState().liveConnection).toBe('off')
    expect(useVenueStore.getState().zoneViews).toEqual({})
  })

  it('live=sim fills every zone at once for the pinned moment', async () => {
    loadScene()
    stop = startLive(useVenueStore, { kind: 'sim' })
    await wait(100)
    const s = useVenueStore.getState()
    expect(s.liveConnection).toBe('simulated')
    expect(Object.keys(s.zoneViews).sort()).toEqual(['digital-trade', 'main-stage', 'smart-city'])
    expect(s.live.sessions['opening-ceremony']).toBeDefined()
  })

  it('a hidden page stops the feed and starts it afresh when it shows again', async () => {
    loadScene()
    let hidden = false
    let notify: () => void = () => undefined
    const visibility = { hidden: () => hidden, onChange: (l: () => void) => ((notify = l), () => (notify = () => undefined)) }
    let starts = 0
    let running = 0
    const feed: LiveFeed = {
      kind: 'mqtt',
      start(h) {
        starts++
        running++
        h.status('connected')
        return () => running--
      },
    }
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed, visibility })
    expect([starts, running]).toEqual([1, 1])
    hidden = true
    notify()
    expect(running).toBe(0)
    // Another 'hidden' event (e.g. a page freeze) starts nothing.
    notify()
    expect([starts, running]).toEqual([1, 0])
    hidden = false
    notify()
    expect([starts, running]).toEqual([2, 1])
    stop()
    stop = null
    expect(running).toBe(0)
  })

  it('a page that starts hidden starts no feed until it is shown', () => {
    loadScene()
    let hidden = true
    let notify: () => void = () => undefined
    let starts = 0
    const feed: LiveFeed = { kind: 'mqtt', start: () => (starts++, () => undefined) }
    stop = startLive(useVenueStore, { kind: 'mqtt', url: 'ws://test' }, { feedFor: () => feed, visibility: { hidden: () => hidden, onChange: (l) => ((notify = l), () => undefined) } })
    expect(starts).toBe(0)
    hidden = false
    notify()
    expect(starts).toBe(1)
  })
})
