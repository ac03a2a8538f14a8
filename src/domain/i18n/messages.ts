/**
 * Interface strings. Each language's table (tables/messages-<lang>.ts) is its own chunk: the
 * app installs the visitor's language at start (src/data/loadMessages.ts, alongside the scene)
 * and the other only on a switch, so the entry carries neither. A few strings are always at
 * hand in both languages (messages/bilingual.ts). translate() stays synchronous: it reads what
 * is installed, and the app never shows a language before its table is in.
 */
import { bilingual } from './messages/bilingual.ts'
import type { messagesEn } from './tables/messages-en.ts'
import type { messagesEnExtra } from './tables/messages-en-extra.ts'
import { fill } from './template.ts'
import type { Lang } from './text.ts'

/** Keys of a language's table (type-only: costs nothing in the bundle). */
export type TableKey = keyof typeof messagesEn | keyof typeof messagesEnExtra
/** Keys at hand in both languages whatever is loaded (messages/bilingual.ts): text that data carries in both languages. */
export type BilingualKey = keyof typeof bilingual.en
export type MessageKey = BilingualKey | TableKey
/** One language's table, as tables/messages-en.ts and messages-zh.ts export it. */
export type LanguageTable = Readonly<Record<TableKey, string>>
/** The two parts of a language's text: what the first screen shows, and the later parts' strings. */
export type TablePart = 'main' | 'extra'

const always: Record<Lang, Readonly<Record<string, string | undefined>>> = bilingual
const installed: Partial<Record<Lang, Partial<LanguageTable>>> = {}
const parts: Record<Lang, Set<TablePart>> = { en: new Set(), zh: new Set() }
const warned = new Set<string>()

export function installMessages(lang: Lang, table: Partial<LanguageTable>, part: TablePart = 'main'): void {
  installed[lang] = { ...installed[lang], ...table }
  parts[lang].add(part)
}

/** Whether `lang`'s text is installed: the given part, or (no part) both. */
export function hasMessages(lang: Lang, part?: TablePart): boolean {
  return part ? parts[lang].has(part) : parts[lang].size === 2
}

/**
 * Look up an interface string and fill `{name}` placeholders (values are plain text). A key
 * whose language is not installed yet comes back as the key itself, with one warning: a bug,
 * since the app waits for the table before showing a language.
 */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const table = installed[lang]
  const template = always[lang][key] ?? table?.[key as TableKey]
  if (template === undefined) {
    const what = table ? `${lang}:${key}` : lang
    if (!warned.has(what)) {
      warned.add(what)
      console.warn(table ? `[venue-twin] no interface text "${key}" in "${lang}"` : `[venue-twin] interface text for "${lang}" is not loaded yet (asked for "${key}")`)
    }
    return key
  }
  return fill(template, vars)
}

export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB'
}
