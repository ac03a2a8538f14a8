/**
 * `live=ws(s)://…`: MQTT over WebSocket with mqtt.js, loaded on demand so visitors who never
 * use a broker never download it. Reconnects with exponential backoff (1 s … 15 s, jittered)
 * and reports the connection state; subscribes to the scene's topics on every (re)connect.
 * Speaks MQTT 5 (mosquitto ≥ 1.6, EMQX, HiveMQ and the cloud brokers do) for its packet cap.
 */
import { reconnectDelay } from '../../domain/live/backoff.ts'
import { MAX_PAYLOAD_CHARS } from '../../domain/live/liveMessages.ts'
import { sceneSubscription } from '../../domain/live/topics.ts'
import type { LiveFeed } from './feed.ts'

/** The slice of mqtt.js this feed uses (so tests can pass a fake). */
export interface MqttLikeClient {
  on(event: 'connect' | 'close' | 'offline', cb: () => void): unknown
  on(event: 'error', cb: (e: Error) => void): unknown
  on(event: 'message', cb: (topic: string, payload: Uint8Array) => void): unknown
  subscribe(topic: string, opts: { qos: 0 | 1 | 2 }, cb?: (err: Error | null) => void): unknown
  reconnect(): unknown
  end(force?: boolean): unknown
}
/** The largest payload the app reads (MAX_PAYLOAD_CHARS of UTF-8), its topic and headers. */
export const MAX_PACKET_BYTES = MAX_PAYLOAD_CHARS * 4 + 1024

export type MqttConnect = (url: string, opts: Record<string, unknown>) => MqttLikeClient

async function loadMqtt(): Promise<MqttConnect> {
  const m = await import('mqtt')
  // The browser build is a CommonJS bundle: its exports sit on `default`.
  const mod = (m as unknown as { default?: { connect?: MqttConnect } }).default
  return (mod?.connect ?? (m.connect as unknown as MqttConnect)).bind(mod ?? m)
}

export interface MqttFeedOptions {
  connect?: MqttConnect
  random?: () => number
  /** Warnings (bad connection, subscribe refused) go here. */
  warn?: (message: string) => void
}

export function createMqttFeed(url: string, sceneId: string, opts: MqttFeedOptions = {}): LiveFeed {
  const random = opts.random ?? Math.random
  const warn = opts.warn ?? ((m: string) => console.warn(`[venue-twin] ${m}`))
  return {
    kind: 'mqtt',
    start(h) {
      let stopped = false
      let client: MqttLikeClient | null = null
      let attempt = 0
      let retry: ReturnType<typeof setTimeout> | null = null
      h.status('connecting')

      const scheduleReconnect = (): void => {
        if (stopped || retry) return
        h.status('reconnecting')
        const delay = reconnectDelay(attempt++, random())
        retry = setTimeout(() => {
          retry = null
          if (!stopped) client?.reconnect()
        }, delay)
      }

      ;(opts.connect ? Promise.resolve(opts.connect) : loadMqtt())
        .then((connect) => {
          if (stopped) return
          // reconnectPeriod 0: mqtt.js retries at a fixed period; we retry with backoff instead.
          const c = connect(url, {
            reconnectPeriod: 0,
            connectTimeout: 10_000,
            keepalive: 30,
            clean: true,
            // MQTT 5 lets the client state the largest packet it takes: the broker withholds
            // larger ones, and mqtt.js drops a connection that sends one anyway.
            protocolVersion: 5,
            properties: { maximumPacketSize: MAX_PACKET_BYTES },
            clientId: `venue-twin-${Math.floor(random() * 1e9).toString(36)}`,
          })
          client = c
          c.on('connect', () => {
            attempt = 0
            // "Connected" once the subscription is granted: from then on readings do arrive.
            c.subscribe(sceneSubscription(sceneId), { qos: 0 }, (err) => {
              if (err) warn(`live: subscribing to ${sceneSubscription(sceneId)} failed: ${err.message}`)
              if (!stopped) h.status('connected')
            })
          })
          c.on('message', (topic, payload) => h.message(topic, payload))
          c.on('close', scheduleReconnect)
          c.on('offline', scheduleReconnect)
          c.on('error', (e) => warn(`live: broker connection error: ${e.message}`))
        })
        .catch((e: unknown) => {
          warn(`live: could not load the MQTT client: ${e instanceof Error ? e.message : String(e)}`)
          h.status('reconnecting')
        })

      return () => {
        stopped = true
        if (retry) clearTimeout(retry)
        client?.end(true)
      }
    },
  }
}
