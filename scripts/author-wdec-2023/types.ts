/** Shapes of the curated data modules; the builder turns them into schema types. */
import type { LocalizedText } from '../../src/domain/i18n/text.ts'
import type { SectorId } from './sectors.ts'

export type Text = LocalizedText

export interface ExhibitorEntry {
  /** Becomes the exhibitor id; stable, kebab-case. */
  slug: string
  name: Text
  /** ISO 3166-1 alpha-2. */
  country: string
  sectors: SectorId[]
  /** Printed booth labels (e.g. "A08"); the builder checks they lie in this file's zone. */
  booths: string[]
  summary: Text
  /** Omitted: https://www.<slug>.example. `false`: no website is published. */
  website?: string | false
  /** A PNG in the scene folder (scripts/draw-logos.ts draws the showcases' marks). */
  logo?: string
}

export interface SpeakerEntry {
  name: Text
  affiliation?: Text
}

export type EventDay = '2023-10-13' | '2023-10-14' | '2023-10-15'

export interface SessionEntry {
  /** Becomes the session id; stable, kebab-case. */
  slug: string
  kind: 'ceremony' | 'forum' | 'exhibition' | 'investment' | 'consumption'
  day: EventDay
  /** Local time in Asia/Shanghai, "HH:MM". */
  start: string
  end: string
  /** A zone, booth, POI or kiosk id. */
  location: string
  title: Text
  summary: Text
  speakers: SpeakerEntry[]
}
