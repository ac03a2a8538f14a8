import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { Panel } from '../../src/ui/panel/Panel.tsx'
import { stepsHallFiles } from '../fixtures/routingScenes.ts'
import { loadSmallScene } from './loadFixture.ts'

/** The small fixture: west entrance at (0, 20), a centre kiosk, booths A01–A03 and B01–B02. */
describe('directions panel', () => {
  beforeEach(() => loadSmallScene())

  it('"Directions" on a booth opens the route from the main entrance, with length, time and steps', async () => {
    const user = userEvent.setup()
    useVenueStore.getState().select({ kind: 'booth', id: 'booth-b01' })
    render(<Panel />)
    await user.click(screen.getByRole('button', { name: 'Directions to Booth B01 (Lion Logistics)' }))
    const region = screen.getByRole('region', { name: 'Directions to Booth B01 (Lion Logistics)' })
    expect(within(region).getByLabelText('From')).toHaveValue('entrance-west')
    const r = useVenueStore.getState().route!
    expect(within(region).getByTestId('route-summary')).toHaveTextContent(`${r.lengthM} m · about ${r.minutes} min on foot`)
    const items = within(region).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual(r.steps.map((s) => s.text.en))
    expect(items[0]).toHaveTextContent('Start at the West Entrance')
    expect(items.at(-1)).toHaveTextContent(/^Arrive at Booth B01 \(Lion Logistics\)/)
    // Focus moves to the directions the visitor asked for.
    expect(within(region).getByRole('heading', { level: 2 })).toHaveFocus()
  })

  it('changes the start, avoids steps on request and clears the route', async () => {
    const user = userEvent.setup()
    useVenueStore.getState().setRoute('entrance-west', 'booth-b01', { source: 'user' })
    render(<Panel />)
    const region = screen.getByRole('region', { name: /Directions to Booth B01/ })
    const before = useVenueStore.getState().route!
    await user.selectOptions(within(region).getByLabelText('From'), 'kiosk-centre')
    const after = useVenueStore.getState().route!
    expect(useVenueStore.getState().routeFrom).toBe('kiosk-centre')
    expect(after.lengthM).toBeLessThan(before.lengthM)
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('Start at the Centre Kiosk')

    await user.click(within(region).getByRole('checkbox', { name: /Avoid steps/ }))
    expect(useVenueStore.getState().routeAccessible).toBe(true)
    expect(useVenueStore.getState().route?.accessible).toBe(true)

    await user.click(within(region).getByRole('button', { name: 'Clear route' }))
    expect(useVenueStore.getState().routeTo).toBeNull()
    expect(screen.queryByRole('region', { name: /Directions/ })).toBeNull()
  })

  it('starts at this kiosk in kiosk mode, marked as "You are here"', async () => {
    const user = userEvent.setup()
    loadSmallScene({ mode: 'kiosk', kioskId: 'kiosk-centre' })
    useVenueStore.getState().select({ kind: 'exhibitor', id: 'bauer-sensorik' })
    render(<Panel />)
    await user.click(screen.getByRole('button', { name: /^Directions to Bauer Sensorik/ }))
    const from = screen.getByLabelText('From')
    expect(from).toHaveValue('kiosk-centre')
    expect(within(from).getByRole('option', { name: 'Centre Kiosk (You are here)' })).toBeInTheDocument()
  })

  it('ignores unknown places with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(useVenueStore.getState().setRoute('entrance-west', 'no-such-booth')).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no-such-booth'))
    warn.mockRestore()
    expect(useVenueStore.getState().routeTo).toBeNull()
    render(<Panel />)
    expect(screen.queryByRole('region', { name: /Directions/ })).toBeNull()
  })

  it('explains when there is no step-free route, and finds the one with steps again', async () => {
    const user = userEvent.setup()
    const parsed = parseScene(stepsHallFiles({ closeEastGap: true }))
    if (!parsed.ok) throw new Error('fixture invalid')
    useVenueStore.getState().sceneLoaded(parsed.scene)
    useVenueStore.getState().setRoute('kiosk-south', 'cafe-north', { accessible: true })
    render(<Panel />)
    const region = screen.getByRole('region', { name: /Directions to North Café/ })
    expect(within(region).getByRole('status')).toHaveTextContent('No step-free route was found')
    expect(within(region).queryByTestId('route-steps')).toBeNull()
    await user.click(within(region).getByRole('checkbox', { name: /Avoid steps/ }))
    expect(within(region).getByTestId('route-steps')).toBeInTheDocument()
  })

  it('speaks Chinese', () => {
    useVenueStore.setState({ lang: 'zh' })
    useVenueStore.getState().setRoute('entrance-west', 'booth-a03')
    render(<Panel />)
    const region = screen.getByRole('region', { name: /前往A03展位/ })
    expect(within(region).getByLabelText('起点')).toHaveValue('entrance-west')
    expect(within(region).getByRole('button', { name: '清除路线' })).toBeInTheDocument()
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('从西入口出发')
  })
})
