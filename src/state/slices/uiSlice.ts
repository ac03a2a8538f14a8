import type { StateCreator } from 'zustand'
import { loadMessages } from '../../data/loadMessages.ts'
import { hasMessages } from '../../domain/i18n/messages.ts'
import type { Lang } from '../../domain/i18n/text.ts'
import type { StartView } from '../../domain/device/startView.ts'
import type { Mode } from '../../domain/url/launchParams.ts'
import type { VenueState } from '../store.ts'
import { warn } from '../warn.ts'

export type WebglStatus = 'pending' | 'ok' | 'lost' | 'unavailable'

export interface UiSlice {
  lang: Lang
  mode: Mode
  kioskId: string | null
  webgl: WebglStatus
  /** WebGL draws in software (no usable GPU): the 3D view spends fewer pixels. */
  softwareRendering: boolean
  /** Bumped when the 3D view has drawn the scene for the first time. */
  firstFrame: boolean
  /** The plan (a light SVG drawing) or the 3D view; phones and data savers start with the plan. */
  display: StartView
  /** The visitor asked to save data: no hall model download. */
  saveData: boolean
  /** The plan has drawn the venue (the first view on a phone). */
  planDrawn: boolean
  /** Polite announcement for screen readers (the live region reads it). */
  announcement: string
  /**
   * Switch the interface language. Its table is fetched first when missing (the old language
   * stays until it is in: never a flash of keys); the latest request wins. Returns nothing, so
   * it can be called from anywhere (`act(() => setLang('zh'))` stays synchronous when the table
   * is in); `switchLang` is the same with a promise.
   */
  setLang: (lang: Lang) => void
  /** setLang that resolves once the switch is done, superseded or failed (a failure warns and keeps the language); never rejects. */
  switchLang: (lang: Lang) => Promise<void>
  setWebgl: (status: WebglStatus) => void
  setFirstFrame: () => void
  /** Open the 3D view (from the plan; it stays for the visit). */
  show3d: () => void
  setPlanDrawn: () => void
  announce: (text: string) => void
}

export const createUiSlice: StateCreator<VenueState, [], [], UiSlice> = (set, get) => {
  // Numbers setLang requests: only the latest one may switch when its table arrives.
  let latestLang = 0
  return {
    lang: 'en',
    mode: 'explorer',
    kioskId: null,
    webgl: 'pending',
    softwareRendering: false,
    firstFrame: false,
    display: '3d',
    saveData: false,
    planDrawn: false,
    announcement: '',
    setLang: (lang) => void get().switchLang(lang),
    switchLang: (lang) => {
      const request = ++latestLang
      if (hasMessages(lang)) {
        set({ lang })
        return Promise.resolve()
      }
      return loadMessages(lang).then(
        () => {
          if (request === latestLang) set({ lang })
        },
        (e: unknown) => warn(`could not switch to ${lang}, staying in ${get().lang}: ${e instanceof Error ? e.message : String(e)}`),
      )
    },
    setWebgl: (webgl) => set({ webgl }),
    setFirstFrame: () => set({ firstFrame: true }),
    show3d: () => set({ display: '3d' }),
    setPlanDrawn: () => set({ planDrawn: true }),
    announce: (announcement) => set({ announcement }),
  }
}
