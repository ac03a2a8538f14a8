import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useVenueStore } from '../../src/state/store.ts'
import { SceneMirror } from '../../src/ui/SceneMirror.tsx'
import { loadSmallScene } from './loadFixture.ts'

describe('accessible scene mirror', () => {
  beforeEach(() => loadSmallScene())

  it('is one tab stop; arrows move, Enter selects, Escape goes back', async () => {
    const user = userEvent.setup()
    render(<SceneMirror />)
    await user.tab()
    const first = screen.getByRole('button', { name: /Smart City Pavilion, 2 exhibitors/ })
    expect(first).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: /Digital Trade/ })).toHaveFocus()
    await user.keyboard('{ArrowUp}{Enter}')
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })
    expect(first).toHaveAttribute('aria-expanded', 'true')
    // The open zone's exhibitors follow it in the list.
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Acme Robotics' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(useVenueStore.getState().selection).toEqual({ kind: 'exhibitor', id: 'acme-robotics' })
    await user.keyboard('{Escape}')
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })
    // Only one item in the list is reachable with Tab.
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0)
    expect(tabbable).toHaveLength(1)
  })

  it('names zones in Chinese when the language is Chinese', () => {
    useVenueStore.getState().setLang('zh')
    render(<SceneMirror />)
    expect(screen.getByRole('button', { name: '智慧城市馆，2 家展商' })).toBeInTheDocument()
  })
})
