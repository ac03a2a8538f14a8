import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadMessages } from '../../src/data/loadMessages.ts'
import { asideKey, storageKey } from '../../src/domain/visit/visitPlan.ts'
import { StorageNotice } from '../../src/ui/StorageNotice.tsx'
import { startVisitStorage } from '../../src/integration/visitStorage.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { VisitTab } from '../../src/ui/find/VisitTab.tsx'
import { Panel } from '../../src/ui/panel/Panel.tsx'
import { loadSmallScene } from './loadFixture.ts'

const state = () => useVenueStore.getState()

class MemoryStorage implements Storage {
  private data = new Map<string, string>()
  get length() {
    return this.data.size
  }
  clear() {
    this.data.clear()
  }
  getItem(k: string) {
    return this.data.get(k) ?? null
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.data.delete(k)
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v))
  }
}

describe('My visit', () => {
  let storage: MemoryStorage
  let stop: () => void = () => {}
  beforeEach(() => {
    loadSmallScene()
    storage = new MemoryStorage()
  })
  afterEach(() => stop())

  it('stars from the exhibitor and session cards, lists them, and shows them in 3D', async () => {
    const user = userEvent.setup()
    stop = startVisitStorage(useVenueStore, storage)
    state().select({ kind: 'exhibitor', id: 'bauer-sensorik' })
    const { unmount } = render(<Panel />)
    const star = screen.getByRole('button', { name: /Save to My visit/ })
    expect(star).toHaveAttribute('aria-pressed', 'false')
    await user.click(star)
    expect(star).toHaveAttribute('aria-pressed', 'true')
    expect(state().announcement).toBe('Bauer Sensorik saved to My visit')
    state().select({ kind: 'session', id: 'robot-demo' })
    await screen.findByRole('heading', { name: 'Robot Demo' })
    const sessionStar = screen.getByRole('button', { name: /Save to My visit/ })
    expect(sessionStar).toHaveAttribute('aria-pressed', 'false')
    await user.click(sessionStar)
    expect(sessionStar).toHaveAttribute('aria-pressed', 'true')
    unmount()

    render(<VisitTab />)
    const exhibitors = screen.getByRole('region', { name: 'Exhibitors (1)' })
    expect(within(exhibitors).getByRole('button', { name: /^Bauer Sensorik/ })).toBeInTheDocument()
    const sessions = screen.getByRole('region', { name: 'Sessions (1)' })
    expect(within(sessions).getByRole('button', { name: /^Robot Demo/ })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Show in 3D' }))
    // Bauer's booth and the booth the robot demo takes place at.
    expect(await screen.findByText('2 booths highlighted')).toHaveAttribute('data-testid', 'visit-lit')
    expect(state().litBy).toBe('visit')
    expect([...state().litBoothIds!].sort()).toEqual(['booth-a01', 'booth-a03'])

    // Unstarring from the list removes it there and from the light.
    await user.click(within(exhibitors).getByRole('button', { name: /Save to My visit: Bauer Sensorik/ }))
    expect(screen.queryByRole('region', { name: /Exhibitors/ })).toBeNull()
    await waitFor(() => expect(state().litBoothIds).toEqual(['booth-a01']))
    // An empty plan lights nothing (rather than dimming every booth).
    state().toggleStar('session', 'robot-demo')
    await waitFor(() => expect(state().litBoothIds).toBeNull())
  })

  it('keeps the plan on the device and reads it back after a reload', async () => {
    stop = startVisitStorage(useVenueStore, storage)
    state().toggleStar('exhibitor', 'lion-logistics')
    state().toggleStar('session', 'trade-forum')
    expect(JSON.parse(storage.getItem(storageKey('small-expo'))!)).toEqual({
      version: 1,
      sceneId: 'small-expo',
      exhibitors: ['lion-logistics'],
      sessions: ['trade-forum'],
    })
    stop()
    // A fresh page: new store state, same device storage.
    loadSmallScene()
    expect(state().visit.exhibitors).toEqual([])
    stop = startVisitStorage(useVenueStore, storage)
    expect(state().visit).toEqual({ exhibitors: ['lion-logistics'], sessions: ['trade-forum'] })
    render(<VisitTab />)
    expect(screen.getByRole('button', { name: /^Lion Logistics/ })).toBeInTheDocument()
  })

  it('survives corrupt stored data with a warning and does not overwrite it until the visitor edits', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    storage.setItem(storageKey('small-expo'), '{"version":1,"sceneId":"small-ex')
    stop = startVisitStorage(useVenueStore, storage)
    expect(state().visit).toEqual({ exhibitors: [], sessions: [] })
    expect(warn.mock.calls.flat().join(' ')).toMatch(/saved visit plan/)
    expect(storage.getItem(storageKey('small-expo'))).toBe('{"version":1,"sceneId":"small-ex')
    state().toggleStar('exhibitor', 'acme-robotics')
    expect(JSON.parse(storage.getItem(storageKey('small-expo'))!).exhibitors).toEqual(['acme-robotics'])
    warn.mockRestore()
  })

  it('exports starred sessions as an .ics download', async () => {
    const user = userEvent.setup()
    let blob: Blob | null = null
    const create = vi.fn((b: Blob) => {
      blob = b
      return 'blob:visit'
    })
    const revoke = vi.fn()
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke })
    const clicks: HTMLAnchorElement[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    state().toggleStar('exhibitor', 'acme-robotics')
    render(<VisitTab />)
    expect(screen.getByRole('button', { name: 'Export calendar (.ics)' })).toBeDisabled()
    state().toggleStar('session', 'opening-ceremony')
    await user.click(await screen.findByRole('button', { name: 'Export calendar (.ics)' }))
    expect(clicks[0]!.download).toBe('small-expo-my-visit.ics')
    expect(blob!.type).toBe('text/calendar;charset=utf-8')
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as string)
      reader.readAsText(blob!)
    })
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text).toContain('UID:opening-ceremony@small-expo.venue-twin')
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20231013T093000')
    await waitFor(() => expect(state().announcement).toContain('1 session'))
    click.mockRestore()
  })

  it('tells the visitor how to start when nothing is saved', () => {
    render(<VisitTab />)
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument()
  })

  it('keeps a plan saved by a newer version aside, and saves its own beside it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const newer = JSON.stringify({ version: 2, sceneId: 'small-expo', items: [{ kind: 'exhibitor', id: 'lion-logistics', note: 'ask about cold chain' }] })
    storage.setItem(storageKey('small-expo'), newer)
    stop = startVisitStorage(useVenueStore, storage)
    expect(state().visit).toEqual({ exhibitors: [], sessions: [] })
    expect(warn.mock.calls.flat().join(' ')).toMatch(/saved by a newer version \(2\); it is kept aside/)
    expect(storage.getItem(asideKey('small-expo', 2))).toBe(newer)
    state().toggleStar('exhibitor', 'acme-robotics')
    expect(JSON.parse(storage.getItem(storageKey('small-expo'))!).exhibitors).toEqual(['acme-robotics'])
    // The newer plan is still there, word for word, for the newer version to find.
    expect(storage.getItem(asideKey('small-expo', 2))).toBe(newer)
    warn.mockRestore()
  })

  it('never writes over a newer plan it could not keep aside, and tells the visitor storage is full', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const newer = JSON.stringify({ version: 3, sceneId: 'small-expo' })
    storage.setItem(storageKey('small-expo'), newer)
    const setItem = storage.setItem.bind(storage)
    vi.spyOn(storage, 'setItem').mockImplementation((k, v) => {
      if (k !== storageKey('small-expo')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem(k, v)
    })
    stop = startVisitStorage(useVenueStore, storage)
    state().toggleStar('exhibitor', 'acme-robotics')
    expect(storage.getItem(storageKey('small-expo'))).toBe(newer)
    render(<StorageNotice />)
    expect(await screen.findByRole('status')).toHaveTextContent('storage is full')
    warn.mockRestore()
  })

  it('a full device: the visitor reads a polite status (English and Chinese) and can put it away', async () => {
    const user = userEvent.setup()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    stop = startVisitStorage(useVenueStore, storage)
    render(<StorageNotice />)
    expect(screen.queryByTestId('storage-notice')).toBeNull()
    act(() => state().toggleStar('exhibitor', 'acme-robotics'))
    // The star still counts on this page.
    expect(state().visit.exhibitors).toEqual(['acme-robotics'])
    const notice = screen.getByTestId('storage-notice')
    expect(notice).toHaveAttribute('role', 'status')
    expect(notice).toHaveTextContent('Your device’s storage is full, so changes to My visit can’t be saved on it for now.')
    await act(() => loadMessages('zh'))
    act(() => useVenueStore.setState({ lang: 'zh' }))
    expect(screen.getByTestId('storage-notice')).toHaveTextContent('本机存储空间已满，“我的行程”的改动暂时无法保存。')
    await user.click(screen.getByRole('button', { name: '知道了' }))
    expect(screen.queryByTestId('storage-notice')).toBeNull()
    act(() => useVenueStore.setState({ lang: 'en' }))
    warn.mockRestore()
  })
})
