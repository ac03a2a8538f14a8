/**
 * What belongs to one deployment rather than to the venue data or the visitor's URL:
 * `venue-twin.config.json` next to index.html. Types and defaults are zod-free (the store and
 * the entry need them); the schema that checks the file is in configSchema.ts.
 */
import type { ThresholdConfig } from '../ops/thresholds.ts'
import type { LiveSource } from '../url/launchParams.ts'

export const CONFIG_FILE = 'venue-twin.config.json'
/** The file the embed allow-list used to live in; still read, with a deprecation warning. */
export const LEGACY_EMBED_CONFIG_FILE = 'embed-config.json'

/** How often an open page asks whether a new revision of its scene was published. */
export const DEFAULT_REVISION_CHECK_SECONDS = 300
/** How long the guided tour, and the kiosk's attract loop that reuses it, stays at each stop. */
export const DEFAULT_TOUR_DWELL_SECONDS = 8

export interface KioskConfig {
  /** `pbkdf2-sha256$…` (npm run config -- kiosk-pin); none = this kiosk has no operator panel. */
  pinHash?: string
}

export interface DeploymentConfig {
  /** Where scene folders are published, relative to index.html or absolute. */
  dataBaseUrl: string
  defaultScene: string
  embed: { allowedOrigins: string[] }
  live: { default: LiveSource; allowedBrokers: string[] }
  kiosks: Record<string, KioskConfig>
  updates: { checkSeconds: number }
  tour: { dwellSeconds: number }
  /** Alert lines per zone (recorder and ops charts); absent = 70 / 85 / 95 % everywhere. */
  thresholds?: ThresholdConfig
  /** The recorder: its URL for browsers, the origins it answers, how long it keeps readings. */
  recorder?: { url?: string | undefined; allowedOrigins: string[]; retentionDays?: number | undefined }
}

export const DEFAULT_CONFIG: DeploymentConfig = {
  dataBaseUrl: 'scenes/',
  defaultScene: 'wdec-2023',
  embed: { allowedOrigins: [] },
  live: { default: { kind: 'sim' }, allowedBrokers: [] },
  kiosks: {},
  updates: { checkSeconds: DEFAULT_REVISION_CHECK_SECONDS },
  tour: { dwellSeconds: DEFAULT_TOUR_DWELL_SECONDS },
}

/** The outcome of reading the file at start: the config in force and what was wrong. */
export interface LoadedConfig {
  config: DeploymentConfig
  /** Problems operators must see (a broken file): safe defaults are in force. */
  errors: string[]
  /** Deprecations and dropped entries: the console. */
  warnings: string[]
}
