import type { StateCreator } from 'zustand'
import type { VenueState } from '../store.ts'

/** Seconds without input before a kiosk resets itself (docs/contract.md `idle=` overrides). */
export const DEFAULT_IDLE_SECONDS = 90

/**
 * Where the offline cache stands: `unsupported` (no service worker: dev server, old browser,
 * insecure origin), `installing` (first visit, caching the app), `ready` (this page works
 * offline), `error` (registration failed; the app still works online).
 */
export type SwStatus = 'unsupported' | 'installing' | 'ready' | 'error'

export interface KioskError {
  message: string
  at: number
}

/**
 * State of the unattended kiosk (and of the service worker, which every mode uses). Plain
 * values only: the timers and the Workbox instance live in their integration edges, which
 * talk to each other through these fields.
 */
export interface KioskSlice {
  idleSeconds: number
  /** The attract loop is playing: nobody is using the kiosk. */
  attract: boolean
  /** Bumped at every idle reset: kiosk UI drops what it held for the last visitor. */
  idleResetNonce: number
  swStatus: SwStatus
  /** A new version is installed and waiting for a safe moment to take over. */
  updateWaiting: boolean
  /** Bumped to ask the service-worker edge to switch to the waiting version (and reload). */
  updateRequestNonce: number
  lastError: KioskError | null
  /** The first problem of this run of automatic restarts (kept across them), for the operator. */
  firstError: KioskError | null
  /** Automatic restarts in this run (0: none since the kiosk last ran calmly). */
  restarts: number
  /** Epoch ms the app started, for the operator's uptime. */
  startedAt: number
  setAttract: (on: boolean) => void
  /** The visitor is back: the loop stops at once and the kiosk shows its home view. */
  endAttract: () => void
  /** Show the floor the kiosk stands on (its "you are here"; the first level without a kiosk id). */
  showKioskLevel: () => void
  noteIdleReset: () => void
  setSwStatus: (status: SwStatus) => void
  setUpdateWaiting: (waiting: boolean) => void
  requestUpdate: () => void
  reportError: (message: string) => void
}

const MAX_ERROR_LENGTH = 500

export const createKioskSlice: StateCreator<VenueState, [], [], KioskSlice> = (set, get) => ({
  idleSeconds: DEFAULT_IDLE_SECONDS,
  attract: false,
  idleResetNonce: 0,
  swStatus: 'unsupported',
  updateWaiting: false,
  updateRequestNonce: 0,
  lastError: null,
  firstError: null,
  restarts: 0,
  startedAt: Date.now(),
  setAttract: (attract) => set({ attract }),
  endAttract: () => {
    if (!get().attract) return
    set({ attract: false })
    get().stopTour()
    get().home('idle')
    // The tour may have ended on another floor.
    get().showKioskLevel()
  },
  showKioskLevel: () => {
    const { index, kioskId, levelId, setLevel } = get()
    const first = index?.scene.venue.levels[0]?.id
    const level = (kioskId && index?.kioskById.get(kioskId)?.levelId) || first
    // Nothing to change on the level in view (a one-level venue): no state change, no URL write.
    if (level && level !== (levelId ?? first)) setLevel(level, 'idle')
  },
  noteIdleReset: () => set((s) => ({ idleResetNonce: s.idleResetNonce + 1 })),
  setSwStatus: (swStatus) => set({ swStatus }),
  setUpdateWaiting: (updateWaiting) => set({ updateWaiting }),
  requestUpdate: () => set((s) => ({ updateRequestNonce: s.updateRequestNonce + 1 })),
  reportError: (message) => {
    const error = { message: String(message).slice(0, MAX_ERROR_LENGTH), at: Date.now() }
    set((s) => ({ lastError: error, firstError: s.firstError ?? error }))
  },
})
