import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startAnnouncer } from '../../src/integration/announcer.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { LevelSwitcher } from '../../src/ui/LevelSwitcher.tsx'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { loadSmallScene } from './loadFixture.ts'

const announced = () => useVenueStore.getState().announcement
let stopAnnouncer: () => void

describe('level switcher', () => {
  // The announcer starts with the app, before the switcher's code has loaded.
  beforeEach(() => {
    loadSmallScene({}, levelsScene)
    stopAnnouncer = startAnnouncer(useVenueStore)
  })
  afterEach(() => stopAnnouncer())

  it('names the levels top floor first; the arrow keys move the pressed level', async () => {
    const user = userEvent.setup()
    render(<LevelSwitcher />)
    const group = screen.getByRole('group', { name: 'Levels' })
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Level 2', 'Level 1'])
    expect(screen.getByRole('button', { name: 'Level 1' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'Level 2' }))
    expect(useVenueStore.getState().levelId).toBe('level-2')
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Level 1' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Level 1' })).toHaveAttribute('aria-pressed', 'true')
    // The visitor's own presses are not read out again: the pressed button says it.
    expect(announced()).toBe('')
  })

  it('tells screen readers when a selection upstairs brings level 2 into view', () => {
    render(<LevelSwitcher />)
    act(() => void useVenueStore.getState().select({ kind: 'exhibitor', id: 'cloud-forum' }))
    expect(announced()).toBe('Selected: Cloud Forum Co., on Level 2')
    expect(screen.getByRole('button', { name: 'Level 2' })).toHaveAttribute('aria-pressed', 'true')
    // A selection on the level in view: the announcer's words alone.
    act(() => void useVenueStore.getState().select({ kind: 'booth', id: 'booth-u01' }))
    expect(announced()).toBe('Selected: U01 · Cloud Forum Co.')
  })

  it('says which level is shown when the host page or a link changes it, in Chinese too', () => {
    useVenueStore.getState().setLang('zh')
    render(<LevelSwitcher />)
    act(() => void useVenueStore.getState().setLevel('level-2', 'embed'))
    expect(announced()).toBe('已切换到 2 层')
    expect(screen.getByRole('group', { name: '楼层' })).toBeInTheDocument()
    act(() => void useVenueStore.getState().select({ kind: 'zone', id: 'smart-city' }))
    expect(announced()).toBe('已选择：智慧城市馆（1 层）')
  })
})
