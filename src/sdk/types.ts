/**
 * The public types of the Venue Twin embed SDK. Self-contained on purpose: this file is
 * published verbatim as `sdk/venue-twin-embed.d.ts`, so host projects get types without any
 * of the app's code. test/unit/embed-sdk-types.test.ts keeps it equal to the protocol schemas.
 */

export type Lang = 'en' | 'zh'
export type SelectionKind = 'zone' | 'booth' | 'exhibitor' | 'session'

/** An item in the venue, by its stable id (the ids of the scene files, URLs and QR codes). */
export interface Selection {
  kind: SelectionKind
  id: string
}

/** The answer to `getState()`. */
export interface TwinState {
  selection: Selection | null
  lang: Lang
  /** The scene id, e.g. "wdec-2023". */
  scene: string
  /** The level in view (an id of the scene's `levels`); null only before a venue is in. */
  level: string | null
}

/** The `ready` message: the venue is loaded and drawn; commands are welcome. */
export interface ReadyInfo {
  scene: string
  /** The twin's API version (semver). */
  version: string
  selection: Selection | null
  lang: Lang
  /** The level in view. */
  level: string | null
}

export interface SelectionChange {
  selection: Selection | null
  /** Who changed it: "user" (the visitor, inside the twin), "embed" (this host), "url", … */
  source: string
}

export interface LevelChange {
  levelId: string
  /** Who changed it: "user" (the level switcher), "selection" or "route" (on another level), "embed" (this host), … */
  source: string
}

export interface RouteChange {
  from: string
  to: string
  lengthM: number
}

export interface RouteInfo extends RouteChange {
  minutes: number
  steps: string[]
}

/** The answer to `search(q)`; the twin shows the same results and lights their booths. */
export interface SearchResults {
  q: string
  /** Every match; `results` lists the best few of each kind. */
  total: number
  /** kind: exhibitor, booth, zone, session, speaker or service (a service point). */
  results: { kind: string; id: string; name: string }[]
}

/** Events a host can subscribe to with `twin.on(…)`. */
export interface TwinEvents {
  ready: ReadyInfo
  selectionChange: SelectionChange
  routeChange: RouteChange | null
  /** The level in view changed (venues with several levels). */
  levelChange: LevelChange
  /** A new revision of the venue information is on screen (published without a rebuild). */
  sceneUpdate: { scene: string; revision: number }
  error: { message: string }
}

export interface EmbedOptions {
  /** The twin's address. Default: the twin that served this SDK file. */
  src?: string
  /** Scene id (default: the twin's default scene). */
  scene?: string
  lang?: Lang
  /** Open with this zone selected. */
  zone?: string
  /** How long to wait for `ready` (default 30000 ms). */
  timeoutMs?: number
  /** How long each command waits for its answer (default 10000 ms). */
  requestTimeoutMs?: number
  /** The iframe's accessible name (default: "Venue map" / "场馆地图"). */
  title?: string
}

export interface EmbeddedTwin {
  readonly iframe: HTMLIFrameElement
  /** The twin's origin: the only origin this SDK talks to. */
  readonly origin: string
  /** What the twin reported when it became ready. */
  readonly info: ReadyInfo
  /** Select an item; resolves once the twin shows it, rejects if the id is unknown. */
  select(target: Selection): Promise<Selection>
  clearSelection(): Promise<void>
  search(q: string): Promise<SearchResults>
  route(from: string, to: string): Promise<RouteInfo>
  setLanguage(lang: Lang): Promise<void>
  /** Show a level (an id of the scene's `levels`); rejects for an unknown id. */
  setLevel(levelId: string): Promise<string>
  getState(): Promise<TwinState>
  /** Subscribe to an event; returns the unsubscribe function. */
  on<E extends keyof TwinEvents>(event: E, cb: (payload: TwinEvents[E]) => void): () => void
  /** Remove the iframe and every listener; pending commands reject. */
  destroy(): void
}
