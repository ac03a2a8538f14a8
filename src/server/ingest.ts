/**
 * From MQTT message to stored reading, with the app's own validation (src/domain/live): a
 * message the app would drop is counted here under the same reason and not stored — a reading
 * dated more than two minutes ahead of the recorder's clock too ("future"; a sensor with a wrong
 * clock would otherwise write tomorrow's history).
 *
 * Readings are written in batches: one transaction per flush, not per message. QoS 1 messages
 * are acknowledged to the broker only after their batch is committed, so a recorder killed
 * mid-stream gets every unacknowledged reading again from the broker after its restart.
 *
 * Alert changes go through the same queue: stored, in the order they were decided, before the
 * readings that caused them, then handed on (`onAlert`, which publishes). So a reading that
 * shows in the history has its alert stored, and two writes of one alert never land out of
 * order (a pool of PostgreSQL connections would otherwise let an older state overwrite a newer
 * one). Operators' actions join that queue too (`serial`).
 */
import { DROP_REASONS, MAX_FUTURE_MS, parseLiveMessage } from '../domain/live/parseMessage.ts'
import { MAX_PAYLOAD_CHARS } from '../domain/live/liveMessages.ts'
import { isOpsTopic } from '../domain/live/topics.ts'
import { isSensorTopic, parseSensorMessage, type SensorDropReason } from '../domain/ops/sensors.ts'
import type { Alert } from '../domain/ops/alerts.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { AlertEngine } from './alertEngine.ts'
import type { Reading, Store } from './store/store.ts'

/** Flush when this many readings wait, or after FLUSH_MS, whichever comes first. */
export const BATCH_ROWS = 2000
export const FLUSH_MS = 50

export interface IngestCounts {
  received: number
  stored: number
  invalid: Record<SensorDropReason, number>
  /** Alert topics are the recorder's own: passed over, not counted as invalid. */
  ignored: number
}

export interface Ingest {
  /** One message; `ack` runs once it is safely stored (or dropped). */
  message(topic: string, payload: Buffer | string, ack?: () => void): void
  flush(): Promise<void>
  readonly counts: IngestCounts
  /** Readings waiting for the next flush. */
  readonly pending: number
  /** Run `task` after every write queued so far, before any queued later (alert actions). */
  serial<T>(task: () => Promise<T>): Promise<T>
}

export interface IngestOptions {
  scenes: ReadonlyMap<string, SceneIndex>
  store: Store
  alerts: AlertEngine
  /** An alert change, once stored. */
  onAlert: (alert: Alert) => void
  now?: () => number
  onError?: (e: Error) => void
}

export function createIngest(o: IngestOptions): Ingest {
  const now = o.now ?? Date.now
  const counts: IngestCounts = {
    received: 0,
    stored: 0,
    invalid: Object.fromEntries([...DROP_REASONS, 'unknown-sensor'].map((r) => [r, 0])) as Record<SensorDropReason, number>,
    ignored: 0,
  }
  let batch: Reading[] = []
  let changes: Alert[] = []
  let acks: (() => void)[] = []
  let timer: NodeJS.Timeout | null = null
  let writing: Promise<void> = Promise.resolve()

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer)
    timer = null
    const rows = batch
    const alerts = changes
    const done = acks
    batch = []
    changes = []
    acks = []
    // Batches are written one after another, in arrival order.
    writing = writing.then(async () => {
      try {
        for (const a of alerts) {
          await o.store.saveAlert(a)
          o.onAlert(a)
        }
        if (rows.length) {
          await o.store.insertReadings(rows)
          counts.stored += rows.length
        }
      } catch (e) {
        // Not acknowledged: the broker redelivers QoS 1 messages after a reconnect.
        o.onError?.(e as Error)
        return
      }
      for (const ack of done) ack()
    })
    return writing
  }

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = flush().then(task)
    writing = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  return {
    counts,
    get pending() {
      return batch.length
    },
    flush,
    serial,
    message(topic, payload, ack) {
      const parts = topic.split('/')
      // Alerts are published by the recorder itself: not readings.
      if (isOpsTopic(topic) && !isSensorTopic(topic)) {
        counts.ignored++
        ack?.()
        return
      }
      counts.received++
      const index = o.scenes.get(parts[1] ?? '')
      const text = typeof payload === 'string' ? payload : payload.length > MAX_PAYLOAD_CHARS * 4 ? null : payload.toString('utf8')
      const anyIndex = index ?? o.scenes.values().next().value
      const fail = (reason: SensorDropReason): void => {
        counts.invalid[reason]++
        ack?.()
      }
      if (text === null) return fail('too-large')
      if (!anyIndex) return fail('wrong-scene')
      if (isSensorTopic(topic)) {
        const r = parseSensorMessage(anyIndex, topic, text)
        if (!r.ok) return fail(r.reason)
        if (r.ts > now() + MAX_FUTURE_MS) return fail('future')
        batch.push({ scene: parts[1]!, kind: 'sensor', id: r.sensorId, ts: r.ts, count: r.count, capacity: r.capacity, queue: null })
        return queued(ack)
      }
      const result = parseLiveMessage(anyIndex, topic, text, now())
      if (!result.ok) return fail(result.reason)
      const u = result.update
      const scene = parts[1]!
      if (u.kind === 'occupancy') {
        batch.push({ scene, kind: 'zone', id: u.zoneId, ts: u.ts, count: u.count, capacity: u.capacity, queue: null })
        const changed = o.alerts.reading(scene, u.zoneId, u.count, u.capacity, u.ts)
        if (changed) changes.push(changed)
      } else {
        batch.push({ scene, kind: 'session', id: u.sessionId, ts: u.ts, count: u.seated, capacity: u.capacity, queue: u.queue })
      }
      queued(ack)
    },
  }

  function queued(ack: (() => void) | undefined): void {
    if (ack) acks.push(ack)
    if (batch.length >= BATCH_ROWS || ack) void flush()
    else timer ??= setTimeout(() => void flush(), FLUSH_MS)
  }
}
