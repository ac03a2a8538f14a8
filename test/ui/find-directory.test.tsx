import { render, screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVenueStore } from '../../src/state/store.ts'
import { DirectoryTab } from '../../src/ui/find/DirectoryTab.tsx'
import { ScheduleTab } from '../../src/ui/find/ScheduleTab.tsx'
import { loadSmallScene } from './loadFixture.ts'

const state = () => useVenueStore.getState()
const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent)
const rowTitles = () => [...document.querySelectorAll('.directory-list .item-title')].map((e) => e.textContent)

describe('directory', () => {
  beforeEach(() => loadSmallScene())

  it('offers each filter value with how many exhibitors it leaves, recounted as filters change', async () => {
    const user = userEvent.setup()
    render(<DirectoryTab />)
    const country = screen.getByRole('combobox', { name: 'Country or region' })
    const zone = screen.getByRole('combobox', { name: 'Pavilion or zone' })
    expect(optionTexts(country)).toEqual(['All (4)', 'China (2)', 'Germany (1)', 'Singapore (1)'])
    expect(optionTexts(zone)).toEqual(['All (4)', 'Smart City Pavilion (2)', 'Digital Trade Pavilion (2)'])
    expect(screen.getByRole('status')).toHaveTextContent('4 exhibitors')

    await user.selectOptions(country, 'CN')
    expect(rowTitles()).toEqual(['Acme Robotics', 'Harbour Trade'])
    // Zones are now counted among Chinese exhibitors; countries still over all zones.
    expect(optionTexts(zone)).toEqual(['All (2)', 'Smart City Pavilion (1)', 'Digital Trade Pavilion (1)'])
    expect(optionTexts(country)).toEqual(['All (4)', 'China (2)', 'Germany (1)', 'Singapore (1)'])

    await user.selectOptions(zone, 'digital-trade')
    expect(rowTitles()).toEqual(['Harbour Trade'])
    // Germany has nobody in Digital Trade: shown with 0 and not choosable.
    expect(within(country).getByRole('option', { name: 'Germany (0)' })).toBeDisabled()
  })

  it('lights the filtered exhibitors’ booths and says how many; clearing puts the light out', async () => {
    const user = userEvent.setup()
    render(<DirectoryTab />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country or region' }), 'CN')
    await waitFor(() => expect(state().litBy).toBe('directory'))
    expect([...state().litBoothIds!].sort()).toEqual(['booth-a01', 'booth-a02', 'booth-b02'])
    expect(screen.getByRole('status')).toHaveTextContent('2 exhibitors · 3 booths highlighted')
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(state().litBoothIds).toBeNull())
    expect(rowTitles()).toHaveLength(4)
  })

  it('sorts by name or by booth, and a row selects its exhibitor', async () => {
    const user = userEvent.setup()
    render(<DirectoryTab />)
    expect(rowTitles()).toEqual(['Acme Robotics', 'Bauer Sensorik', 'Harbour Trade', 'Lion Logistics'])
    const byBooth = screen.getByRole('button', { name: 'Booth' })
    await user.click(byBooth)
    expect(byBooth).toHaveAttribute('aria-pressed', 'true')
    // A01 Acme, A03 Bauer, B01 Lion, B02 Harbour.
    expect(rowTitles()).toEqual(['Acme Robotics', 'Bauer Sensorik', 'Lion Logistics', 'Harbour Trade'])
    await user.click(screen.getByRole('button', { name: /^Lion Logistics/ }))
    expect(state().selection).toEqual({ kind: 'exhibitor', id: 'lion-logistics' })
  })

  it('lists names in Chinese, sorted for Chinese readers', () => {
    state().setLang('zh')
    render(<DirectoryTab />)
    const names = rowTitles() as string[]
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare))
    expect(screen.getByRole('combobox', { name: '国家或地区' })).toBeInTheDocument()
  })
})

describe('schedule', () => {
  beforeEach(() => loadSmallScene({ pinnedNow: Date.parse('2023-10-13T10:00:00+08:00'), now: Date.parse('2023-10-13T10:00:00+08:00') }))

  it('opens on the venue day of the clock, marks what is on now, and switches days', async () => {
    const user = userEvent.setup()
    render(<ScheduleTab />)
    const tabs = screen.getAllByRole('tab')
    expect(tabs).toHaveLength(3)
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    const opening = screen.getByRole('button', { name: /^\d.*Opening Ceremony/ })
    expect(opening).toHaveTextContent('Now')
    expect(opening).toHaveTextContent('09:30–11:00')
    expect(screen.getByRole('heading', { name: 'Main Stage' })).toBeInTheDocument()
    await user.click(tabs[0]!)
    await user.keyboard('{ArrowRight}')
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('button', { name: /^\d.*Digital Trade Forum/ })).not.toHaveTextContent('Now')
    await user.click(screen.getByRole('button', { name: /^\d.*Digital Trade Forum/ }))
    expect(state().selection).toEqual({ kind: 'session', id: 'trade-forum' })
  })
})
