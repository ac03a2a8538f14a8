/**
 * Interface text arrives one language at a time (src/data/loadMessages.ts). Each test starts
 * from fresh modules, as a page does: nothing installed (the setup file's tables live in the
 * modules loaded before the reset).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bilingual } from '../../src/domain/i18n/messages/bilingual.ts'
import { messagesEn } from '../../src/domain/i18n/tables/messages-en.ts'
import { messagesZh } from '../../src/domain/i18n/tables/messages-zh.ts'

const ZH_TABLE = '../../src/domain/i18n/tables/messages-zh.ts'

async function freshModules() {
  const messages = await import('../../src/domain/i18n/messages.ts')
  const loader = await import('../../src/data/loadMessages.ts')
  return { ...messages, ...loader }
}

describe('loading interface text', () => {
  let warn: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    vi.resetModules()
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.doUnmock(ZH_TABLE)
    warn.mockRestore()
  })

  it('a language not loaded yet: its keys come back as keys, with one warning; bilingual strings still speak', async () => {
    const { translate, hasMessages } = await freshModules()
    expect(hasMessages('zh')).toBe(false)
    expect(translate('zh', 'route.title')).toBe('route.title')
    expect(translate('zh', 'toolbar.home')).toBe('toolbar.home')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain('"zh"')
    expect(translate('zh', 'app.loadingFile', { file: 'venue.json' })).toBe(bilingual.zh['app.loadingFile'].replace('{file}', 'venue.json'))
    expect(translate('en', 'app.title')).toBe(bilingual.en['app.title'])
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('after loadMessages, the text; the other language stays unloaded', async () => {
    const { translate, hasMessages, loadMessages } = await freshModules()
    await loadMessages('zh')
    expect(hasMessages('zh')).toBe(true)
    expect(hasMessages('en')).toBe(false)
    expect(translate('zh', 'route.title')).toBe(messagesZh['route.title'])
    expect(translate('zh', 'panel.exhibitors', { count: 4 })).toBe(messagesZh['panel.exhibitors'].replace('{count}', '4'))
    await loadMessages('en')
    expect(translate('en', 'route.title')).toBe(messagesEn['route.title'])
    expect(warn).not.toHaveBeenCalled()
  })

  it('a failed download rejects naming the chunk, installs nothing, and a later call tries again', async () => {
    vi.doMock(ZH_TABLE, () => {
      throw new Error('network down')
    })
    const { translate, hasMessages, loadMessages, MessagesLoadError } = await freshModules()
    const failed = await loadMessages('zh').catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(MessagesLoadError)
    expect((failed as Error).message).toMatch(/^messages-zh: /)
    expect(hasMessages('zh')).toBe(false)

    vi.doUnmock(ZH_TABLE)
    await loadMessages('zh')
    expect(translate('zh', 'route.title')).toBe(messagesZh['route.title'])
  })
})
