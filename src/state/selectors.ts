/** Named selectors: components subscribe to exactly what they show. */
import { useCallback } from 'react'
import { translate, type MessageKey } from '../domain/i18n/messages.ts'
import type { Lang, LocalizedText } from '../domain/i18n/text.ts'
import { defaultLevelId, floorKey } from '../domain/scene/levels.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { boothsOfSelection, zoneOfSelection, type Selection } from '../domain/selection.ts'
import { useVenueStore, type VenueState } from './store.ts'

export const selectLang = (s: VenueState): Lang => s.lang
export const selectIndex = (s: VenueState): SceneIndex | null => s.index
export const selectSelection = (s: VenueState): Selection | null => s.selection

/** The zone that frames the current selection (see zoneOfSelection). */
export const focusZoneId = (s: Pick<VenueState, 'index' | 'selection'>): string | null => zoneOfSelection(s.index, s.selection)

/** Booths the selection points at (see boothsOfSelection). */
export const selectedBoothIds = (s: Pick<VenueState, 'index' | 'selection'>): string[] => boothsOfSelection(s.index, s.selection)

export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const lang = useVenueStore(selectLang)
  return useCallback((key, vars) => translate(lang, key, vars), [lang])
}

export function useText(): (text: LocalizedText) => string {
  const lang = useVenueStore(selectLang)
  return useCallback((text) => text[lang], [lang])
}

/** Display name of any selectable item, in the current language. */
export function selectionName(index: SceneIndex | null, s: Selection | null, lang: Lang): string | null {
  if (!index || !s) return null
  switch (s.kind) {
    case 'zone':
      return index.zoneById.get(s.id)?.name[lang] ?? null
    case 'booth': {
      const b = index.boothById.get(s.id)
      if (!b) return null
      const ex = index.exhibitorsByBooth.get(b.id)?.[0]
      return ex ? `${b.label} · ${ex.name[lang]}` : translate(lang, 'panel.booth', { label: b.label })
    }
    case 'exhibitor':
      return index.exhibitorById.get(s.id)?.name[lang] ?? null
    case 'session':
      return index.sessionById.get(s.id)?.title[lang] ?? null
  }
}

/** The level in view (the first level until a scene says otherwise). */
export function focusedLevelId(s: VenueState): string | null {
  return s.levelId ?? (s.index ? defaultLevelId(s.index.scene.venue) : null)
}

/** Whether a level is on the floor in view (levels sharing a floor count as one). */
export function onFocusedFloor(s: VenueState, levelId: string): boolean {
  const focus = focusedLevelId(s)
  if (!s.index || !focus) return true
  return floorKey(s.index.scene.venue, levelId) === floorKey(s.index.scene.venue, focus)
}
