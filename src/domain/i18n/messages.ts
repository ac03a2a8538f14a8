import type { Lang } from './text.ts'
import { en, type MessageKey } from './messages.en.ts'
import { zh } from './messages.zh.ts'

export type { MessageKey }
const tables: Record<Lang, Record<MessageKey, string>> = { en, zh }

/** Look up an interface string and fill `{name}` placeholders. Values are plain text. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = tables[lang][key]
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB'
}
