/**
 * Find: the search box, the directory's filters, and the visitor's starred plan ("My visit").
 * Each of them may light booths in 3D; one at a time does, the most specific first: a search
 * being typed, else active directory filters, else the plan when the visitor asked to see it.
 *
 * The search engine (MiniSearch and its index) is loaded on first use, in its own chunk: the
 * rest of the app does not wait for it.
 */
import type { StateCreator } from 'zustand'
import { runSliced } from '../../data/timeSlice.ts'
import { NO_FILTERS, type DirectoryFacet, type DirectoryFilters, type DirectorySort } from '../../domain/directory/filters.ts'
import { translate } from '../../domain/i18n/messages.ts'
import { zoneOfPlace } from '../../domain/selection.ts'
import type * as EngineModule from '../../domain/search/engine.ts'
import type { SearchEntry, SearchResults } from '../../domain/search/types.ts'
import { toggleStar, type StarKind, type VisitPlan } from '../../domain/visit/stars.ts'
import type { VenueState } from '../store.ts'
import { warn } from '../warn.ts'

export type SearchStatus = 'idle' | 'preparing' | 'ready'
export type LitOwner = 'search' | 'directory' | 'visit'
const OWNERS: readonly string[] = ['search', 'directory', 'visit'] satisfies readonly LitOwner[]
/** Results listed per kind in the search popup. */
export const SEARCH_LIMIT = 6

export interface FindSlice {
  query: string
  searchResults: SearchResults | null
  searchStatus: SearchStatus
  /**
   * In Chinese, the Chinese words and names the pinyin typed so far spells (宁波 for "ningbo"),
   * like an input method's suggestions: the kiosk's keyboard offers them.
   */
  candidates: readonly string[]
  /** Type into the search box (or `?q=`, the embed `search` command): results follow. */
  setQuery: (q: string) => void
  clearQuery: () => void
  /** Start loading the engine and building the index before the first keystroke. */
  prepareSearch: () => Promise<void>
  /** Choose a result: select it, or for a service point, the nearest sensible thing. */
  chooseResult: (entry: SearchEntry) => void

  directoryFilters: DirectoryFilters
  directorySort: DirectorySort
  setDirectoryFilter: (facet: DirectoryFacet, value: string | null) => void
  clearDirectoryFilters: () => void
  setDirectorySort: (sort: DirectorySort) => void

  visit: VisitPlan
  /** "Show in 3D" for the plan. */
  visitShown: boolean
  toggleStar: (kind: StarKind, id: string) => void
  /** Replace the plan (loaded from the device); not a visitor's edit, so not saved back. */
  loadVisit: (plan: VisitPlan) => void
  setVisitShown: (shown: boolean) => void
  /** Bumped by visitor edits of the plan: storage saves on these, never on loads. */
  visitEdits: number
  /** The device's storage refused a write for lack of space: the visitor is told (until dismissed). */
  storageFull: boolean
  setStorageFull: (full: boolean) => void
}

const NONE: readonly string[] = []

type Engine = typeof EngineModule
let engine: Engine | null = null
let engineLoading: Promise<Engine> | null = null
function loadEngine(): Promise<Engine> {
  engineLoading ??= import('../../domain/search/engine.ts').then((m) => (engine = m))
  return engineLoading
}

