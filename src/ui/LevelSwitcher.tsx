import { useId, type KeyboardEvent } from 'react'
import { entryLevel } from '../domain/scene/buildings.ts'
import { focusedLevelId, useT } from '../state/selectors.ts'
import { isStacked, setStacked } from '../state/stackedView.ts'
import { useVenueStore } from '../state/store.ts'
import { useLevelAnnouncement } from './useLevelAnnouncement.ts'

/**
 * The level switcher: one named button per level of the building in view, top floor first as
 * on a lift panel. Arrow keys move between them; absent when the venue has one level. On a site
 * with several buildings a choice of building comes first: it shows that building's entry level
 * and lists its levels (otherwise the upper floors of the other buildings could not be reached).
 * "All levels" shows the building's levels stacked apart, the chosen one solid.
 */
export function LevelSwitcher() {
  const t = useT()
  const ids = useId()
  const lang = useVenueStore((s) => s.lang)
  const venue = useVenueStore((s) => s.index?.scene.venue)
  const current = useVenueStore(focusedLevelId)
  const stacked = useVenueStore(isStacked)
  useLevelAnnouncement()
  if (!venue || venue.levels.length < 2 || !current) return null
  const buildingId = venue.levels.find((l) => l.id === current)?.buildingId
  const building = venue.buildings.find((b) => b.id === buildingId)
  const levels = venue.levels.filter((l) => l.buildingId === buildingId).sort((a, b) => b.ordinal - a.ordinal)
  const choose = (id: string): void => {
    useVenueStore.getState().setLevel(id, 'user')
  }
  const chooseBuilding = (id: string): void => {
    const entry = entryLevel(venue.levels.filter((l) => l.buildingId === id))
    if (entry) choose(entry.id)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = levels.findIndex((l) => l.id === current)
    const next = e.key === 'ArrowUp' ? i - 1 : e.key === 'ArrowDown' ? i + 1 : null
    if (next === null || next < 0 || next >= levels.length) return
    e.preventDefault()
    choose(levels[next]!.id)
    e.currentTarget.querySelectorAll('button')[next]?.focus()
  }
  const several = venue.buildings.length > 1
  return (
    <div className="level-switcher" data-testid="level-switcher">
      {several && (
        <>
          <label className="visually-hidden" htmlFor={`${ids}-building`}>
            {t('level.buildings')}
          </label>
          <select id={`${ids}-building`} className="level-building" value={buildingId} onChange={(e) => chooseBuilding(e.target.value)}>
            {venue.buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name[lang]}
              </option>
            ))}
          </select>
        </>
      )}
      <div role="group" aria-label={several && building ? t('level.building', { building: building.name[lang] }) : t('level.switcher')} className="level-buttons" onKeyDown={onKeyDown}>
        {levels.map((l) => (
          <button key={l.id} type="button" aria-pressed={l.id === current} data-level={l.id} onClick={() => choose(l.id)}>
            {l.name[lang]}
          </button>
        ))}
      </div>
      {levels.length > 1 && (
        <button type="button" className="level-stack" aria-pressed={stacked} onClick={() => setStacked(!stacked)}>
          {t('level.all')}
        </button>
      )}
    </div>
  )
}
