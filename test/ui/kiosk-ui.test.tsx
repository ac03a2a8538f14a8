import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startServiceWorker, type SwClient } from '../../src/integration/serviceWorker.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { AttractOverlay } from '../../src/ui/kiosk/AttractOverlay.tsx'
import { KioskBrowse } from '../../src/ui/kiosk/KioskBrowse.tsx'
import { KioskRecovery } from '../../src/ui/kiosk/KioskRecovery.tsx'
import { KioskSearch } from '../../src/ui/kiosk/KioskSearch.tsx'
import { OperatorAccess } from '../../src/ui/kiosk/OperatorAccess.tsx'
import { Panel } from '../../src/ui/panel/Panel.tsx'
import { UpdateNotice } from '../../src/ui/UpdateNotice.tsx'
import { DEFAULT_CONFIG } from '../../src/domain/config/deploymentConfig.ts'
import { FIRST_LOCK_MS } from '../../src/domain/config/pinLock.ts'
import { hashPin } from '../../src/domain/config/pinHash.ts'
import { loadSmallScene } from './loadFixture.ts'

// Fewer rounds than a real config's: the same check, quicker in a test.
const PIN_4321 = await hashPin('4321', { iterations: 100_000 })

const store = useVenueStore

describe('kiosk touch search', () => {
  beforeEach(() => loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' }))

  it('types a booth number on the on-screen keyboard, never the OS keyboard, and opens the result', async () => {
    const user = userEvent.setup()
    render(<KioskSearch />)
    const field = screen.getByRole('searchbox', { name: 'Search exhibitors, booths and sessions' })
    expect(field).toHaveAttribute('inputmode', 'none')
    const keyboard = screen.getByRole('group', { name: 'On-screen keyboard' })
    for (const k of ['B', '0', '2']) await user.click(within(keyboard).getByRole('button', { name: k }))
    expect(field).toHaveValue('B02')
    expect(store.getState().query).toBe('B02')
    const result = await screen.findByRole('button', { name: /^Booth B02/ })
    await user.click(result)
    expect(store.getState().selection).toEqual({ kind: 'booth', id: 'booth-b02' })

    await user.click(within(keyboard).getByRole('button', { name: 'Delete' }))
    expect(field).toHaveValue('B0')
    await user.click(within(keyboard).getByRole('button', { name: 'Space' }))
    expect(field).toHaveValue('B0 ')
    await user.click(within(keyboard).getByRole('button', { name: 'Clear' }))
    expect(field).toHaveValue('')
    expect(within(keyboard).getByRole('button', { name: 'Clear' })).toBeDisabled()
  })
})

describe('kiosk one-tap browsing', () => {
  beforeEach(() => loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' }))

  it('opens a pavilion, or lists and lights a country or sector, one tap each', async () => {
    const user = userEvent.setup()
    const index = store.getState().index!
    render(<KioskBrowse />)
    await user.click(screen.getByRole('button', { name: /^Smart City Pavilion/ }))
    expect(store.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })

    const german = index.scene.exhibitors.filter((e) => e.country === 'DE')
    await user.click(screen.getByRole('button', { name: new RegExp(`^Germany ${german.length}$`) }))
    expect(store.getState().directoryFilters.country).toBe('DE')
    const results = screen.getByTestId('kiosk-facet-results')
    expect(within(results).getByRole('heading')).toHaveTextContent(`Exhibitors: Germany (${german.length})`)
    for (const e of german) expect(within(results).getByRole('button', { name: new RegExp(e.name.en) })).toBeInTheDocument()
    await waitFor(() => expect([...(store.getState().litBoothIds ?? [])].sort()).toEqual(german.flatMap((e) => e.boothIds).sort()))

    // A sector replaces the country: one choice at a time.
    const robotics = index.scene.exhibitors.filter((e) => e.sectors.includes('robotics'))
    await user.click(screen.getByRole('button', { name: new RegExp(`^Robotics ${robotics.length}$`) }))
    expect(store.getState().directoryFilters).toMatchObject({ country: null, sector: 'robotics' })
    await user.click(within(screen.getByTestId('kiosk-facet-results')).getByRole('button', { name: new RegExp(robotics[0]!.name.en) }))
    expect(store.getState().selection).toEqual({ kind: 'exhibitor', id: robotics[0]!.id })

    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(store.getState().directoryFilters.sector).toBeNull()
    await waitFor(() => expect(store.getState().litBoothIds).toBeNull())
    expect(screen.queryByTestId('kiosk-facet-results')).toBeNull()
  })
})

describe('kiosk cards', () => {
  it('show a website and the hand-off as QR codes, never as a link', () => {
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' })
    store.getState().select({ kind: 'exhibitor', id: 'acme-robotics' })
    render(<Panel />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByRole('img', { name: 'Scan to visit acme.example.com' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Scan to open on your phone' })).toBeInTheDocument()
  })

  it('in the explorer keep the website link and show no QR code', () => {
    loadSmallScene({ mode: 'explorer' })
    store.getState().select({ kind: 'exhibitor', id: 'acme-robotics' })
    render(<Panel />)
    expect(screen.getByRole('link', { name: /acme\.example\.com/ })).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: /Scan/ })).toBeNull()
  })

  it('hand sessions off too', () => {
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' })
    const session = store.getState().index!.scene.sessions[0]!
    store.getState().select({ kind: 'session', id: session.id })
    render(<Panel />)
    expect(screen.getByRole('img', { name: 'Scan to open on your phone' })).toBeInTheDocument()
  })
})

describe('kiosk attract overlay', () => {
  beforeEach(() => loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' }))
  afterEach(() => vi.useRealTimers())

  it('says so in both languages and the first touch ends it, the touch going no further', () => {
    vi.useFakeTimers()
    act(() => {
      store.getState().setAttract(true)
      store.getState().startTour()
    })
    render(<AttractOverlay />)
    const overlay = screen.getByRole('button', { name: /Touch to explore/ })
    expect(overlay).toHaveTextContent('触摸探索')
    const below = vi.fn()
    document.body.addEventListener('pointerdown', below)
    fireEvent.pointerDown(overlay)
    expect(below).not.toHaveBeenCalled()
    document.body.removeEventListener('pointerdown', below)
    expect(store.getState().attract).toBe(false)
    expect(store.getState().tour).toBeNull()
    // A shield catches the rest of that touch (its release and click), then goes.
    const clicks = vi.fn()
    document.body.addEventListener('click', clicks)
    fireEvent.pointerUp(screen.getByTestId('attract-shield'))
    fireEvent.click(screen.getByTestId('attract-shield'))
    document.body.removeEventListener('click', clicks)
    expect(clicks).not.toHaveBeenCalled()
    expect(screen.queryByTestId('attract-shield')).toBeNull()
  })

  it('drops the shield by itself when the touch brings no click', () => {
    vi.useFakeTimers()
    act(() => store.getState().setAttract(true))
    render(<AttractOverlay />)
    fireEvent.pointerDown(screen.getByRole('button', { name: /Touch to explore/ }))
    expect(screen.getByTestId('attract-shield')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.queryByTestId('attract-shield')).toBeNull()
  })
})

describe('kiosk operator panel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre', sceneId: 'small-expo' })
    store.getState().setDeployConfig({ ...DEFAULT_CONFIG, kiosks: { 'kiosk-centre': { pinHash: PIN_4321 } } }, [])
    localStorage.clear()
  })
  afterEach(() => vi.useRealTimers())

  const longPress = (ms: number): void => {
    const corner = screen.getByTestId('operator-corner')
    fireEvent.pointerDown(corner, { pointerId: 1 })
    act(() => vi.advanceTimersByTime(ms))
    fireEvent.pointerUp(corner, { pointerId: 1 })
  }
  const enter = (pin: string): void => {
    const pad = screen.getByRole('dialog', { name: 'Operator PIN' })
    for (const d of pin) fireEvent.click(within(pad).getByRole('button', { name: d }))
    fireEvent.click(within(pad).getByRole('button', { name: 'OK' }))
  }

  it('opens after a 3 s press and the right PIN, and shows what the operator needs', async () => {
    render(<OperatorAccess />)
    longPress(1500)
    expect(screen.queryByRole('dialog')).toBeNull()
    longPress(3100)
    enter('1111')
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Operator PIN' })).toHaveAttribute('data-wrong', 'true'))
    expect(screen.queryByRole('dialog', { name: 'Kiosk service panel' })).toBeNull()
    act(() => store.getState().reportError('TypeError: boom'))
    enter('4321')
    const panel = await screen.findByRole('dialog', { name: 'Kiosk service panel' })
    expect(within(panel).getByTestId('op-kiosk')).toHaveTextContent('kiosk-centre')
    expect(within(panel).getByTestId('op-scene')).toHaveTextContent('small-expo')
    expect(within(panel).getByTestId('op-version')).toHaveTextContent(/\d+\.\d+\.\d+/)
    expect(within(panel).getByTestId('op-error')).toHaveTextContent('TypeError: boom')
    expect(within(panel).getByTestId('op-uptime')).toHaveTextContent(/^\d+:\d\d:\d\d$/)
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('locks after five wrong PINs, shows the time left, keeps the lock over a reload, then lets the right PIN in', async () => {
    const view = render(<OperatorAccess />)
    longPress(3100)
    const pad = screen.getByRole('dialog', { name: 'Operator PIN' })
    for (let i = 1; i <= 5; i++) {
      enter('1111')
      // Each wrong PIN, once checked, shakes the pad afresh.
      await waitFor(() => expect(pad).toHaveAttribute('data-shake', i % 2 ? 'a' : 'b'))
    }
    await waitFor(() => expect(screen.getByTestId('pin-locked')).toHaveTextContent('Try again in 1:00'))
    expect(within(pad).getByRole('button', { name: '4' })).toBeDisabled()
    act(() => vi.advanceTimersByTime(21_000))
    expect(screen.getByTestId('pin-locked')).toHaveTextContent(/Try again in 0:(39|40)/)
    // A reload is no way round it.
    view.unmount()
    render(<OperatorAccess />)
    longPress(3100)
    expect(screen.getByTestId('pin-locked')).toHaveTextContent(/0:3\d/)
    act(() => vi.advanceTimersByTime(FIRST_LOCK_MS))
    await waitFor(() => expect(screen.queryByTestId('pin-locked')).toBeNull())
    enter('4321')
    await screen.findByRole('dialog', { name: 'Kiosk service panel' })
  }, 30_000)

  it('opens the PIN pad from a service keyboard too, and Escape cancels it', () => {
    render(<OperatorAccess />)
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true, altKey: true })
    const pad = screen.getByRole('dialog', { name: 'Operator PIN' })
    expect(pad).toHaveFocus()
    fireEvent.keyDown(pad, { key: '4' })
    fireEvent.keyDown(pad, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('does not exist on a kiosk without a PIN', () => {
    store.getState().setDeployConfig({ ...DEFAULT_CONFIG, kiosks: { 'kiosk-centre': {} } }, [])
    render(<OperatorAccess />)
    expect(screen.queryByTestId('operator-corner')).toBeNull()
  })
})

describe('kiosk recovery screen', () => {
  afterEach(() => vi.useRealTimers())
  it('apologises, counts down and restarts by itself', () => {
    vi.useFakeTimers()
    loadSmallScene({ mode: 'kiosk' })
    const restart = vi.fn()
    render(<KioskRecovery message="render failed" restart={restart} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Sorry, something went wrong')
    expect(screen.getByText(/restarts by itself in 5 s/)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(2100))
    expect(screen.getByText(/in 3 s/)).toBeInTheDocument()
    expect(restart).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(3200))
    expect(restart).toHaveBeenCalledTimes(1)
    expect(store.getState().lastError?.message).toBe('render failed')
  })
})

describe('new versions', () => {
  function fakeClient() {
    const handlers = new Map<string, ((e: { isUpdate?: boolean }) => void)[]>()
    const client: SwClient & { emit: (t: string, e?: { isUpdate?: boolean }) => void; skipped: number } = {
      skipped: 0,
      register: vi.fn(async () => ({ active: {} }) as unknown as ServiceWorkerRegistration),
      update: vi.fn(async () => undefined),
      messageSkipWaiting() {
        client.skipped++
      },
      addEventListener: (t, cb) => handlers.set(t, [...(handlers.get(t) ?? []), cb]),
      removeEventListener: (t, cb) => handlers.set(t, (handlers.get(t) ?? []).filter((x) => x !== cb)),
      emit: (t, e = {}) => (handlers.get(t) ?? []).forEach((cb) => cb(e)),
    }
    return client
  }

  it('wait for the visitor in the explorer, then switch and reload', async () => {
    loadSmallScene({ mode: 'explorer', firstFrame: true })
    const client = fakeClient()
    const reload = vi.fn()
    const stop = startServiceWorker(store, { enabled: true, client: () => client, reload })
    await waitFor(() => expect(store.getState().swStatus).toBe('ready'))
    render(<UpdateNotice />)
    expect(screen.queryByRole('status')).toBeNull()
    act(() => client.emit('waiting'))
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent('Update available')
    expect(client.skipped).toBe(0)
    fireEvent.click(within(notice).getByRole('button', { name: 'Reload' }))
    expect(client.skipped).toBe(1)
    expect(reload).not.toHaveBeenCalled()
    client.emit('controlling')
    expect(reload).toHaveBeenCalledTimes(1)
    stop()
  })

  it('are not offered by notice on a kiosk (it updates at its idle reset)', () => {
    loadSmallScene({ mode: 'kiosk', updateWaiting: true })
    render(<UpdateNotice />)
    expect(screen.queryByRole('status')).toBeNull()
  })
})
