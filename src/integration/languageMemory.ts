/**
 * The visitor's language choice, kept on this device (localStorage) so their next visit opens
 * in it. Not started on kiosks. Storage that is blocked or full costs the memory, not the app.
 */
import { isLang, type Lang } from '../domain/i18n/text.ts'
import type { VenueStore } from '../state/store.ts'
import { isQuotaError } from './storageErrors.ts'
import type { Stop } from './types.ts'

export const LANGUAGE_KEY = 'venue-twin:lang'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function rememberedLanguage(): Lang | null {
  try {
    const v = storage()?.getItem(LANGUAGE_KEY)
    return isLang(v) ? v : null
  } catch {
    return null
  }
}

/** Saves every switch made from now on (the toggle, `lang` in the embed protocol or the API). */
export function startLanguageMemory(store: VenueStore): Stop {
  return store.subscribe(
    (s) => s.lang,
    (lang) => {
      try {
        storage()?.setItem(LANGUAGE_KEY, lang)
      } catch (e) {
        // Private mode or a full disk: the choice lasts this visit only; a full disk is worth telling.
        if (isQuotaError(e)) store.getState().setStorageFull(true)
      }
    },
  )
}
