import type { StateCreator } from 'zustand'
import type { DeploymentConfig } from '../../domain/config/deploymentConfig.ts'
import type { MessageKey } from '../../domain/i18n/messages.ts'
import type { VenueState } from '../store.ts'

/** A short notice over the view (a new revision, a refused broker, a broken settings file). */
export interface SiteNotice {
  /** One notice per id: a newer one replaces it. */
  id: string
  key: MessageKey
  vars?: Record<string, string | number>
  /** Counted parts joined into `{summary}` ("2 sessions moved, 1 exhibitor added"). */
  parts?: { one: MessageKey; other: MessageKey; n: number }[]
  /** Operators' problems stay until dismissed; the others go by themselves. */
  tone: 'info' | 'problem'
}

/**
 * The deployment's settings (venue-twin.config.json), checked in the scene worker and put here
 * after the first view. `null` until then: edges that need them (kiosk PIN, live brokers,
 * embedding) wait for them.
 */
export interface DeploySlice {
  deployConfig: DeploymentConfig | null
  /** A broken settings file: what is wrong, shown on screen for operators; safe defaults in force. */
  configErrors: string[]
  notices: SiteNotice[]
  setDeployConfig: (config: DeploymentConfig, errors: string[]) => void
  showNotice: (notice: SiteNotice) => void
  dismissNotice: (id: string) => void
}

export const createDeploySlice: StateCreator<VenueState, [], [], DeploySlice> = (set) => ({
  deployConfig: null,
  configErrors: [],
  notices: [],
  setDeployConfig: (deployConfig, configErrors) =>
    set((s) => ({
      deployConfig,
      configErrors,
      notices: configErrors.length
        ? [...s.notices.filter((n) => n.id !== 'config'), { id: 'config', key: 'publish.configBroken', vars: { detail: configErrors[0]! }, tone: 'problem' }]
        : s.notices,
    })),
  showNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
