/**
 * The embed protocol's twin side (docs/contract.md "Embed protocol"). Acts only inside a frame:
 * commands are accepted only from `window.parent`, from an allowed origin (same origin always;
 * others from embed-config.json), and are the same store actions as the UI. Messages go only
 * to the parent's verified origin, never to '*'. Everything else is ignored, counted and logged.
 */
import { deploymentConfigOnce } from '../data/deploymentConfig.ts'
import { checkSender, isOriginAllowed, parentOriginHint, parseEmbedConfig, type EmbedConfig } from '../domain/embed/origins.ts'
import { isPublicSuffix } from '../domain/embed/publicSuffix.ts'
import { parseHostMessage, twinMessage, type HostMessage, type ResponsePayloads, type TwinMessageBody } from '../domain/embed/protocol.ts'
import { twinReady } from '../state/readiness.ts'
import { focusedLevelId } from '../state/selectors.ts'
import type { VenueState, VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import { API_VERSION } from './automationApi.ts'
import type { Stop } from './types.ts'

export interface IncomingMessage {
  data: unknown
  origin: string
  source: unknown
}

/** What the bridge needs from the browser; injected so it can be tested without a frame. */
export interface EmbedEnv {
  selfOrigin: string
  /** The parent window, or null when this page is not framed. */
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null
  ancestorOrigins: readonly string[] | null
  referrer: string
  listen(onMessage: (e: IncomingMessage) => void): () => void
  loadConfig(): Promise<{ config: EmbedConfig; warnings: string[] }>
}

export type IgnoreReason = 'not-parent' | 'origin' | 'origin-changed' | 'foreign' | 'version' | 'malformed' | 'overflow'

export interface EmbedStats {
  accepted: number
  ignored: Record<IgnoreReason, number>
  sent: number
}

/** At most this many warnings, so a chatty page cannot flood the console. */
const MAX_WARNINGS = 20
/** Messages kept while the allow-list or the scene is still loading. */
const MAX_QUEUED = 100
/** A search answers once the engine has loaded and run; never later than this. */
const SEARCH_TIMEOUT_MS = 15_000

export function startEmbed(store: VenueStore): Stop {
  if (window.parent === window) return () => undefined
  return createEmbedBridge(store, browserEnv()).stop
}

function browserEnv(): EmbedEnv {
  return {
    selfOrigin: location.origin,
    parent: window.parent,
    ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : null,
    referrer: document.referrer,
    listen(onMessage) {
      const handler = (e: MessageEvent): void => onMessage({ data: e.data, origin: e.origin, source: e.source })
      window.addEventListener('message', handler)
      return () => window.removeEventListener('message', handler)
    },
    // The allow-list is venue-twin.config.json `embed.allowedOrigins` (or the deprecated embed-config.json).
    loadConfig: async () => {
      const parsed = parseEmbedConfig({ allowedOrigins: (await deploymentConfigOnce()).config.embed.allowedOrigins }, { isPublicSuffix })
      return { config: parsed.config, warnings: [...parsed.warnings, ...parsed.cautions] }
    },
  }
}

export function createEmbedBridge(store: VenueStore, env: EmbedEnv): { stop: Stop; stats: EmbedStats } {
  const stats: EmbedStats = {
    accepted: 0,
    ignored: { 'not-parent': 0, origin: 0, 'origin-changed': 0, foreign: 0, version: 0, malformed: 0, overflow: 0 },
    sent: 0,
  }
  const parent = env.parent
  if (!parent) return { stop: () => undefined, stats }

  let config: EmbedConfig | null = null
  const hint = parentOriginHint(env.ancestorOrigins, env.referrer)
  /** Where messages go. Trusted once the browser vouched for it (ancestorOrigins or a received message). */
  let parentOrigin: string | null = hint?.origin ?? null
  let parentTrusted = hint?.trusted ?? false
  let readySentTo: string | null = null
  let warnings = 0
  const unchecked: IncomingMessage[] = []
  const waitingForScene: HostMessage[] = []
  const cleanups = new Set<Stop>()

  const say = (message: string): void => {
    warnings++
    if (warnings <= MAX_WARNINGS) warn(`embed: ${message}`)
    if (warnings === MAX_WARNINGS) warn('embed: further ignored messages are counted without a warning')
  }
  const ignore = (reason: IgnoreReason, origin: string, detail: string): void => {
    stats.ignored[reason]++
    const total = Object.values(stats.ignored).reduce((a, b) => a + b, 0)
    say(`ignored a message from ${origin || 'an unknown origin'}: ${detail} (${total} ignored so far)`)
  }

  const canPost = (): boolean => !!config && parentOrigin !== null && isOriginAllowed(parentOrigin, env.selfOrigin, config)
  const post = (body: TwinMessageBody): void => {
    if (!canPost()) return
    try {
      parent.postMessage(twinMessage(body), parentOrigin!)
      stats.sent++
    } catch (e) {
      say(`could not post ${body.type}: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  const sendReady = (): void => {
    if (!twinReady(store.getState()) || !canPost() || readySentTo === parentOrigin) return
    const s = store.getState()
    post({
      type: 'ready',
      payload: { scene: s.sceneId, version: API_VERSION, selection: s.selection ? { ...s.selection } : null, lang: s.lang, level: focusedLevelId(s) },
    })
    readySentTo = parentOrigin
  }
  const afterReady = (body: TwinMessageBody): void => {
    // Events before `ready` would reach a host that is not listening yet; `ready` carries the state.
    if (readySentTo !== null) post(body)
  }

  /** A host waiting for `ready` learns at once that it will not come. */
  const postFailure = (): void => {
    const f = store.getState().failure
    if (f) post({ type: 'error', payload: { message: `the venue failed to load: ${'message' in f ? f.message : f.kind}` } })
  }

  const respond = <T extends keyof ResponsePayloads>(m: Extract<HostMessage, { type: T }>, payload: ResponsePayloads[T]): void => {
    if (m.id !== undefined) post({ type: 'response', id: m.id, payload: payload as Record<string, unknown> })
  }
  const fail = (m: HostMessage, message: string): void => {
    warn(`embed: ${m.type} failed: ${message}`)
    post(m.id !== undefined ? { type: 'error', id: m.id, payload: { message } } : { type: 'error', payload: { message } })
  }

  const execute = (m: HostMessage): void => {
    const s = store.getState()
    // Commands wait for the venue; a route also for the wayfinding code, so it answers for real.
    const held = s.loadStatus !== 'ready' || (m.type === 'route' && s.routingStatus === 'loading')
    if (m.type !== 'hello' && m.type !== 'getState' && m.type !== 'setLanguage' && held) {
      if (s.loadStatus === 'error') fail(m, 'the venue failed to load')
      else if (waitingForScene.length < MAX_QUEUED) waitingForScene.push(m)
      else ignore('overflow', parentOrigin ?? '', 'too many commands before the venue loaded')
      return
    }
    switch (m.type) {
      case 'hello':
        sendReady()
        return
      case 'select': {
        const selection = { kind: m.payload.kind, id: m.payload.id }
        if (s.select(selection, 'embed')) respond(m, { selection })
        else fail(m, `there is no ${m.payload.kind} "${m.payload.id}" in this venue`)
        return
      }
      case 'clearSelection':
        s.select(null, 'embed')
        respond(m, { selection: null })
        return
      case 'setLanguage': {
        // Answered once the language is in place (its interface text may still be downloading).
        const lang = m.payload.lang
        void s.switchLang(lang).then(() => (store.getState().lang === lang ? respond(m, { lang }) : fail(m, `the language did not change to ${lang}`)))
        return
      }
      case 'getState':
        respond(m, { selection: s.selection ? { ...s.selection } : null, lang: s.lang, scene: s.sceneId, level: focusedLevelId(s) })
        return
      case 'setLevel': {
        // The level switcher's own action; the change reaches the host as levelChange.
        const { levelId } = m.payload
        if (s.setLevel(levelId, 'embed')) respond(m, { levelId })
        else fail(m, `there is no level "${levelId}" in this venue`)
        return
      }
      case 'search':
        // The search box's own action: results show (and light up) in the twin as well.
        s.setQuery(m.payload.q)
        whenSearched(m.payload.q, (st) => {
          if (!st) return fail(m, `the search for "${m.payload.q}" was replaced by a newer one or did not finish`)
          const results = st.searchResults?.groups.flatMap((g) => g.hits.map((h) => ({ kind: h.entry.kind, id: h.entry.id, name: h.entry.title[st.lang] }))) ?? []
          respond(m, { q: m.payload.q, total: st.searchResults?.total ?? 0, results })
        })
        return
      case 'route': {
        const { from, to } = m.payload
        // The directions panel's own action; the drawn route reaches the host as routeChange.
        const r = s.setRoute(from, to, { source: 'embed' })
        const lang = store.getState().lang
        if (r) respond(m, { from, to, lengthM: r.lengthM, minutes: r.minutes, steps: r.steps.map((step) => step.text[lang]) })
        else if (store.getState().routeFrom === from && store.getState().routeTo === to) fail(m, `there is no walkable route from "${from}" to "${to}"`)
        else fail(m, `"${from}" → "${to}": both must be places in this venue (zone, booth, exhibitor, session, service point or kiosk)`)
        return
      }
    }
  }

  /** Call back once the store holds results for `q` (or null if they never come). */
  const whenSearched = (q: string, done: (s: VenueState | null) => void): void => {
    const ready = (st: VenueState): boolean => st.query === q && (!q.trim() || st.searchResults?.query === q.trim())
    const wanted = (st: VenueState): boolean => st.query === q
    if (ready(store.getState())) return done(store.getState())
    let timer: ReturnType<typeof setTimeout> | undefined = undefined
    const finish = (st: VenueState | null): void => {
      off()
      clearTimeout(timer)
      cleanups.delete(cancel)
      done(st)
    }
    const off = store.subscribe((st) => {
      if (ready(st)) finish(st)
      else if (!wanted(st)) finish(null)
    })
    const cancel = (): void => {
      off()
      clearTimeout(timer)
    }
    timer = setTimeout(() => finish(null), SEARCH_TIMEOUT_MS)
    cleanups.add(cancel)
  }

  const handle = (e: IncomingMessage): void => {
    const cfg = config!
    const verdict = checkSender({
      fromParent: e.source === parent,
      origin: e.origin,
      selfOrigin: env.selfOrigin,
      config: cfg,
      knownParentOrigin: parentTrusted ? parentOrigin : null,
    })
    if (!verdict.accept) {
      const why =
        verdict.reason === 'not-parent'
          ? 'it did not come from the parent window'
          : verdict.reason === 'origin'
            ? 'its origin is not on the allow-list (venue-twin.config.json embed.allowedOrigins)'
            : `the parent's origin is ${parentOrigin}`
      ignore(verdict.reason, e.origin, why)
      return
    }
    const parsed = parseHostMessage(e.data)
    if (!parsed.ok) {
      ignore(parsed.kind, e.origin, parsed.reason)
      return
    }
    stats.accepted++
    // The browser vouches for event.origin: from now on this is where the parent lives.
    parentOrigin = e.origin
    parentTrusted = true
    execute(parsed.message)
  }

  cleanups.add(
    env.listen((e) => {
      if (config) handle(e)
      // Before the allow-list is in, only the parent's messages wait for it: anything else (a
      // sibling frame, a popup, an ad) would otherwise fill the queue and crowd the host out.
      else if (e.source !== parent) ignore('not-parent', e.origin, 'it did not come from the parent window')
      else if (unchecked.length < MAX_QUEUED) unchecked.push(e)
      else ignore('overflow', e.origin, 'too many messages before the allow-list loaded')
    }),
  )

  let stopped = false
  void env.loadConfig().then(({ config: loaded, warnings: configWarnings }) => {
    if (stopped) return
    configWarnings.forEach((w) => warn(w))
    config = loaded
    if (parentOrigin !== null && !isOriginAllowed(parentOrigin, env.selfOrigin, loaded))
      say(`not talking to the page that frames this twin (${parentOrigin}): its origin is not on the allow-list (venue-twin.config.json embed.allowedOrigins)`)
    for (const e of unchecked.splice(0)) handle(e)
    postFailure()
    sendReady()
  })

  const subscriptions = [
    store.subscribe(
      (s) => [s.loadStatus, s.routingStatus, twinReady(s)] as const,
      () => {
        if (store.getState().loadStatus !== 'loading') for (const m of waitingForScene.splice(0)) execute(m)
        sendReady()
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
    ),
    store.subscribe(
      (s) => s.selection,
      (selection) => afterReady({ type: 'selectionChange', payload: { selection: selection ? { ...selection } : null, source: store.getState().selectionSource } }),
    ),
    store.subscribe((s) => s.failure, postFailure),
    store.subscribe(
      (s) => s.sceneRevision,
      (revision, before) => {
        if (revision !== null && before !== null) afterReady({ type: 'sceneUpdate', payload: { scene: store.getState().sceneId, revision } })
      },
    ),
    // The level in view, whoever changed it (focusedLevelId: a venue that just loaded is on its first level, not "none").
    store.subscribe(focusedLevelId, (levelId) => {
      if (levelId) afterReady({ type: 'levelChange', payload: { levelId, source: store.getState().levelSource } })
    }),
    // Every drawn or cleared route, whoever asked for it: the host, the visitor, a link.
    store.subscribe(
      (s) => s.route,
      (r) => afterReady({ type: 'routeChange', payload: r ? { from: r.from, to: r.to, lengthM: r.lengthM } : null }),
    ),
  ]
  subscriptions.forEach((off) => cleanups.add(off))

  return {
    stats,
    stop: () => {
      stopped = true
      cleanups.forEach((c) => c())
    },
  }
}
