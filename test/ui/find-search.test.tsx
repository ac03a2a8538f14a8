import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVenueStore } from '../../src/state/store.ts'
import { SearchBox } from '../../src/ui/find/SearchBox.tsx'
import { loadSmallScene } from './loadFixture.ts'

const state = () => useVenueStore.getState()

async function typeQuery(q: string) {
  // The index and its pinyin first: pinyin arriving mid-test would redo the results under the keys.
  await state().prepareSearch()
  const engine = await import('../../src/domain/search/engine.ts')
  await engine.preparePinyin(engine.builtSearchIndex(state().index!)!, () => Promise.reject(new Error('pinyin was not started by prepareSearch')))
  const user = userEvent.setup()
  render(<SearchBox />)
  const box = screen.getByRole('searchbox', { name: 'Search the venue' })
  await user.click(box)
  await user.type(box, q)
  const list = screen.getByRole('listbox', { name: 'Search results' })
  await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(0))
  return { user, box, list }
}

describe('search box', () => {
  beforeEach(() => loadSmallScene())

  it('shows instant results grouped by kind, with a heading per group', async () => {
    const { list } = await typeQuery('digital trade')
    const groups = within(list).getAllByRole('group')
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      expect.stringContaining('Pavilions and zones'),
      expect.stringContaining('Sessions'),
    ])
    expect(within(groups[0]!).getByRole('option', { name: /Digital Trade Pavilion/ })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('2 results')
  })

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { user, box, list } = await typeQuery('rob')
    const options = within(list).getAllByRole('option')
    expect(options.length).toBeGreaterThanOrEqual(2)
    expect(box).not.toHaveAttribute('aria-activedescendant')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'false')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    // Up from the first wraps to the last.
    expect(box).toHaveAttribute('aria-activedescendant', options.at(-1)!.id)
    await user.keyboard('{ArrowDown}{Enter}')
    const chosen = options[0]!.dataset.key!.split(':')
    expect(state().selection).toEqual({ kind: chosen[0], id: chosen[1] })
    // The list closes; the field keeps the query and the focus.
    expect(screen.getByTestId('search-popup')).not.toBeVisible()
    expect(box).toHaveFocus()
    expect(box).toHaveValue('rob')
  })

  it('lights the matching booths while results show; Escape clears search and light', async () => {
    const { user, box } = await typeQuery('acme')
    await waitFor(() => expect(state().litBy).toBe('search'))
    expect([...state().litBoothIds!].sort()).toEqual(['booth-a01', 'booth-a02'])
    expect(screen.getByRole('status')).toHaveTextContent('2 matching booths highlighted')
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    expect(state().query).toBe('')
    await waitFor(() => expect(state().litBoothIds).toBeNull())
  })

  it('Enter without arrowing opens the best result: a booth label selects that booth', async () => {
    const { user, list } = await typeQuery('b01')
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Booth B01')
    await user.keyboard('{Enter}')
    expect(state().selection).toEqual({ kind: 'booth', id: 'booth-b01' })
  })

  it('a speaker opens their session; Chinese queries match by characters', async () => {
    const { user } = await typeQuery('li wei')
    await user.keyboard('{Enter}')
    expect(state().selection).toEqual({ kind: 'session', id: 'opening-ceremony' })
    await user.clear(screen.getByRole('searchbox'))
    await user.type(screen.getByRole('searchbox'), '数字')
    await waitFor(() => expect(screen.getByRole('option', { name: /^Digital Trade Pavilion/ })).toBeInTheDocument())
    expect(screen.getByRole('option', { name: /^Digital Trade Forum/ })).toBeInTheDocument()
  })

  it('a service point in an aisle shows the whole hall and says where it is', async () => {
    state().select({ kind: 'zone', id: 'smart-city' })
    const { user } = await typeQuery('restroom')
    // No booth matches: none is lit, and none is dimmed either.
    expect(state().litBoothIds).toBeNull()
    await user.keyboard('{Enter}')
    expect(state().selection).toBeNull()
    expect(state().announcement).toContain('Restrooms')
  })

  it('says so when nothing matches', async () => {
    const user = userEvent.setup()
    render(<SearchBox />)
    await user.type(screen.getByRole('searchbox'), 'qzxv')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing matches “qzxv”.'))
    expect(state().litBoothIds).toBeNull()
  })

  it('opens with a query set from outside (?q=, Back, an embedding page)', async () => {
    render(<SearchBox />)
    state().setQuery('bauer')
    await waitFor(() => expect(screen.getByRole('option', { name: /Bauer Sensorik/ })).toBeVisible())
    expect(screen.getByRole('searchbox')).toHaveValue('bauer')
    // Nothing had focus: a press elsewhere closes the list, the search stays.
    await userEvent.setup().click(document.body)
    expect(screen.getByTestId('search-popup')).not.toBeVisible()
    expect(state().query).toBe('bauer')
  })
})