export const createFindSlice: StateCreator<VenueState, [], [], FindSlice> = (set, get) => {
  // Async: the lighting rules load with the first use (findLighting.ts). Each run reads the state
  // as it is when the code is there, so the latest change wins.
  const relight = (): void => {
    void import('../findLighting.ts').then(({ wantedLight }) => {
      const s = get()
      const want = wantedLight(s, engine)
      // The visitor just asked for this: it replaces any highlight. Clearing only touches ours.
      if (want?.ids) s.setLit(want.ids, want.by)
      else if (s.litBy && OWNERS.includes(s.litBy)) s.clearLit(s.litBy)
    })
  }

  const runSearch = (): void => {
    const { query, index, lang } = get()
    if (!query.trim() || !index) {
      set({ searchResults: null, candidates: NONE })
      relight()
      return
    }
    const built = engine?.builtSearchIndex(index)
    if (engine && built) {
      set({
        searchResults: engine.search(built, query, { lang, limit: SEARCH_LIMIT }),
        searchStatus: 'ready',
        candidates: lang === 'zh' ? engine.chineseCandidates(built, query) : NONE,
      })
      relight()
      return
    }
    set({ searchStatus: 'preparing' })
    void get()
      .prepareSearch()
      .then(() => {
        // Only the latest keystroke matters once the index is there.
        if (get().query === query) runSearch()
      })
  }

  return {
    query: '',
    searchResults: null,
    searchStatus: 'idle',
    candidates: NONE,
    setQuery: (q) => {
      const query = typeof q === 'string' ? q.slice(0, 200) : ''
      if (query === get().query) return
      set({ query })
      runSearch()
    },
    clearQuery: () => get().setQuery(''),
    prepareSearch: async () => {
      const index = get().index
      if (!index) return
      const e = await loadEngine()
      if (e.builtSearchIndex(index)) return
      // In slices of a few tens of milliseconds: the page stays responsive while it builds.
      const built = await e.prepareSearchIndex(index, runSliced)
      if (get().index === index) set({ searchStatus: 'ready' })
      // Pinyin follows from its worker; the search on screen then gains its pinyin matches.
      // Its loader is a chunk of its own too: nothing of pinyin weighs on the first download.
      e.preparePinyin(built, async (names) => (await import('../../data/pinyinIndex.ts')).loadPinyinIndex(names)).then(
        () => {
          if (get().index === index && get().query.trim()) runSearch()
        },
        (err: unknown) => warn(`pinyin search unavailable: ${err instanceof Error ? err.message : String(err)}`),
      )
    },
    chooseResult: (entry) => {
      const s = get()
      if (entry.target) {
        s.select(entry.target, 'user')
        return
      }
      if (entry.kind !== 'service' || !s.index) return
      const name = entry.title[s.lang]
      // A kiosk knows where the visitor stands: show the way there.
      if (s.mode === 'kiosk' && s.kioskId && s.kioskId !== entry.id && s.setRoute(s.kioskId, entry.id)) return
      const zone = zoneOfPlace(s.index, entry.id)
      if (zone) {
        s.select({ kind: 'zone', id: zone }, 'user')
        s.announce(translate(s.lang, 'find.search.serviceIn', { name, zone: s.index.zoneById.get(zone)?.name[s.lang] ?? zone }))
      } else {
        // Service points stand in the aisles: the whole hall shows their markers.
        s.home('user')
        s.announce(translate(s.lang, 'find.search.serviceShown', { name }))
      }
    },

    directoryFilters: NO_FILTERS,
    directorySort: 'name',
    setDirectoryFilter: (facet, value) => {
      set({ directoryFilters: { ...get().directoryFilters, [facet]: value } })
      relight()
    },
    clearDirectoryFilters: () => {
      set({ directoryFilters: NO_FILTERS })
      relight()
    },
    setDirectorySort: (directorySort) => set({ directorySort }),

    visit: { exhibitors: [], sessions: [] },
    visitShown: false,
    visitEdits: 0,
    storageFull: false,
    setStorageFull: (storageFull) => set({ storageFull }),
    toggleStar: (kind, id) => {
      const s = get()
      const exists = kind === 'exhibitor' ? s.index?.exhibitorById.has(id) : s.index?.sessionById.has(id)
      if (!exists) return
      set({ visit: toggleStar(s.visit, kind, id), visitEdits: s.visitEdits + 1 })
      if (get().visitShown) relight()
    },
    loadVisit: (visit) => {
      set({ visit })
      if (get().visitShown) relight()
    },
    setVisitShown: (visitShown) => {
      set({ visitShown })
      relight()
    },
  }
}
