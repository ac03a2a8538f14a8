import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVenueStore } from '../../src/state/store.ts'
import { Panel } from '../../src/ui/panel/Panel.tsx'
import { Toolbar } from '../../src/ui/Toolbar.tsx'
import { loadSmallScene } from './loadFixture.ts'

describe('selection panel', () => {
  beforeEach(() => loadSmallScene({ pinnedNow: Date.parse('2023-10-13T10:00:00+08:00'), now: Date.parse('2023-10-13T10:00:00+08:00') }))

  it('is absent with nothing selected', () => {
    render(<Panel />)
    expect(screen.queryByRole('complementary')).toBeNull()
  })

  it('names the zone, lists its exhibitors with country and booth, and its sessions', () => {
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(<Panel />)
    const panel = screen.getByRole('complementary', { name: 'Smart City Pavilion' })
    expect(within(panel).getByRole('heading', { level: 2, name: 'Smart City Pavilion' })).toBeInTheDocument()
    const list = within(panel).getByRole('heading', { name: 'Exhibitors (2)' })
    expect(list).toBeInTheDocument()
    const acme = within(panel).getByRole('button', { name: /Acme Robotics/ })
    expect(acme).toHaveTextContent('China')
    expect(acme).toHaveTextContent('Booth A01, A02')
    expect(within(panel).getByRole('button', { name: /Bauer Sensorik/ })).toHaveTextContent('Germany')
    // The robot demo takes place at booth A01, inside this zone.
    expect(within(panel).getByRole('button', { name: /Robot Demo/ })).toBeInTheDocument()
  })

  it('opens the exhibitor card from the list, with a safe link, and goes back one level', async () => {
    const user = userEvent.setup()
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(<Panel />)
    await user.click(screen.getByRole('button', { name: /Acme Robotics/ }))
    expect(useVenueStore.getState().selection).toEqual({ kind: 'exhibitor', id: 'acme-robotics' })
    const link = screen.getByRole('link', { name: /acme\.example\.com/ })
    expect(link).toHaveAttribute('href', 'https://acme.example.com/')
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'))
    expect(screen.getByText('Robotics · Artificial Intelligence')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(useVenueStore.getState().selection).toBeNull()
  })

  it('never turns a javascript: website into a link', () => {
    const st = useVenueStore.getState()
    const ex = st.index!.exhibitorById.get('bauer-sensorik')!
    ex.website = 'javascript:alert(1)'
    st.select({ kind: 'exhibitor', id: 'bauer-sensorik' })
    render(<Panel />)
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('shows a booth with its exhibitor card', () => {
    useVenueStore.getState().select({ kind: 'booth', id: 'booth-b01' })
    render(<Panel />)
    expect(screen.getByRole('heading', { level: 2, name: 'Lion Logistics' })).toBeInTheDocument()
    expect(screen.getByText('Singapore')).toBeInTheDocument()
  })

  it('marks the session running at the pinned venue clock as "Now"', () => {
    useVenueStore.getState().select({ kind: 'session', id: 'opening-ceremony' })
    render(<Panel />)
    expect(screen.getByText('Now')).toBeInTheDocument()
    expect(screen.getByText(/09:30–/)).toBeInTheDocument()
  })

  it('switches every string to Chinese with the language switch', async () => {
    const user = userEvent.setup()
    useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' })
    render(
      <>
        <Toolbar title="x" />
        <Panel />
      </>,
    )
    await user.click(screen.getByRole('button', { name: '中文' }))
    expect(useVenueStore.getState().lang).toBe('zh')
    expect(screen.getByRole('heading', { level: 2, name: '智慧城市馆' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '展商（2）' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '返回全景' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')
  })
})
