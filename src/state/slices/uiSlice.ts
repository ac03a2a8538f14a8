import type { StateCreator } from 'zustand'
import type { Lang } from '../../domain/i18n/text.ts'
import type { Mode } from '../../domain/url/launchParams.ts'
import type { VenueState } from '../store.ts'

export type WebglStatus = 'pending' | 'ok' | 'lost' | 'unavailable'

export interface UiSlice {
  lang: Lang
  mode: Mode
  kioskId: string | null
  webgl: WebglStatus
  /** Bumped when the 3D view has drawn the scene for the first time. */
  firstFrame: boolean
  /** Polite announcement for screen readers (the live region reads it). */
  announcement: string
  setLang: (lang: Lang) => void
  setWebgl: (status: WebglStatus) => void
  setFirstFrame: () => void
  announce: (text: string) => void
}

export const createUiSlice: StateCreator<VenueState, [], [], UiSlice> = (set) => ({
  lang: 'en',
  mode: 'explorer',
  kioskId: null,
  webgl: 'pending',
  firstFrame: false,
  announcement: '',
  setLang: (lang) => set({ lang }),
  setWebgl: (webgl) => set({ webgl }),
  setFirstFrame: () => set({ firstFrame: true }),
  announce: (announcement) => set({ announcement }),
})
