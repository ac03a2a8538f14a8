/**
 * IMDF occupants → exhibitors: through their anchors, an occupant becomes an exhibitor of the
 * booth its unit became (on any imported level); occupants sharing a correlation_id (one
 * exhibitor on several booths) become one exhibitor. Their validity gives the event's days.
 */
import type { LocalizedText } from '../../i18n/text.ts'
import type { Booth, Exhibitor } from '../../scene/schema.ts'
import { resolveCountry } from '../countries.ts'
import { kebabId, type IdAllocator } from '../ids.ts'
import type { Feature } from './geojson.ts'

export interface OccupantInput {
  anchors: readonly Feature[]
  occupants: readonly Feature[]
  /** The venue address's country, as written. */
  addressCountry?: string
  /** `--country`. */
  country?: string
  boothByUnit: ReadonlyMap<string, Booth>
  booths: readonly Booth[]
  /** The unit stands on an imported level (an occupant elsewhere is not counted as skipped). */
  onImportedLevel: (unitId: string) => boolean
  isZone: (unitId: string) => boolean
  text: (labels: unknown, what: string) => LocalizedText | null
  skip: (what: string) => void
  ids: IdAllocator
}

export interface Occupants {
  exhibitors: Exhibitor[]
  validFrom?: string
  validTo?: string
  errors: string[]
  warnings: string[]
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

export function importOccupants(input: OccupantInput): Occupants {
  const { text, skip } = input
  const warnings: string[] = []
  const errors: string[] = []
  const country = input.country ? resolveCountry(input.country) : input.addressCountry ? resolveCountry(input.addressCountry) : null
  const anchorUnit = new Map(input.anchors.map((a) => [String(a.id), str(a.properties.unit_id)]))
  const groups = new Map<string, { name: LocalizedText; boothIds: string[]; website?: string }>()
  let validFrom: string | undefined
  let validTo: string | undefined
  for (const o of input.occupants) {
    const unit = anchorUnit.get(String(o.properties.anchor_id ?? ''))
    const booth = unit ? input.boothByUnit.get(unit) : undefined
    if (!booth) {
      if (!unit || !input.onImportedLevel(unit)) continue
      skip(input.isZone(unit) ? 'occupant of a whole zone (no booth)' : 'occupant without a booth')
      continue
    }
    const name = text(o.properties.name, `occupant ${String(o.id)}`)
    if (!name) {
      skip('occupant without a name')
      continue
    }
    const key = str(o.properties.correlation_id) ?? `name:${name.en}`
    const g = groups.get(key) ?? { name, boothIds: [] }
    if (!g.boothIds.includes(booth.id)) g.boothIds.push(booth.id)
    const website = str(o.properties.website)
    if (website && /^https?:\/\//i.test(website)) g.website = website
    groups.set(key, g)
    const v = o.properties.validity as { start?: unknown; end?: unknown } | null | undefined
    if (v && typeof v.start === 'string' && (!validFrom || v.start < validFrom)) validFrom = v.start
    if (v && typeof v.end === 'string' && (!validTo || v.end > validTo)) validTo = v.end
  }
  if (groups.size && !country)
    errors.push(input.country ? `--country "${input.country}" is not a country code or name` : 'the occupants (exhibitors) need a country and the archive\'s address has none: pass --country CODE (e.g. --country CN)')
  if (groups.size && !input.country && input.addressCountry) warnings.push(`exhibitors take the venue address's country, ${country}; IMDF occupants carry none (--country to change)`)
  const exhibitors: Exhibitor[] = [...groups.values()].map((g) => {
    const labelList = g.boothIds.map((b) => input.booths.find((x) => x.id === b)!.label).join(', ')
    return {
      id: input.ids.fresh(kebabId(g.name.en) ?? 'exhibitor'),
      name: g.name,
      country: country ?? 'ZZ',
      sectors: [],
      boothIds: g.boothIds,
      summary: { en: `Exhibitor at booth ${labelList}.`, zh: `展位 ${labelList}。` },
      ...(g.website ? { website: g.website } : {}),
    }
  })
  return { exhibitors, ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}), errors, warnings }
}

/** "+08:00" → "Etc/GMT-8" (IANA's Etc zones count the other way); null for no or half-hour offsets. */
export function zoneFromOffset(iso: string | undefined): string | null {
  const m = iso ? /([+-])(\d{2}):(\d{2})$/.exec(iso) : null
  if (!m) return iso?.endsWith('Z') ? 'UTC' : null
  if (m[3] !== '00') return null
  const h = Number(m[2])
  if (h === 0) return 'UTC'
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${h}`
}
