import { useEffect } from 'react'
import { translate } from '../domain/i18n/messages.ts'
import { levelById } from '../domain/scene/levels.ts'
import { focusedLevelId, selectionName } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

/**
 * Screen readers hear when the view moves to another level without the visitor pressing a level
 * button (a search result or link upstairs, the host page, Back): "Selected: U01 · Cloud Forum
 * Co., on Level 2", or "Showing Level 2". A press needs no words: the button says it is pressed.
 * Subscribed after the announcer (this code loads later), so its words replace the selection's.
 * A route's own announcement comes after this one and keeps the last word: its steps name the levels.
 */
export function useLevelAnnouncement(): void {
  useEffect(
    () =>
      useVenueStore.subscribe((s, before) => {
        const level = focusedLevelId(s)
        if (!s.index || !before.index || !level || level === focusedLevelId(before) || s.levelSource === 'user') return
        const name = levelById(s.index.scene.venue, level)?.name[s.lang]
        if (!name) return
        const selected = s.levelSource === 'selection' && s.selection !== before.selection ? selectionName(s.index, s.selection, s.lang) : null
        s.announce(
          selected
            ? translate(s.lang, 'announce.selected', { name: translate(s.lang, 'level.elsewhere', { name: selected, level: name }) })
            : translate(s.lang, 'level.showing', { level: name }),
        )
      }),
    [],
  )
}
