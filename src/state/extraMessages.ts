/**
 * The strings of the parts that arrive after the first screen (live twin, kiosk, embedding) are
 * their own chunk per language (src/domain/i18n/tables/messages-<lang>-extra.ts). Start-up
 * fetches it alongside the first table without waiting; each of those parts waits for it as its
 * own code loads, so none ever shows a key. A failed fetch warns; the part still shows.
 */
import { loadMessages } from '../data/loadMessages.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { useVenueStore } from './store.ts'
import { warn } from './warn.ts'

export function ensureExtraMessages(lang: Lang = useVenueStore.getState().lang): Promise<void> {
  return loadMessages(lang, 'extra').catch((e: unknown) => warn(`interface text for live, kiosk and embedding could not be loaded: ${e instanceof Error ? e.message : String(e)}`))
}

/** A lazy part's loader that also waits for the later parts' strings. */
export function withExtraMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => (await Promise.all([load(), ensureExtraMessages()]))[0]
}
