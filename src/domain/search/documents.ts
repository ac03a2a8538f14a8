/**
 * The scene flattened into search entries (what a result points at), the text MiniSearch
 * indexes for them, and the facets (countries, sectors, kinds of place) a query can name.
 */
import { translate, type BilingualKey } from '../i18n/messages.ts'
import type { LocalizedText } from '../i18n/text.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import type { Session } from '../scene/schema.ts'
import { drain, sortSteps, type Steps } from '../steps.ts'
import { countryNames } from './countryNames.ts'
import { normalize, normalizeLabel } from './tokenize.ts'
import type { SearchEntry } from './types.ts'

/** The indexed text of one entry. Field names are the MiniSearch fields. */
export interface SearchDoc {
  /** The entry's position in SceneDocs.entries: numbers keep the hot path free of string hashing. */
  id: number
  /** Names in both languages. */
  name: string
  /** Speakers and affiliations. */
  people: string
}

/** Descriptions: searched only when names find little (see `search`). */
export interface SummaryDoc {
  id: number
  summary: string
}

/**
 * Something a query can name that many entries share: a country ("Germany", "德国", "DE"),
 * a sector, a kind of zone, session or service point ("restroom", "洗手间").
 */
export interface Facet {
  /** Normalized names, both languages. */
  names: readonly string[]
  /** Codes matched only whole ("de" is Germany, "d" is not). */
  codes: readonly string[]
  entries: readonly SearchEntry[]
}

export interface SceneDocs {
  entries: SearchEntry[]
  docs: SearchDoc[]
  summaries: SummaryDoc[]
  facets: Facet[]
}

const both = (t: LocalizedText | undefined): string => (t ? `${t.en} ${t.zh}` : '')
const names = (t: LocalizedText): string[] => [...new Set([normalize(t.en).trim(), normalize(t.zh).trim()])]
// Both languages at once, before either language's table is loaded: only always-bundled keys.
const localized = (key: BilingualKey, vars?: Record<string, string>): LocalizedText => ({
  en: translate('en', key, vars),
  zh: translate('zh', key, vars),
})

export function speakerKey(name: LocalizedText): string {
  return normalize(name.en).replace(/[^\p{L}\p{N}]+/gu, '-')
}

/** Entries handled between two yields of `sceneDocumentsSteps`. */
const ENTRIES_PER_STEP = 128

