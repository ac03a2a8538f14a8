/**
 * The walkable network at start-up (issue 8): built in short slices, once per scene, shared by
 * the reachability check, a `from=`/`to=` deep link and any route asked for meanwhile.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cachedNetwork } from '../../src/domain/routing/network.ts'
import { route } from '../../src/domain/routing/route.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { applyRouteLink, startReachabilityCheck } from '../../src/integration/routeLaunch.ts'
import { networkReady, prepareNetwork } from '../../src/state/routing.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'
import { stepsHallFiles } from '../fixtures/routingScenes.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'
import { loadSmallScene } from './loadFixture.ts'

/** The small fixture's scene index built apart from the store's: routes as the one-go build gives them. */
function reference() {
  const parsed = parseScene(toRaw(smallScene()))
  if (!parsed.ok) throw new Error('fixture invalid')
  return buildSceneIndex(parsed.scene)
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('walkable network at start-up', () => {
  it('is one build per scene: callers share it, and a route asked for meanwhile uses that same network', async () => {
    loadSmallScene()
    const index = useVenueStore.getState().index!
    const a = prepareNetwork(index)
    expect(prepareNetwork(index)).toBe(a)
    expect(networkReady(index)).toBe(false)
    // The directions panel, asked before the sliced build is done, answers at once (finishing
    // that build rather than starting another: see test/unit/sliced-builds.test.ts).
    const r = useVenueStore.getState().setRoute('entrance-west', 'booth-b01', { source: 'user' })
    expect(r).toEqual(route(reference(), 'entrance-west', 'booth-b01'))
    const net = await a
    expect(cachedNetwork(index)).toBe(net)
    expect(networkReady(index)).toBe(true)
    expect(prepareNetwork(index)).toBe(a)
  })

  it('opens a from=/to= deep link once the network is built in slices, with the same route', async () => {
    loadSmallScene()
    const index = useVenueStore.getState().index!
    applyRouteLink(useVenueStore, 'entrance-west', 'booth-b01')
    // Not in the same task: the network is still being built.
    expect(useVenueStore.getState().routeTo).toBeNull()
    await vi.waitFor(() => expect(useVenueStore.getState().route).not.toBeNull())
    const s = useVenueStore.getState()
    expect(s.route).toEqual(route(reference(), 'entrance-west', 'booth-b01'))
    expect([s.routeFrom, s.routeTo, s.routeSource]).toEqual(['entrance-west', 'booth-b01', 'url'])
    expect(cachedNetwork(index)).toBe(await prepareNetwork(index))
  })

  it('leaves directions the visitor opened meanwhile alone, and reports unknown deep-link ids at once', async () => {
    loadSmallScene()
    const index = useVenueStore.getState().index!
    applyRouteLink(useVenueStore, 'entrance-west', 'booth-b01')
    useVenueStore.getState().setRoute('kiosk-centre', 'booth-a01', { source: 'user' })
    await prepareNetwork(index)
    await new Promise((r) => setTimeout(r, 0))
    expect(useVenueStore.getState().routeTo).toBe('booth-a01')

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    loadSmallScene()
    applyRouteLink(useVenueStore, 'entrance-west', 'no-such-booth')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no-such-booth'))
    expect(useVenueStore.getState().routeTo).toBeNull()
  })

  it('warns about places cut off from the entrance, after the first frame, without blocking for the whole check', async () => {
    const parsed = parseScene(stepsHallFiles({ closeEastGap: true, sealed: true }))
    if (!parsed.ok) throw new Error('fixture invalid')
    resetVenueStore({ lang: 'en' })
    useVenueStore.getState().sceneLoaded(parsed.scene)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const stop = startReachabilityCheck(useVenueStore)
    vi.advanceTimersByTime(5000)
    // Nothing before the view is up.
    expect(networkReady(useVenueStore.getState().index!)).toBe(false)
    useVenueStore.getState().setFirstFrame()
    vi.advanceTimersByTime(1500)
    vi.useRealTimers()
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/cannot be walked to from the main entrance: .*poi "cafe-north" \(venue\.json \$\.pois\[1\]\)/)))
    expect(networkReady(useVenueStore.getState().index!)).toBe(true)
    stop()
  })
})
