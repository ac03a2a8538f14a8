/**
 * Each language's interface text is its own chunk (assets/messages-<lang>-*.js): the start
 * language is fetched alongside the scene (src/app/bootstrap.ts), the other only when the
 * visitor switches (setLang in src/state/slices/uiSlice.ts).
 */
import { hasMessages, installMessages, type LanguageTable, type TablePart } from '../domain/i18n/messages.ts'
import type { Lang } from '../domain/i18n/text.ts'

const chunks: Record<Lang, Record<TablePart, () => Promise<Partial<LanguageTable>>>> = {
  en: {
    main: async () => (await import('../domain/i18n/tables/messages-en.ts')).messagesEn,
    extra: async () => (await import('../domain/i18n/tables/messages-en-extra.ts')).messagesEnExtra,
  },
  zh: {
    main: async () => (await import('../domain/i18n/tables/messages-zh.ts')).messagesZh,
    extra: async () => (await import('../domain/i18n/tables/messages-zh-extra.ts')).messagesZhExtra,
  },
}

/** A language's table could not be fetched; names the chunk like a scene failure names its file. */
export class MessagesLoadError extends Error {
  readonly lang: Lang
  constructor(lang: Lang, cause: unknown) {
    super(`messages-${lang}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'MessagesLoadError'
    this.lang = lang
  }
}

const pending = new Map<string, Promise<void>>()

/**
 * Install `lang`'s text (once; concurrent calls share the download): one part, or both when no
 * part is named (a language switch). Rejects with MessagesLoadError.
 */
export function loadMessages(lang: Lang, part?: TablePart): Promise<void> {
  if (!part) return Promise.all([loadMessages(lang, 'main'), loadMessages(lang, 'extra')]).then(() => undefined)
  if (hasMessages(lang, part)) return Promise.resolve()
  const key = `${lang}:${part}`
  let p = pending.get(key)
  if (!p) {
    p = chunks[lang][part]().then(
      (table) => {
        installMessages(lang, table, part)
        pending.delete(key)
      },
      (e: unknown) => {
        // A later call tries again (the network may be back).
        pending.delete(key)
        throw new MessagesLoadError(lang, e)
      },
    )
    pending.set(key, p)
  }
  return p
}
