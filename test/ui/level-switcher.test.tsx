import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startAnnouncer } from '../../src/integration/announcer.ts'
import { useVenueStore } from '../../src/state/store.ts'
import { LevelSwitcher } from '../../src/ui/LevelSwitcher.tsx'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { box, type SmallScene } from '../fixtures/smallScene.ts'
import { loadSmallScene } from './loadFixture.ts'

/** The two-level hall and, east of it, a second building with a level above its ground level. */
function twoBuildings(): SmallScene {
  const s = levelsScene()
  s.venue.hall.footprint = box(0, 0, 130, 40)
  s.venue.buildings[0]!.name = { en: 'West hall', zh: '西馆' }
  s.venue.buildings.push({ id: 'east-hall', name: { en: 'East hall', zh: '东馆' }, footprint: box(70, 0, 60, 40) })
  const level = (id: string, ordinal: number) => ({
    id,
    buildingId: 'east-hall',
    name: { en: `East level ${ordinal + 1}`, zh: `东馆 ${ordinal + 1} 层` },
    shortName: { en: `E${ordinal + 1}`, zh: `E${ordinal + 1}` },
    ordinal,
    elevation: ordinal * 6,
    height: 6,
  })
  s.venue.levels.push(level('east-1', 0), level('east-2', 1))
  const at = (levelId: string) => ({ levelId, position: [100, 20] as [number, number] })
  s.venue.connectors!.push({ id: 'east-lift', kind: 'lift', name: { en: 'East lift', zh: '东馆电梯' }, seconds: 15, stops: [at('east-1'), at('east-2')] })
  return s
}

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

  it('on a site with several buildings, a choice of building lists that building’s levels', async () => {
    loadSmallScene({}, twoBuildings)
    const user = userEvent.setup()
    render(<LevelSwitcher />)
    const picker = screen.getByRole('combobox', { name: 'Building' })
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['West hall', 'East hall'])
    expect(screen.getByRole('group', { name: 'Levels of West hall' })).toBeInTheDocument()
    await user.selectOptions(picker, 'East hall')
    // The building's ground level: the view stays on the ground, the buttons are the east hall's.
    expect(useVenueStore.getState().levelId).toBe('east-1')
    const group = screen.getByRole('group', { name: 'Levels of East hall' })
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['East level 2', 'East level 1'])
    await user.click(screen.getByRole('button', { name: 'East level 2' }))
    expect(useVenueStore.getState().levelId).toBe('east-2')
  })

  it('"All levels" toggles the stacked view by keyboard, leaves the plan for it, and reads 全部楼层 in Chinese', async () => {
    const user = userEvent.setup()
    act(() => useVenueStore.getState().setView('plan'))
    const { unmount } = render(<LevelSwitcher />)
    const toggle = screen.getByRole('button', { name: 'All levels' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    // The stack is a 3D view: the plan gives way to it.
    expect(useVenueStore.getState().view).toBe('orbit')
    // A level chosen while stacked stays stacked.
    await user.click(screen.getByRole('button', { name: 'Level 2' }))
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    toggle.focus()
    await user.keyboard('{ }')
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    unmount()
    act(() => useVenueStore.getState().setLang('zh'))
    render(<LevelSwitcher />)
    expect(screen.getByRole('button', { name: '全部楼层' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('offers no "All levels" for a building of one level', () => {
    loadSmallScene({}, () => {
      const s = levelsScene()
      s.venue.buildings.push({ id: 'kiosk-hall', name: { en: 'Pavilion', zh: '亭' }, footprint: box(70, 0, 20, 20) })
      s.venue.hall.footprint = box(0, 0, 130, 40)
      s.venue.levels.push({ id: 'kiosk-1', buildingId: 'kiosk-hall', name: { en: 'Ground', zh: '首层' }, shortName: { en: 'G', zh: 'G' }, ordinal: 0, elevation: 0, height: 5 })
      return s
    })
    render(<LevelSwitcher />)
    expect(screen.getByRole('button', { name: 'All levels' })).toBeInTheDocument()
    act(() => void useVenueStore.getState().setLevel('kiosk-1'))
    expect(screen.getByRole('group', { name: 'Levels of Pavilion' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'All levels' })).toBeNull()
  })
})
