/**
 * The live feed edge: runs the chosen source (sim | off | a trusted ws(s) broker), validates every
 * message against the loaded scene, coalesces bursts and applies them to the store at most
 * about four times a second — one store update per flush, so the 3D view redraws at most a
 * few times a second however fast messages arrive.
 */
import { deploymentConfigOnce } from '../data/deploymentConfig.ts'
import { yieldToMain } from '../data/timeSlice.ts'
import { createMqttFeed } from '../data/live/mqttFeed.ts'
import { createSimFeed } from '../data/live/simFeed.ts'
import { decodePayload, offFeed, type LiveFeed } from '../data/live/feed.ts'
import { chooseLiveSource } from '../domain/config/brokers.ts'
import { createCoalescer, FLUSH_INTERVAL_MS, nextFlushDelay } from '../domain/live/coalesce.ts'
import { MAX_PAYLOAD_CHARS, parseLiveMessage, type DropReason, type ParseResult } from '../domain/live/parseMessage.ts'
import { isOpsTopic } from '../domain/live/topics.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { LiveSource } from '../domain/url/launchParams.ts'
import { venueNow } from '../state/liveSelectors.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'
import { liveApply, liveConfigure, liveRefresh, liveSetConnection } from '../state/liveActions.ts'

export interface LiveOptions {
  flushMs?: number
  /** Swap the feed (tests). */
  feedFor?: (index: SceneIndex) => LiveFeed
  /** Whether the page is hidden, and how to hear when that changes (tests; the document otherwise). */
  visibility?: PageVisibility
  /** The broker's host when it is not the deployment's default source: the indicator names it. */
  foreignHost?: string | null
  /** Alert and point-sensor topics, which visitors pass over (the control room reads sensors). */
  onOpsTopic?: (topic: string, payload: string | Uint8Array) => void
}

export interface PageVisibility {
  hidden(): boolean
  onChange(listener: () => void): Stop
}

const documentVisibility: PageVisibility = {
  hidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  onChange(listener) {
    if (typeof document === 'undefined') return () => undefined
    document.addEventListener('visibilitychange', listener)
    return () => document.removeEventListener('visibilitychange', listener)
  },
}

/** One console line per drop reason at most every 10 s: a broken publisher must not flood the console. */
const WARN_EVERY_MS = 10_000

/**
 * What the page was opened with (`live=`, or nothing) checked against the deployment's trusted
 * brokers, which is why the feed waits for the settings file: a refused broker gets a notice
 * and a console warning, and the deployment's default source runs instead.
 */
export async function startTrustedLive(store: VenueStore, requested: LiveSource | null, opts: Pick<LiveOptions, 'onOpsTopic'> = {}): Promise<Stop> {
  const choice = chooseLiveSource(requested, (await deploymentConfigOnce()).config.live)
  // The settings' other readers go on in this task: the feed's first full picture takes a task of its own.
  await yieldToMain()
  if (choice.refusedHost) {
    warn(`Ignoring live=${choice.refusedHost}: not in this site's live.allowedBrokers (venue-twin.config.json); using its default source`)
    store.getState().showNotice({ id: 'live-refused', key: 'live.refused', vars: { host: choice.refusedHost }, tone: 'info' })
  }
  return startLive(store, choice.source, { ...opts, foreignHost: choice.foreignHost })
}

export function startLive(store: VenueStore, source: LiveSource, opts: LiveOptions = {}): Stop {
  const flushMs = opts.flushMs ?? FLUSH_INTERVAL_MS
  const clock = (): number => venueNow(store.getState())
  liveConfigure(store, source.kind, source.kind === 'mqtt' ? source.url : null, clock())
  store.setState({ liveForeignHost: opts.foreignHost ?? null })
  if (source.kind === 'off' && !opts.feedFor) return () => undefined

  const feedFor =
    opts.feedFor ??
    ((index: SceneIndex): LiveFeed =>
      source.kind === 'sim' ? createSimFeed(index, clock) : source.kind === 'mqtt' ? createMqttFeed(source.url, index.scene.venue.id, { warn }) : offFeed)

  let stopRun: Stop | null = null
  const run = (index: SceneIndex): Stop => {
    const coalescer = createCoalescer()
    const lastWarn = new Map<DropReason, { at: number; suppressed: number }>()
    let timer: ReturnType<typeof setTimeout> | null = null
    let lastFlush: number | null = null

    const flush = (): void => {
      timer = null
      lastFlush = performance.now()
      const batch = coalescer.drain()
      if (batch) liveApply(store, batch, clock())
    }
    const schedule = (): void => {
      if (timer === null) timer = setTimeout(flush, nextFlushDelay(lastFlush, performance.now(), flushMs))
    }
    const warnDrop = (topic: string, r: Extract<ParseResult, { ok: false }>): void => {
      const now = performance.now()
      const w = lastWarn.get(r.reason)
      if (w && now - w.at < WARN_EVERY_MS) {
        w.suppressed++
        return
      }
      const more = w?.suppressed ? ` (and ${w.suppressed} more like it)` : ''
      lastWarn.set(r.reason, { at: now, suppressed: 0 })
      warn(`Ignoring live message on ${topic.slice(0, 120)}: ${r.reason}: ${r.detail}${more}`)
    }

    const stopFeed = feedFor(index).start({
      message(topic, payload) {
        if (isOpsTopic(topic)) return opts.onOpsTopic?.(topic, payload)
        const text = decodePayload(payload)
        const result: ParseResult =
          text === null ? { ok: false, reason: 'too-large', detail: `more than ${MAX_PAYLOAD_CHARS} characters` } : parseLiveMessage(index, topic, text, clock())
        coalescer.add(result, topic, clock())
        if (!result.ok) warnDrop(topic, result)
        schedule()
      },
      status(state) {
        liveSetConnection(store, state)
      },
    })
    // Staleness moves with the clock even when no message comes: re-check every second.
    const refresh = setInterval(() => liveRefresh(store, clock()), 1000)
    return () => {
      stopFeed()
      clearInterval(refresh)
      if (timer !== null) clearTimeout(timer)
    }
  }

  // A hidden tab (a phone in a pocket, a background tab) neither simulates, listens nor redraws:
  // the feed stops and starts afresh, with the full picture, when the page shows again.
  const visibility = opts.visibility ?? documentVisibility
  let runningFor: SceneIndex | null = null
  const startFor = (index: SceneIndex | null): void => {
    // A new revision of the running scene keeps what is shown until the feed speaks again:
    // the readings stay on screen instead of blinking away and back.
    const newRevision = stopRun !== null && runningFor !== null && index !== null && index !== runningFor
    stopRun?.()
    stopRun = null
    runningFor = null
    if (!index || visibility.hidden()) return
    if (!newRevision) liveConfigure(store, source.kind, source.kind === 'mqtt' ? source.url : null, clock())
    stopRun = run(index)
    runningFor = index
  }
  const unsubscribe = store.subscribe((s) => s.index, startFor)
  const offVisibility = visibility.onChange(() => {
    const paused = stopRun === null
    if (visibility.hidden() !== paused) startFor(store.getState().index)
  })
  startFor(store.getState().index)
  return () => {
    unsubscribe()
    offVisibility()
    stopRun?.()
    stopRun = null
  }
}
