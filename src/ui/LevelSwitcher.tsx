import type { KeyboardEvent } from 'react'
import { focusedLevelId, useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'
import { useLevelAnnouncement } from './useLevelAnnouncement.ts'

/**
 * The level switcher: one named button per level of the building in view, top floor first as
 * on a lift panel. Arrow keys move between them; absent when the venue has one level.
 */
export function LevelSwitcher() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const venue = useVenueStore((s) => s.index?.scene.venue)
  const current = useVenueStore(focusedLevelId)
  useLevelAnnouncement()
  if (!venue || venue.levels.length < 2 || !current) return null
  const buildingId = venue.levels.find((l) => l.id === current)?.buildingId
  const building = venue.buildings.find((b) => b.id === buildingId)
  const levels = venue.levels.filter((l) => l.buildingId === buildingId).sort((a, b) => b.ordinal - a.ordinal)
  const choose = (id: string): void => {
    useVenueStore.getState().setLevel(id, 'user')
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = levels.findIndex((l) => l.id === current)
    const next = e.key === 'ArrowUp' ? i - 1 : e.key === 'ArrowDown' ? i + 1 : null
    if (next === null || next < 0 || next >= levels.length) return
    e.preventDefault()
    choose(levels[next]!.id)
    e.currentTarget.querySelectorAll('button')[next]?.focus()
  }
  return (
    <div
      role="group"
      aria-label={venue.buildings.length > 1 && building ? t('level.building', { building: building.name[lang] }) : t('level.switcher')}
      className="level-switcher"
      data-testid="level-switcher"
      onKeyDown={onKeyDown}
    >
      {levels.map((l) => (
        <button key={l.id} type="button" aria-pressed={l.id === current} data-level={l.id} onClick={() => choose(l.id)}>
          {l.name[lang]}
        </button>
      ))}
    </div>
  )
}
