/**
 * The control room's feed from the recorder (src/server/): the venue day's history of every
 * zone and session, refreshed each minute, and the alert list, refreshed every few seconds.
 * Acknowledge and resolve go back to the recorder, which keeps who and when. A recorder that
 * does not answer leaves the last data on screen and shows as unreachable; nothing hangs.
 */
import { venueInstant, venueWallClock } from '../domain/live/venueTime.ts'
import type { Alert } from '../domain/ops/alerts.ts'
import type { DaySeries } from '../domain/ops/daySeries.ts'
import { useOpsStore } from '../state/opsStore.ts'
import type { VenueStore } from '../state/store.ts'
import { venueNow } from '../state/liveSelectors.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'
import { decodePayload } from '../data/live/feed.ts'
import { isSensorTopic, parseSensorMessage } from '../domain/ops/sensors.ts'

export const HISTORY_EVERY_MS = 60_000
export const ALERTS_EVERY_MS = 3_000
const TIMEOUT_MS = 10_000

interface HistoryResponse {
  series: Record<string, DaySeries>
  thresholds?: Record<string, [number, number, number]>
}

/** Bucket width for a day of `zones` series: one minute, coarser when there are many. */
export function stepFor(zones: number): number {
  return zones <= 60 ? 60 : zones <= 200 ? 120 : 300
}

/**
 * The recorder named by `recorder=`, else the one in venue-twin.config.json (`recorder.url`),
 * which arrives a moment after the screen.
 */
export function startOpsFeed(store: VenueStore, recorderParam: string | null): Stop {
  if (recorderParam) return startFeed(store, recorderParam)
  let stop: Stop | null = null
  const pick = (s: ReturnType<VenueStore['getState']>): void => {
    if (!stop && s.deployConfig) stop = startFeed(store, s.deployConfig.recorder?.url ?? null)
  }
  const off = store.subscribe(pick)
  pick(store.getState())
  return () => {
    off()
    stop?.()
  }
}

function startFeed(store: VenueStore, recorderUrl: string | null): Stop {
  const ops = useOpsStore
  if (!recorderUrl) {
    ops.setState({ status: 'none' })
    return () => {}
  }
  const base = recorderUrl.replace(/\/+$/, '')
  ops.setState({ recorderUrl: base, status: 'connecting', act: actOnAlert })
  let stopped = false

  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    if (!res.ok) throw new Error(`${res.status} ${(await res.text()).slice(0, 200)}`)
    return (await res.json()) as T
  }
  const failed = (what: string, e: unknown): void => {
    if (stopped) return
    if (ops.getState().status !== 'unreachable') warn(`recorder ${base}: ${what} failed: ${e instanceof Error ? e.message : String(e)}`)
    ops.setState({ status: 'unreachable' })
  }

  const loadHistory = async (): Promise<void> => {
    const s = store.getState()
    const index = s.index
    if (!index) return
    const scene = index.scene.venue.id
    const now = venueNow(s)
    const dayStart = venueInstant(venueWallClock(now, index.scene.venue.timezone).day, 0, index.scene.venue.timezone)
    const step = stepFor(index.scene.venue.zones.length)
    const q = `scene=${encodeURIComponent(scene)}&from=${dayStart}&to=${now + 1}&step=${step}`
    const hasSensors = (index.scene.venue.sensors?.length ?? 0) > 0
    try {
      const [zones, sessions, sensors] = await Promise.all([
        get<HistoryResponse>(`/api/history?${q}`),
        get<HistoryResponse>(`/api/history?${q}&session=`),
        hasSensors ? get<HistoryResponse>(`/api/history?${q}&sensor=`) : Promise.resolve({ series: {} }),
      ])
      if (stopped) return
      ops.setState({ dayStart, zones: zones.series, sessions: sessions.series, sensors: sensors.series, thresholds: zones.thresholds ?? {}, status: 'ok' })
    } catch (e) {
      failed('history', e)
    }
  }
  const loadAlerts = async (): Promise<void> => {
    const s = store.getState()
    if (!s.index) return
    try {
      const r = await get<{ alerts: Alert[] }>(`/api/alerts?scene=${encodeURIComponent(s.index.scene.venue.id)}&from=${ops.getState().dayStart}`)
      if (!stopped) ops.setState({ alerts: r.alerts, status: 'ok' })
    } catch (e) {
      failed('alerts', e)
    }
  }

  const run = (): void => {
    void loadHistory().then(loadAlerts)
  }
  run()
  const offScene = store.subscribe((s, prev) => s.index !== prev.index && run())
  const h = setInterval(() => void loadHistory(), HISTORY_EVERY_MS)
  const a = setInterval(() => void loadAlerts(), ALERTS_EVERY_MS)
  return () => {
    stopped = true
    offScene()
    clearInterval(h)
    clearInterval(a)
    ops.setState({ act: null })
  }
}

/** Acknowledge or resolve an alert as the operator named on the screen. */
async function actOnAlert(id: string, action: 'acknowledge' | 'resolve'): Promise<boolean> {
  const { recorderUrl, operator } = useOpsStore.getState()
  if (!recorderUrl) return false
  try {
    const res = await fetch(`${recorderUrl}/api/alerts/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ by: operator.trim() }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = (await res.json()) as { alert?: Alert; error?: string }
    if (!res.ok || !body.alert) {
      useOpsStore.setState({ actionError: body.error ?? `${res.status}` })
      return false
    }
    const updated = body.alert
    useOpsStore.setState((s) => ({ actionError: null, alerts: s.alerts.map((x) => (x.id === updated.id ? updated : x)) }))
    return true
  } catch (e) {
    useOpsStore.setState({ actionError: e instanceof Error ? e.message : String(e) })
    return false
  }
}

/** Point-sensor readings reach the screen at most this often, like the zones' (live feed). */
const SENSOR_FLUSH_MS = 250

/**
 * The live feed hands the control room the topics visitors pass over; point sensors among them
 * are checked against the scene and kept, newest per sensor, in the ops store. Invalid ones are
 * dropped (the recorder counts them).
 */
export function opsTopicSink(store: VenueStore): (topic: string, payload: string | Uint8Array) => void {
  let pending: Record<string, { count: number; capacity: number; ts: number }> | null = null
  return (topic, payload) => {
    const index = store.getState().index
    if (!index || !isSensorTopic(topic)) return
    const text = decodePayload(payload)
    if (text === null) return
    const r = parseSensorMessage(index, topic, text)
    if (!r.ok) return
    const held = pending?.[r.sensorId] ?? useOpsStore.getState().sensorsLive[r.sensorId]
    if (held && held.ts > r.ts) return
    if (!pending) {
      pending = {}
      setTimeout(() => {
        const add = pending!
        pending = null
        useOpsStore.setState((s) => ({ sensorsLive: { ...s.sensorsLive, ...add } }))
      }, SENSOR_FLUSH_MS)
    }
    pending[r.sensorId] = { count: r.count, capacity: r.capacity, ts: r.ts }
  }
}
