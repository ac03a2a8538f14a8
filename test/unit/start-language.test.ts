import { describe, expect, it } from 'vitest'
import { browserLanguage, languageBeforeScene, startLanguage, type LanguageSources } from '../../src/domain/i18n/startLanguage.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { smallScene, toRaw } from '../fixtures/smallScene.ts'

const visitor = (over: Partial<LanguageSources>): LanguageSources => ({ url: null, remembered: null, browser: [], kiosk: false, ...over })

describe('the language the app opens in', () => {
  it('takes the first supported language of the browser list', () => {
    expect(browserLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh')
    expect(browserLanguage(['en-GB', 'zh-CN'])).toBe('en')
    expect(browserLanguage(['fr-FR', 'de'])).toBeNull()
    // "enx" or "zhx" are not our languages.
    expect(browserLanguage(['enx', 'zhuang'])).toBeNull()
  })

  it('opens the Ningbo expo in Chinese for a French browser, in English for an English one', () => {
    const sceneLang = loadDefaultScene().scene.venue.defaultLanguage
    expect(sceneLang).toBe('zh')
    expect(languageBeforeScene(visitor({ browser: ['fr-FR'] }))).toBeNull()
    expect(startLanguage(visitor({ browser: ['fr-FR'] }), sceneLang)).toBe('zh')
    expect(startLanguage(visitor({ browser: ['en-US', 'fr'] }), sceneLang)).toBe('en')
    // A scene without a language of its own: English.
    expect(startLanguage(visitor({ browser: ['fr-FR'] }), undefined)).toBe('en')
  })

  it('lets lang= win, then the choice remembered on this device, then the browser', () => {
    expect(startLanguage(visitor({ url: 'en', remembered: 'zh', browser: ['zh-CN'] }), 'zh')).toBe('en')
    expect(startLanguage(visitor({ remembered: 'en', browser: ['zh-CN'] }), 'zh')).toBe('en')
    expect(startLanguage(visitor({ remembered: 'zh', browser: ['en-US'] }), 'en')).toBe('zh')
  })

  it("gives a kiosk the link's language, else the venue's, never a device memory or the browser's", () => {
    expect(startLanguage(visitor({ kiosk: true, remembered: 'en', browser: ['en-US'] }), 'zh')).toBe('zh')
    expect(startLanguage(visitor({ kiosk: true, url: 'en' }), 'zh')).toBe('en')
    expect(startLanguage(visitor({ kiosk: true, browser: ['zh-CN'] }), undefined)).toBe('zh')
  })

  it('accepts defaultLanguage as an optional venue field of schema version 2, and rejects other values', () => {
    const s = smallScene()
    expect(parseScene(toRaw(s)).ok).toBe(true)
    ;(s.venue as Record<string, unknown>).defaultLanguage = 'fr'
    const bad = parseScene(toRaw(s))
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(JSON.stringify(bad.issues)).toMatch(/defaultLanguage/)
  })
})
