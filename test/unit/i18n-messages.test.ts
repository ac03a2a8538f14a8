import { describe, expect, it } from 'vitest'
import { allMessageKeys, translate } from '../../src/domain/i18n/messages.ts'

describe('interface strings', () => {
  const keys = allMessageKeys()

  it('exist in both languages, non-empty', () => {
    expect(keys.length).toBeGreaterThan(50)
    for (const k of keys) {
      expect(translate('en', k).trim(), k).not.toBe('')
      expect(translate('zh', k).trim(), k).not.toBe('')
    }
  })

  it('use the same placeholders in English and Chinese', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const k of keys) expect(placeholders(translate('zh', k)), k).toEqual(placeholders(translate('en', k)))
  })

  it('are really translated: Chinese strings contain Chinese unless they are names', () => {
    const untranslated = keys.filter((k) => !/[\u4e00-\u9fff]/.test(translate('zh', k)) && translate('zh', k) === translate('en', k))
    // Language names are shown in their own language on purpose.
    expect(untranslated.filter((k) => !k.startsWith('toolbar.lang'))).toEqual([])
  })

  it('fills placeholders as plain text', () => {
    expect(translate('en', 'panel.booth', { label: '<b>A1</b>' })).toBe('Booth <b>A1</b>')
    expect(translate('zh', 'panel.exhibitors', { count: 3 })).toBe('展商（3）')
  })
})