class FacetBuilder {
  private readonly byKey = new Map<string, { names: string[]; codes: string[]; entries: SearchEntry[] }>()
  add(key: string, text: LocalizedText, codes: string[], entry: SearchEntry): void {
    let f = this.byKey.get(key)
    if (!f) this.byKey.set(key, (f = { names: names(text), codes: codes.map(normalize), entries: [] }))
    f.entries.push(entry)
  }
  *buildSteps(): Steps<Facet[]> {
    // Listed by name, so the first hits of a facet read like a directory page. Normalized
    // names compared plainly: a collator over 70,000 names costs a second per venue load.
    for (const f of this.byKey.values()) {
      // A country's facet can hold most of a 70,000-exhibitor venue: a slice at a time.
      const keyed: (readonly [string, SearchEntry])[] = []
      for (const e of f.entries) {
        keyed.push([e.names[0] ?? '', e])
        if (keyed.length % ENTRIES_PER_STEP === 0) yield
      }
      yield* sortSteps(keyed, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      const sorted: SearchEntry[] = []
      for (const k of keyed) {
        sorted.push(k[1])
        if (sorted.length % ENTRIES_PER_STEP === 0) yield
      }
      f.entries = sorted
      yield
    }
    return [...this.byKey.values()]
  }
}

export function sceneDocuments(index: SceneIndex): SceneDocs {
  return drain(sceneDocumentsSteps(index))
}

/** The same documents, in steps (see ../steps.ts): one per exhibitor, booth, session… */
export function* sceneDocumentsSteps(index: SceneIndex): Steps<SceneDocs> {
  const { scene } = index
  const entries: SearchEntry[] = []
  const docs: SearchDoc[] = []
  const summaries: SummaryDoc[] = []
  const facets = new FacetBuilder()
  /** True every ENTRIES_PER_STEP entries: time for the caller to yield. */
  const add = (entry: SearchEntry, doc: Omit<SearchDoc, 'id'> | null, summary?: LocalizedText): boolean => {
    const id = entries.push(entry) - 1
    if (doc) docs.push({ id, ...doc })
    if (summary) summaries.push({ id, summary: both(summary) })
    return id % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1
  }
  const sectorName = new Map(scene.sectors.map((s) => [s.id, s.name]))
  const boothAt = (locationId: string): string[] => (index.boothById.has(locationId) ? [locationId] : [])

  for (const e of scene.exhibitors) {
    const labels = e.boothIds.map((b) => index.boothById.get(b)?.label).filter((l): l is string => !!l)
    const entry: SearchEntry = {
      key: `exhibitor:${e.id}`,
      kind: 'exhibitor',
      id: e.id,
      title: e.name,
      boothIds: e.boothIds,
      target: { kind: 'exhibitor', id: e.id },
      sessionIds: [],
      names: names(e.name),
      labels: labels.map(normalizeLabel),
    }
    const pause = add(entry, { name: both(e.name), people: '' }, e.summary)
    facets.add(`country:${e.country}`, countryNames(e.country), [e.country], entry)
    for (const s of e.sectors) {
      const name = sectorName.get(s)
      if (name) facets.add(`sector:${s}`, name, [], entry)
    }
    if (pause) yield
  }

  // Booths are found by label (see SearchIndex.labels), not by words.
  for (const b of scene.venue.booths) {
    const pause = add(
      {
        key: `booth:${b.id}`,
        kind: 'booth',
        id: b.id,
        title: localized('panel.booth', { label: b.label }),
        boothIds: [b.id],
        target: { kind: 'booth', id: b.id },
        sessionIds: [],
        names: [],
        labels: [normalizeLabel(b.label)],
      },
      null,
    )
    if (pause) yield
  }

  for (const z of scene.venue.zones) {
    const entry: SearchEntry = {
      key: `zone:${z.id}`,
      kind: 'zone',
      id: z.id,
      title: z.name,
      boothIds: [],
      target: { kind: 'zone', id: z.id },
      sessionIds: [],
      names: names(z.name),
      labels: [],
    }
    add(entry, { name: both(z.name), people: '' }, z.summary)
    facets.add(`zone-kind:${z.kind}`, localized(`panel.kind.${z.kind}`), [], entry)
  }

  const bySpeaker = new Map<string, { name: LocalizedText; affiliations: LocalizedText[]; sessions: Session[] }>()
  const sessions = [...scene.sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
  for (const s of sessions) {
    const entry: SearchEntry = {
      key: `session:${s.id}`,
      kind: 'session',
      id: s.id,
      title: s.title,
      boothIds: boothAt(s.locationId),
      target: { kind: 'session', id: s.id },
      sessionIds: [s.id],
      names: names(s.title),
      labels: [],
    }
    const pause = add(entry, { name: both(s.title), people: s.speakers.map((p) => `${both(p.name)} ${both(p.affiliation)}`).join(' ') }, s.summary)
    facets.add(`session-kind:${s.kind}`, localized(`session.kind.${s.kind}`), [], entry)
    for (const p of s.speakers) {
      const key = speakerKey(p.name)
      const known = bySpeaker.get(key) ?? { name: p.name, affiliations: [], sessions: [] }
      if (p.affiliation && !known.affiliations.some((a) => a.en === p.affiliation!.en)) known.affiliations.push(p.affiliation)
      if (!known.sessions.includes(s)) known.sessions.push(s)
      bySpeaker.set(key, known)
    }
    if (pause) yield
  }

  for (const [key, sp] of bySpeaker) {
    const pause = add(
      {
        key: `speaker:${key}`,
        kind: 'speaker',
        id: key,
        title: sp.name,
        boothIds: sp.sessions.flatMap((s) => boothAt(s.locationId)),
        target: sp.sessions[0] ? { kind: 'session', id: sp.sessions[0].id } : null,
        sessionIds: sp.sessions.map((s) => s.id),
        names: names(sp.name),
        labels: [],
      },
      { name: both(sp.name), people: sp.affiliations.map(both).join(' ') },
    )
    if (pause) yield
  }

  for (const p of scene.venue.pois) {
    const entry: SearchEntry = { key: `service:${p.id}`, kind: 'service', id: p.id, title: p.name, boothIds: [], target: null, sessionIds: [], names: names(p.name), labels: [] }
    add(entry, { name: both(p.name), people: '' })
    facets.add(`poi-kind:${p.kind}`, localized(`poi.${p.kind}`), [], entry)
  }
  for (const k of scene.venue.kiosks) {
    const entry: SearchEntry = { key: `service:${k.id}`, kind: 'service', id: k.id, title: k.name, boothIds: [], target: null, sessionIds: [], names: names(k.name), labels: [] }
    add(entry, { name: both(k.name), people: '' })
    facets.add('kiosk', localized('kiosk.label'), [], entry)
  }
  yield
  return { entries, docs, summaries, facets: yield* facets.buildSteps() }
}
