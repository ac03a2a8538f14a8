import type { Lang } from './text.ts'
import { core } from './messages/core.ts'
import { embed } from './messages/embed.ts'
import { find } from './messages/find.ts'
import { kiosk } from './messages/kiosk.ts'
import { route } from './messages/route.ts'
import { live } from './messages/live.ts'
import { tour } from './messages/tour.ts'

/** Every feature's table, merged. Add a feature's table here. */
const en = { ...core.en, ...route.en, ...tour.en, ...live.en, ...embed.en, ...kiosk.en, ...find.en }
const zh: Record<keyof typeof en, string> = { ...core.zh, ...route.zh, ...tour.zh, ...live.zh, ...embed.zh, ...kiosk.zh, ...find.zh }

export type MessageKey = keyof typeof en
const tables: Record<Lang, Record<MessageKey, string>> = { en, zh }

/** Look up an interface string and fill `{name}` placeholders. Values are plain text. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = tables[lang][key]
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[]
}

export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB'
}
