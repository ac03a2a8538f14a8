/**
 * The recorder service: subscribes to `venue/+/#` with a persistent session, stores every
 * valid reading, evaluates thresholds into alerts (stored, and published retained on
 * `venue/<scene>/alerts/<id>` while not resolved), prunes old rows and serves the HTTP API.
 */
import type { AddressInfo } from 'node:net'
import mqtt, { type MqttClient } from 'mqtt'
import { alertTopic, type Alert } from '../domain/ops/alerts.ts'
import type { ThresholdConfig } from '../domain/ops/thresholds.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { createAlertEngine } from './alertEngine.ts'
import { createApiServer } from './httpApi.ts'
import { createIngest, type Ingest } from './ingest.ts'
import type { Store } from './store/store.ts'

export const SUBSCRIPTION = 'venue/+/#'
const DAY_MS = 86_400_000
const PRUNE_EVERY_MS = 3_600_000
/** How long an operator's action waits for the broker to take the alert's new state. */
const PUBLISH_WAIT_MS = 3_000

export interface RecorderOptions {
  broker: string
  store: Store
  scenes: ReadonlyMap<string, SceneIndex>
  thresholds: ThresholdConfig
  port: number
  host?: string
  origins: readonly string[]
  retentionDays: number
  /** The broker keeps this client's session (and its QoS 1 backlog) across restarts. */
  clientId: string
  log?: (line: string) => void
}

export interface Recorder {
  port: number
  ingest: Ingest
  close(): Promise<void>
}

export async function startRecorder(o: RecorderOptions): Promise<Recorder> {
  const log = o.log ?? ((l: string) => console.log(l))
  const startedAt = Date.now()
  const engine = createAlertEngine(o.thresholds, await o.store.unresolvedAlerts())
  let client: MqttClient | null = null
  let connected = false

  /**
   * Publishes an alert's state; the promise settles once the broker has it (QoS 1 PUBACK), or
   * after PUBLISH_WAIT_MS when the broker is away (the client sends it on reconnect).
   */
  const publishAlert = (a: Alert): Promise<void> => {
    // Retained while it needs someone; an empty retained payload clears it once resolved.
    const payload = a.status === 'resolved' ? '' : JSON.stringify(a)
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, PUBLISH_WAIT_MS)
      const done = (): void => {
        clearTimeout(timer)
        resolve()
      }
      if (!client) return done()
      client.publish(alertTopic(a.scene, a.id), payload, { qos: 1, retain: true }, done)
    })
  }

  const ingest = createIngest({
    scenes: o.scenes,
    store: o.store,
    alerts: engine,
    // Stored by then. Not awaited: the broker's PUBACK arrives on the connection whose
    // incoming messages wait for this batch.
    onAlert: (a) => {
      log(`recorder: alert ${a.id} level ${a.level} (${a.peakPercent} %)${a.clearedAt !== null ? ' cleared' : ''}`)
      void publishAlert(a)
    },
    onError: (e) => log(`recorder: could not store readings or alerts: ${e.message}`),
  })

  const server = createApiServer({
    store: o.store,
    thresholds: o.thresholds,
    origins: o.origins,
    health: async () => ({
      ok: connected,
      broker: { url: o.broker, connected },
      store: o.store.kind,
      startedAt: new Date(startedAt).toISOString(),
      readings: await o.store.readingCount(),
      ...ingest.counts,
      pending: ingest.pending,
      retentionDays: o.retentionDays,
      scenes: [...o.scenes.keys()],
    }),
    act: async (id, action, by) => {
      // In the write queue, so an alert change decided before this action is stored first
      // and one decided after it builds on it.
      const r = await ingest.serial(async (): Promise<Alert | { error: string; status: number }> => {
        const a = await o.store.alert(id)
        if (!a) return { error: `no alert "${id}"`, status: 404 }
        if (a.status === 'resolved') return { error: `alert "${id}" is already resolved`, status: 409 }
        const at = Date.now()
        const next: Alert =
          action === 'acknowledge'
            ? { ...a, status: 'acknowledged', acknowledgedAt: at, acknowledgedBy: by }
            : { ...a, status: 'resolved', resolvedAt: at, resolvedBy: by, acknowledgedAt: a.acknowledgedAt ?? at, acknowledgedBy: a.acknowledgedBy ?? by }
        await o.store.saveAlert(next)
        engine.updated(next)
        return next
      })
      if ('error' in r) return r
      // Answer once the broker holds the new state: a client asking it next sees no stale alert.
      await publishAlert(r)
      log(`recorder: alert ${id} ${action}d by ${by}`)
      return r
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port, o.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  const c = mqtt.connect(o.broker, { clientId: o.clientId, clean: false, protocolVersion: 4, reconnectPeriod: 1000, connectTimeout: 10_000 })
  client = c
  // Acknowledge QoS 1 messages only once stored (ingest calls `done` after the commit).
  c.handleMessage = (packet, done) => {
    if (packet.qos > 0) ingest.message(packet.topic, packet.payload as Buffer, () => done())
    else {
      ingest.message(packet.topic, packet.payload as Buffer)
      done()
    }
  }
  c.on('connect', (ack) => {
    connected = true
    log(`recorder: connected to ${o.broker}${ack.sessionPresent ? ' (session resumed)' : ''}`)
    if (!ack.sessionPresent) c.subscribe(SUBSCRIPTION, { qos: 1 }, (e) => e && log(`recorder: subscribe failed: ${e.message}`))
  })
  c.on('close', () => (connected = false))
  c.on('error', (e) => log(`recorder: broker error: ${e.message}`))

  const prune = async (): Promise<void> => {
    const removed = await o.store.prune(Date.now() - o.retentionDays * DAY_MS)
    if (removed) log(`recorder: pruned ${removed} readings older than ${o.retentionDays} days`)
  }
  await prune()
  const pruneTimer = setInterval(() => void prune().catch((e: unknown) => log(`recorder: prune failed: ${(e as Error).message}`)), PRUNE_EVERY_MS)
  pruneTimer.unref()

  return {
    port,
    ingest,
    async close() {
      clearInterval(pruneTimer)
      await new Promise<void>((r) => c.end(false, {}, () => r()))
      await ingest.flush()
      await new Promise<void>((r) => server.close(() => r()))
      await o.store.close()
    },
  }
}
