import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { LiveBatch } from '../../src/domain/live/liveState.ts'
import { liveApply, liveConfigure, liveRefresh, liveSetConnection } from '../../src/state/liveActions.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { LiveIndicator } from '../../src/ui/live/LiveIndicator.tsx'
import { LiveLegend } from '../../src/ui/live/LiveLegend.tsx'
import { Panel } from '../../src/ui/panel/Panel.tsx'
import { loadSmallScene } from './loadFixture.ts'

const T0 = Date.parse('2023-10-13T09:20:00+08:00')
const batch = (b: Partial<LiveBatch>): LiveBatch => ({ updates: [], received: 0, coalesced: 0, drops: {}, lastMessageAt: null, lastTopic: null, lastDrop: null, ...b })

function feed(patch: { zone?: [string, number, number]; session?: [string, number, number, number]; drops?: LiveBatch['drops']; at?: number }): void {
  const at = patch.at ?? T0
  const updates: LiveBatch['updates'] = []
  if (patch.zone) updates.push({ update: { kind: 'occupancy', zoneId: patch.zone[0], count: patch.zone[1], capacity: patch.zone[2], ts: at }, receivedAt: at })
  if (patch.session)
    updates.push({ update: { kind: 'attendance', sessionId: patch.session[0], seated: patch.session[1], capacity: patch.session[2], queue: patch.session[3], ts: at }, receivedAt: at })
  const drops = patch.drops ?? {}
  const received = updates.length + Object.values(drops).reduce((n, x) => n + (x ?? 0), 0)
  act(() => liveApply(useVenueStore, batch({ updates, received, drops, lastMessageAt: at, lastTopic: 'venue/small-expo/zones/smart-city/occupancy' }), at))
}

describe('live twin in the panels and toolbar', () => {
  beforeEach(() => {
    loadSmallScene({ pinnedNow: T0, now: T0 })
    liveConfigure(useVenueStore, 'mqtt', 'ws://broker.example:9001', T0)
    liveSetConnection(useVenueStore, 'connected')
  })

  it('the zone panel shows the level as a word and glyph, with count, capacity and share', () => {
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(<Panel />)
    const panel = screen.getByRole('complementary', { name: 'Smart City Pavilion' })
    expect(within(panel).getByText('No reading yet')).toBeInTheDocument()
    feed({ zone: ['smart-city', 410, 480] })
    expect(within(panel).getByTestId('zone-occupancy')).toHaveTextContent('410 / 480 people (85%)')
    expect(within(panel).getByText('Busy')).toBeInTheDocument()
    feed({ zone: ['smart-city', 40, 480], at: T0 + 1000 })
    expect(within(panel).getByTestId('zone-occupancy')).toHaveTextContent('40 / 480 people (8%)')
    expect(within(panel).getByText('Quiet')).toBeInTheDocument()
  })

  it('marks a zone reading older than 60 s as stale, never as current', () => {
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(<Panel />)
    feed({ zone: ['smart-city', 410, 480] })
    act(() => {
      useVenueStore.setState({ pinnedNow: T0 + 61_000 })
      liveRefresh(useVenueStore, T0 + 61_000)
    })
    const panel = screen.getByRole('complementary', { name: 'Smart City Pavilion' })
    expect(within(panel).getByText('Stale')).toBeInTheDocument()
    expect(within(panel).getByText(/Last reading 1 min ago/)).toBeInTheDocument()
    expect(within(panel).queryByText('Busy')).toBeNull()
  })

  it('a session card shows seats taken and the queue', () => {
    useVenueStore.getState().select({ kind: 'session', id: 'opening-ceremony' })
    render(<Panel />)
    expect(screen.queryByTestId('session-attendance')).toBeNull()
    feed({ session: ['opening-ceremony', 120, 338, 45] })
    expect(screen.getByTestId('session-attendance')).toHaveTextContent('120 / 338 seated · Queue: 45 people')
    feed({ session: ['opening-ceremony', 330, 338, 0], at: T0 + 1000 })
    expect(screen.getByTestId('session-attendance')).toHaveTextContent('330 / 338 seated · No queue')
  })

  it('the indicator says what the feed is doing and opens the diagnostics', async () => {
    const user = userEvent.setup()
    render(<LiveIndicator />)
    const button = screen.getByRole('button', { name: 'Live · waiting for data' })
    feed({ zone: ['smart-city', 10, 480], drops: { 'malformed-json': 2, 'unknown-zone': 1 } })
    expect(button).toHaveTextContent(/^Live · just now$/)
    act(() => liveSetConnection(useVenueStore, 'reconnecting'))
    expect(button).toHaveTextContent('Reconnecting…')
    expect(useVenueStore.getState().announcement).toBe('Reconnecting…')
    await user.click(button)
    const dialog = screen.getByRole('dialog', { name: 'Live data diagnostics' })
    expect(within(dialog).getByTestId('live-received')).toHaveTextContent('4')
    expect(within(dialog).getByTestId('live-drop-malformed-json')).toHaveTextContent('2')
    expect(within(dialog).getByTestId('live-drop-unknown-zone')).toHaveTextContent('1')
    expect(within(dialog).getByTestId('live-dropped')).toHaveTextContent('3')
    expect(within(dialog).getByTestId('live-source')).toHaveTextContent('MQTT broker ws://broker.example:9001')
    expect(within(dialog).getByTestId('live-connection')).toHaveTextContent('Reconnecting')
    expect(within(dialog).getByRole('heading', { name: 'Live data diagnostics' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()
  })

  it('shows "Stale" once nothing arrived for 60 s, and nothing at all with live=off', () => {
    render(<LiveIndicator />)
    feed({ zone: ['smart-city', 10, 480] })
    act(() => useVenueStore.setState({ pinnedNow: T0 + 61_000 }))
    expect(screen.getByRole('button')).toHaveTextContent('Stale · last data 1 min ago')
    act(() => liveConfigure(useVenueStore, 'off', null, T0))
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('the legend names every level with its range and the stale grey', () => {
    render(<LiveLegend simulated />)
    const legend = screen.getByRole('region', { name: /Occupancy/ })
    for (const text of ['Quiet', '0–40%', 'Moderate', '40–70%', 'Busy', '70–90%', 'Full', '≥ 90%', 'No recent data', 'Simulated data'])
      expect(within(legend).getByText(text, { exact: false })).toBeInTheDocument()
  })

  it('speaks Chinese too', () => {
    act(() => useVenueStore.getState().setLang('zh'))
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(<Panel />)
    feed({ zone: ['smart-city', 460, 480] })
    expect(screen.getByTestId('zone-occupancy')).toHaveTextContent('460 / 480 人（96%）')
    expect(screen.getByText('满员')).toBeInTheDocument()
  })
})
