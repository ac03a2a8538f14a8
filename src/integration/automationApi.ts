/**
 * `window.venueTwin` (docs/contract.md): the same commands as the UI and the embed protocol, for
 * kiosk operators, testers and the host website.
 */
import { isLang, type Lang } from '../domain/i18n/text.ts'
import { isSelectionKind, type Selection } from '../domain/selection.ts'
import { twinReady } from '../state/readiness.ts'
import type { VenueStore } from '../state/store.ts'
import { focusedLevelId } from '../state/selectors.ts'
import { viewport, type RenderStats } from '../state/viewport.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export const API_VERSION = '1.0.0'

type EventName = 'select' | 'route' | 'ready' | 'error' | 'level'
type Listener = (detail: unknown) => void

export interface RouteResult {
  lengthM: number
  minutes: number
  steps: string[]
  /** The levels the route crosses, in order (one for a route on one level). */
  levels: string[]
}

export interface LevelInfo {
  id: string
  name: string
  shortName: string
  buildingId: string
  ordinal: number
}

export interface VenueTwinApi {
  version: string
  ready: Promise<void>
  scene(): {
    id: string
    zones: { id: string; name: string }[]
    booths: number
    exhibitors: number
    sessions: number
    buildings: { id: string; name: string }[]
    levels: LevelInfo[]
    /** The published revision on screen (manifest.json); null for a scene served as plain files. */
    revision: number | null
  }
  /** The level in view. */
  level(): string | null
  /** Show a level; false for an id the scene does not have. */
  setLevel(levelId: string): boolean
  select(target: Selection | null): void
  selection(): Selection | null
  screenPosition(id: string): { x: number; y: number } | null
  route(from: string, to: string): RouteResult | null
  setLanguage(lang: Lang): void
  on(event: EventName, cb: Listener): () => void
  stats(): RenderStats
}

declare global {
  interface Window {
    venueTwin?: VenueTwinApi
  }
}

export interface AutomationApiOptions {
  /** Wayfinding plugs in here once it exists. */
  route?: (from: string, to: string) => RouteResult | null
}

export function startAutomationApi(store: VenueStore, opts: AutomationApiOptions = {}): Stop {
  const listeners = new Map<EventName, Set<Listener>>()
  const emit = (event: EventName, detail: unknown): void => {
    for (const cb of listeners.get(event) ?? []) {
      try {
        cb(detail)
      } catch (e) {
        console.error('[venue-twin] listener failed', e)
      }
    }
  }
  let resolveReady!: () => void
  const ready = new Promise<void>((r) => (resolveReady = r))
  let isReady = false
  const checkReady = (): void => {
    if (isReady) return
    const s = store.getState()
    if (twinReady(s)) {
      isReady = true
      resolveReady()
      emit('ready', { scene: s.sceneId })
      offReady()
    }
  }
  const offReady = store.subscribe(twinReady, checkReady)
  const offError = store.subscribe(
    (s) => s.failure,
    (f) => f && emit('error', { message: 'message' in f ? f.message : f.kind, failure: f }),
  )
  const offSelect = store.subscribe(
    (s) => s.selection,
    (selection) => emit('select', selection),
  )
  const offLevel = store.subscribe(
    (s) => s.levelId,
    (levelId) => emit('level', { levelId, source: store.getState().levelSource }),
  )

  const api: VenueTwinApi = {
    version: API_VERSION,
    ready,
    scene() {
      const s = store.getState()
      const idx = s.index
      return {
        id: s.sceneId,
        zones: idx ? idx.scene.venue.zones.map((z) => ({ id: z.id, name: z.name[s.lang] })) : [],
        booths: idx?.scene.venue.booths.length ?? 0,
        exhibitors: idx?.scene.exhibitors.length ?? 0,
        sessions: idx?.scene.sessions.length ?? 0,
        buildings: idx ? idx.scene.venue.buildings.map((b) => ({ id: b.id, name: b.name[s.lang] })) : [],
        levels: idx
          ? idx.scene.venue.levels.map((l) => ({ id: l.id, name: l.name[s.lang], shortName: l.shortName[s.lang], buildingId: l.buildingId, ordinal: l.ordinal }))
          : [],
        revision: s.sceneRevision ?? null,
      }
    },
    level() {
      return focusedLevelId(store.getState())
    },
    setLevel(levelId) {
      if (typeof levelId !== 'string') {
        warn(`venueTwin.setLevel: expected a level id, got ${JSON.stringify(levelId)}`)
        return false
      }
      return store.getState().setLevel(levelId, 'api')
    },
    select(target) {
      if (target === null) {
        store.getState().select(null, 'api')
        return
      }
      if (!target || !isSelectionKind(target.kind) || typeof target.id !== 'string') {
        warn(`venueTwin.select: expected { kind: 'zone' | 'booth' | 'exhibitor' | 'session', id } or null, got ${JSON.stringify(target)}`)
        return
      }
      store.getState().select({ kind: target.kind, id: target.id }, 'api')
    },
    selection() {
      const s = store.getState().selection
      return s ? { ...s } : null
    },
    screenPosition(id) {
      return typeof id === 'string' ? (viewport.probe?.screenPosition(id) ?? null) : null
    },
    route(from, to) {
      const r = opts.route?.(from, to) ?? null
      emit('route', r ? { from, to, lengthM: r.lengthM } : null)
      return r
    },
    setLanguage(lang) {
      if (!isLang(lang)) {
        warn(`venueTwin.setLanguage: expected 'en' or 'zh', got ${JSON.stringify(lang)}`)
        return
      }
      store.getState().setLang(lang)
    },
    on(event, cb) {
      if (!['select', 'route', 'ready', 'error', 'level'].includes(event) || typeof cb !== 'function') {
        warn(`venueTwin.on: unknown event ${JSON.stringify(event)}`)
        return () => undefined
      }
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      set.add(cb)
      return () => set.delete(cb)
    },
    stats() {
      return (
        viewport.probe?.stats() ?? { drawCalls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, framesDrawn: 0 }
      )
    },
  }
  Object.defineProperty(window, 'venueTwin', { value: Object.freeze(api), configurable: true, writable: false })
  checkReady()
  return () => {
    offReady()
    offError()
    offSelect()
    offLevel()
    delete window.venueTwin
  }
}
