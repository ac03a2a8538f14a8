import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG, DEFAULT_TOUR_DWELL_SECONDS } from '../../src/domain/config/deploymentConfig.ts'
import { tourStops } from '../../src/domain/tour/tourStops.ts'
import { startKioskIdle } from '../../src/integration/kioskIdle.ts'
import { startTourPlayer } from '../../src/integration/tour.ts'
import type { Stop } from '../../src/integration/types.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { loadSmallScene } from './loadFixture.ts'

const store = useVenueStore
const IDLE = 5

describe('kiosk idle reset and attract loop', () => {
  let stops: Stop[] = []
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] })
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre', idleSeconds: IDLE, lang: 'en' })
    stops = [startTourPlayer(store, { loop: () => store.getState().attract }), startKioskIdle(store, { defaultLang: 'en' })]
  })
  afterEach(() => {
    stops.forEach((s) => s())
    vi.useRealTimers()
  })

  const touch = (): void => {
    window.dispatchEvent(new Event('pointerdown'))
  }

  it('forgets the visitor after the idle time and plays the tour in a loop', () => {
    const s = store.getState()
    s.select({ kind: 'booth', id: 'booth-a01' })
    s.setRoute('kiosk-centre', 'booth-b01')
    s.setDirectoryFilter('country', 'CN')
    s.setLang('zh')
    s.setView('plan')
    vi.advanceTimersByTime((IDLE - 1) * 1000)
    touch()
    // Input restarts the count: one second after the first deadline nothing has happened.
    vi.advanceTimersByTime(2000)
    expect(store.getState().attract).toBe(false)
    expect(store.getState().selection).toEqual({ kind: 'booth', id: 'booth-a01' })

    vi.advanceTimersByTime(IDLE * 1000)
    const after = store.getState()
    expect(after.attract).toBe(true)
    expect(after.routeTo).toBeNull()
    expect(after.directoryFilters.country).toBeNull()
    expect(after.lang).toBe('en')
    expect(after.view).toBe('orbit')
    expect(after.idleResetNonce).toBe(1)
    const stops = tourStops(after.index!)
    expect(after.selection).toEqual({ kind: 'zone', id: stops[0]!.id })

    // The loop goes round: after the last stop it starts again.
    for (let i = 1; i < stops.length; i++) {
      vi.advanceTimersByTime(DEFAULT_TOUR_DWELL_SECONDS * 1000)
      expect(store.getState().selection?.id).toBe(stops[i]!.id)
    }
    vi.advanceTimersByTime(DEFAULT_TOUR_DWELL_SECONDS * 1000)
    expect(store.getState().tour?.step).toBe(0)
    expect(store.getState().attract).toBe(true)
  })

  it('stays at each stop as long as the deployment says (tour.dwellSeconds)', () => {
    store.getState().setDeployConfig({ ...DEFAULT_CONFIG, tour: { dwellSeconds: 3 } }, [])
    vi.advanceTimersByTime(IDLE * 1000)
    const stops = tourStops(store.getState().index!)
    expect(store.getState().selection?.id).toBe(stops[0]!.id)
    vi.advanceTimersByTime(2900)
    expect(store.getState().selection?.id).toBe(stops[0]!.id)
    vi.advanceTimersByTime(100)
    expect(store.getState().selection?.id).toBe(stops[1]!.id)
    store.setState({ deployConfig: null })
  })

  it('ends the loop at the first touch and goes home; the count starts again', () => {
    vi.advanceTimersByTime(IDLE * 1000 + 100)
    expect(store.getState().attract).toBe(true)
    touch()
    expect(store.getState().attract).toBe(false)
    expect(store.getState().tour).toBeNull()
    expect(store.getState().selection).toBeNull()
    vi.advanceTimersByTime(IDLE * 1000 + 100)
    expect(store.getState().attract).toBe(true)
  })

  it('takes a waiting new version at the idle reset, never while someone is using the kiosk', () => {
    store.getState().select({ kind: 'zone', id: 'smart-city' })
    store.getState().setUpdateWaiting(true)
    vi.advanceTimersByTime(1000)
    expect(store.getState().updateRequestNonce).toBe(0)
    vi.advanceTimersByTime(IDLE * 1000)
    expect(store.getState().updateRequestNonce).toBe(1)
    // The page reloads into the new version: no attract loop in the old one.
    expect(store.getState().attract).toBe(false)
    expect(store.getState().selection).toBeNull()
  })

  it('takes a version that arrives during the attract loop at once', () => {
    vi.advanceTimersByTime(IDLE * 1000 + 100)
    expect(store.getState().attract).toBe(true)
    store.getState().setUpdateWaiting(true)
    expect(store.getState().updateRequestNonce).toBe(1)
  })

  it('leaves nothing behind when stopped', () => {
    stops.forEach((s) => s())
    stops = []
    vi.advanceTimersByTime(IDLE * 3000)
    expect(store.getState().attract).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('on a venue with levels, goes back to the kiosk’s own level', () => {
    stops.forEach((stop) => stop())
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre', idleSeconds: IDLE, lang: 'en' }, levelsScene)
    stops = [startKioskIdle(store, { defaultLang: 'en' })]
    const kioskLevel = store.getState().index!.kioskById.get('kiosk-centre')!.levelId
    store.getState().setLevel('level-2', 'user')
    expect(kioskLevel).not.toBe('level-2')
    vi.advanceTimersByTime((IDLE + 1) * 1000)
    expect(store.getState().levelId).toBe(kioskLevel)
    expect(store.getState().levelSource).toBe('idle')
  })
})
