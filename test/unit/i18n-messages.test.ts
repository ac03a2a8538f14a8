import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { translate, type MessageKey } from '../../src/domain/i18n/messages.ts'
import { bilingual } from '../../src/domain/i18n/messages/bilingual.ts'
import { failure } from '../../src/domain/i18n/messages/failure.ts'
import { routeSteps } from '../../src/domain/i18n/messages/routeSteps.ts'
import { messagesEnExtra } from '../../src/domain/i18n/tables/messages-en-extra.ts'
import { messagesEn } from '../../src/domain/i18n/tables/messages-en.ts'
import { messagesZhExtra } from '../../src/domain/i18n/tables/messages-zh-extra.ts'
import { messagesZh } from '../../src/domain/i18n/tables/messages-zh.ts'

type Halves = { en: Readonly<Record<string, string>>; zh: Readonly<Record<string, string>> }

/** Every table the app shows strings from: the per-language pair and the bilingual tables. */
const tables: Record<string, Halves> = {
  'tables/messages-<lang>': { en: messagesEn, zh: messagesZh },
  'tables/messages-<lang>-extra': { en: messagesEnExtra, zh: messagesZhExtra },
  'messages/bilingual': bilingual,
  'messages/failure': failure,
  'messages/routeSteps': routeSteps,
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('interface strings', () => {
  it('the language tables hold most strings; each bilingual table is small and non-empty', () => {
    expect(Object.keys(messagesEn).length + Object.keys(messagesEnExtra).length).toBeGreaterThan(200)
    for (const [name, t] of Object.entries(tables)) expect(Object.keys(t.en).length, name).toBeGreaterThan(0)
    // The always-bundled table is part of the entry chunk: it stays a handful of strings.
    expect(Object.keys(bilingual.en).length).toBeLessThan(40)
  })

  it('every key of English exists in Chinese and vice versa, none empty', () => {
    for (const [name, t] of Object.entries(tables)) {
      expect(Object.keys(t.zh).sort(), name).toEqual(Object.keys(t.en).sort())
      for (const lang of ['en', 'zh'] as const) for (const [k, v] of Object.entries(t[lang])) expect(v.trim(), `${name} ${lang} ${k}`).not.toBe('')
    }
  })

  it('every feature has both halves (messages/en/<feature>.ts and messages/zh/<feature>.ts)', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/domain/i18n/messages')
    expect(readdirSync(path.join(dir, 'zh')).sort()).toEqual(readdirSync(path.join(dir, 'en')).sort())
  })

  it('no key lives in two tables (one would hide the other)', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [name, t] of Object.entries(tables))
      for (const k of Object.keys(t.en)) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${name}`)
        seen.set(k, name)
      }
    expect(twice).toEqual([])
  })

  it('use the same placeholders in English and Chinese', () => {
    for (const [name, t] of Object.entries(tables))
      for (const k of Object.keys(t.en)) expect(placeholders(t.zh[k]!), `${name} ${k}`).toEqual(placeholders(t.en[k]!))
  })

  it('are really translated: Chinese strings contain Chinese unless they are names', () => {
    const untranslated = Object.entries(tables).flatMap(([, t]) => Object.keys(t.en).filter((k) => !/[\u4e00-\u9fff]/.test(t.zh[k]!) && t.zh[k] === t.en[k]))
    // Language names are shown in their own language on purpose.
    expect(untranslated.filter((k) => !k.startsWith('toolbar.lang'))).toEqual([])
  })

  it('translate() finds the language tables and the always-bundled bilingual table', () => {
    const en: Record<string, string> = { ...messagesEn, ...messagesEnExtra, ...bilingual.en }
    const zh: Record<string, string> = { ...messagesZh, ...messagesZhExtra, ...bilingual.zh }
    for (const k of Object.keys(en) as MessageKey[]) {
      expect(translate('en', k), k).toBe(en[k])
      expect(translate('zh', k), k).toBe(zh[k])
    }
  })

  it('fills placeholders as plain text', () => {
    expect(translate('en', 'panel.booth', { label: '<b>A1</b>' })).toBe('Booth <b>A1</b>')
    expect(translate('zh', 'panel.exhibitors', { count: 3 })).toBe('展商（3）')
  })
})
