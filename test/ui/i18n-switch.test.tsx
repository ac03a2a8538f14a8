/**
 * One language's interface text at a time: the loading and error screens speak before any table
 * is in, and a switch of language waits for the other table — never a flash of keys. Each test
 * starts from fresh app modules, as a page does (the setup file's tables live in the modules
 * loaded before the reset); the tables arrive through the real dynamic imports.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bilingual } from '../../src/domain/i18n/messages/bilingual.ts'
import { failure } from '../../src/domain/i18n/messages/failure.ts'
import { routeSteps } from '../../src/domain/i18n/messages/routeSteps.ts'
import { messagesEnExtra } from '../../src/domain/i18n/tables/messages-en-extra.ts'
import { messagesEn } from '../../src/domain/i18n/tables/messages-en.ts'
import { messagesZh } from '../../src/domain/i18n/tables/messages-zh.ts'

const ALL_KEYS = [messagesEn, messagesEnExtra, bilingual.en, failure.en, routeSteps.en].flatMap((t) => Object.keys(t))

async function freshApp() {
  const { useVenueStore } = await import('../../src/state/store.ts')
  const { hasMessages, loadMessages } = { ...(await import('../../src/domain/i18n/messages.ts')), ...(await import('../../src/data/loadMessages.ts')) }
  const { Toolbar } = await import('../../src/ui/Toolbar.tsx')
  const { LoadingScreen } = await import('../../src/app/LoadingScreen.tsx')
  const { ErrorScreen } = await import('../../src/app/ErrorScreen.tsx')
  return { useVenueStore, hasMessages, loadMessages, Toolbar, LoadingScreen, ErrorScreen }
}

/** Every text the page showed, at every change: a key on screen even for a moment ends up here. */
function recordTexts(root: HTMLElement): { texts: string[]; stop: () => void } {
  const texts = [root.textContent ?? '']
  const observer = new MutationObserver(() => texts.push(root.textContent ?? ''))
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true })
  return { texts, stop: () => observer.disconnect() }
}

const keysIn = (texts: string[]): string[] => ALL_KEYS.filter((k) => texts.some((t) => t.includes(k)))

describe('interface text, one language at a time', () => {
  let warn: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    vi.resetModules()
    warn = vi.spyOn(console, 'warn')
  })
  afterEach(() => warn.mockRestore())

  it('the loading screen speaks the visitor’s language before any table arrives', async () => {
    const { useVenueStore, hasMessages, LoadingScreen } = await freshApp()
    useVenueStore.setState({ lang: 'zh', loadingFile: 'venue.json' })
    expect(hasMessages('zh')).toBe(false)
    render(<LoadingScreen />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bilingual.zh['app.title'])
    expect(screen.getByText(bilingual.zh['app.loadingFile'].replace('{file}', 'venue.json'))).toBeInTheDocument()
    expect(warn).not.toHaveBeenCalled()
  })

  it('the error screen speaks when the language’s table is what failed to load', async () => {
    const { hasMessages, ErrorScreen } = await freshApp()
    expect(hasMessages('zh')).toBe(false)
    render(<ErrorScreen failure={{ kind: 'messages', message: 'messages-zh: network down' }} lang="zh" sceneId="wdec-2023" />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(failure.zh['error.title'])
    expect(screen.getByText(failure.zh['error.messages'].replace('{message}', 'messages-zh: network down'))).toBeInTheDocument()
    expect(screen.getByRole('button', { name: failure.zh['error.retry'] })).toBeInTheDocument()
    expect(warn).not.toHaveBeenCalled()
  })

  it('switching language waits for the other table: the old language stays until the new one is in, never a key', async () => {
    const { useVenueStore, hasMessages, loadMessages, Toolbar } = await freshApp()
    await loadMessages('en')
    useVenueStore.setState({ lang: 'en' })
    const { container } = render(<Toolbar title="Hall" />)
    const seen = recordTexts(container)
    expect(hasMessages('zh')).toBe(false)

    fireEvent.click(screen.getByRole('button', { name: messagesZh['toolbar.langZh'] }))
    // Not yet: the Chinese table is still on its way.
    expect(useVenueStore.getState().lang).toBe('en')
    expect(screen.getByRole('button', { name: new RegExp(messagesEn['toolbar.home']) })).toBeInTheDocument()

    await waitFor(() => expect(useVenueStore.getState().lang).toBe('zh'))
    expect(screen.getByRole('button', { name: new RegExp(messagesZh['toolbar.home']) })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: messagesZh['toolbar.language'] })).toBeInTheDocument()
    seen.stop()
    expect(keysIn(seen.texts)).toEqual([])
    expect(warn).not.toHaveBeenCalled()
  })

  it('the latest request wins: back to English before Chinese arrived stays English', async () => {
    const { useVenueStore, loadMessages, Toolbar } = await freshApp()
    await loadMessages('en')
    useVenueStore.setState({ lang: 'en' })
    render(<Toolbar title="Hall" />)
    fireEvent.click(screen.getByRole('button', { name: messagesZh['toolbar.langZh'] }))
    fireEvent.click(screen.getByRole('button', { name: messagesEn['toolbar.langEn'] }))
    // The Chinese table arrives after the second click…
    await act(() => loadMessages('zh'))
    // …and does not switch the page back to Chinese.
    expect(useVenueStore.getState().lang).toBe('en')
    expect(screen.getByRole('button', { name: new RegExp(messagesEn['toolbar.home']) })).toBeInTheDocument()
  })
})
