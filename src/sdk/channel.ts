/**
 * The SDK's message core, free of the DOM: pairs requests with their `response`/`error` by id,
 * times them out, and fans events out to subscribers. Types come from the protocol module
 * (type-only imports: no zod, no app code in the host's bundle).
 */
import type { HostMessage, ResponsePayloads, TwinMessage } from '../domain/embed/protocol.ts'
import type { TwinEvents } from './types.ts'

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type RequestBody = DistributiveOmit<HostMessage, 'source' | 'version' | 'id'>
type Requestable = Exclude<RequestBody['type'], 'hello'>

export interface Timers {
  set(cb: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface Channel {
  request<T extends Requestable>(body: Extract<RequestBody, { type: T }>): Promise<ResponsePayloads[T]>
  /** Fire and forget (the handshake). */
  send(body: RequestBody): void
  /** Feed a message that already passed the source/origin check. */
  receive(data: unknown): void
  on<E extends keyof TwinEvents>(event: E, cb: (payload: TwinEvents[E]) => void): () => void
  /** Reject everything pending and stop listening. */
  close(reason: string): void
}

const EVENTS = ['ready', 'selectionChange', 'routeChange', 'levelChange', 'sceneUpdate', 'error'] as const

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * A light check of what the twin sent: the envelope and the fields this SDK reads. The
 * origin and source were verified before; this only keeps a broken twin from breaking the host.
 */
export function asTwinMessage(data: unknown): TwinMessage | null {
  if (!isRecord(data) || data.source !== 'venue-twin' || data.version !== 1 || typeof data.type !== 'string') return null
  const p = data.payload
  switch (data.type) {
    case 'response':
      return typeof data.id === 'string' && isRecord(p) ? (data as TwinMessage) : null
    case 'error':
      return isRecord(p) && typeof p.message === 'string' ? (data as TwinMessage) : null
    case 'ready':
      return isRecord(p) && typeof p.scene === 'string' ? (data as TwinMessage) : null
    case 'selectionChange':
      return isRecord(p) && (p.selection === null || isRecord(p.selection)) ? (data as TwinMessage) : null
    case 'routeChange':
      return p === null || isRecord(p) ? (data as TwinMessage) : null
    case 'levelChange':
      return isRecord(p) && typeof p.levelId === 'string' ? (data as TwinMessage) : null
    case 'sceneUpdate':
      return isRecord(p) && typeof p.revision === 'number' ? (data as TwinMessage) : null
    default:
      return null
  }
}

export function createChannel(opts: { post(message: HostMessage): void; requestTimeoutMs: number; timers?: Timers }): Channel {
  const timers: Timers = opts.timers ?? { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }
  const pending = new Map<string, { resolve(v: unknown): void; reject(e: Error): void; timer: unknown }>()
  const listeners = new Map<string, Set<(payload: never) => void>>()
  let seq = 0
  let closed: string | null = null

  const emit = (event: string, payload: unknown): void => {
    for (const cb of [...(listeners.get(event) ?? [])]) {
      try {
        ;(cb as (p: unknown) => void)(payload)
      } catch (e) {
        // A host's listener failing must not stop the others.
        console.error('[venue-twin sdk] listener failed', e)
      }
    }
  }
  const envelope = (body: RequestBody, id?: string): HostMessage => ({ source: 'venue-twin', version: 1, ...body, ...(id ? { id } : {}) }) as HostMessage

  return {
    request(body) {
      if (closed) return Promise.reject(new Error(closed))
      const { type } = body as RequestBody
      const id = `r${++seq}`
      return new Promise((resolve, reject) => {
        const timer = timers.set(() => {
          pending.delete(id)
          reject(new Error(`Venue Twin did not answer "${type}" within ${opts.requestTimeoutMs} ms`))
        }, opts.requestTimeoutMs)
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer })
        try {
          opts.post(envelope(body as RequestBody, id))
        } catch (e) {
          timers.clear(timer)
          pending.delete(id)
          reject(e instanceof Error ? e : new Error(String(e)))
        }
      })
    },
    send(body) {
      if (!closed) opts.post(envelope(body))
    },
    receive(data) {
      if (closed) return
      const m = asTwinMessage(data)
      if (!m) return
      const waiting = m.id !== undefined ? pending.get(m.id) : undefined
      if (waiting && (m.type === 'response' || m.type === 'error')) {
        pending.delete(m.id!)
        timers.clear(waiting.timer)
        if (m.type === 'response') waiting.resolve(m.payload)
        else waiting.reject(new Error(`Venue Twin: ${m.payload.message}`))
        return
      }
      if (m.type !== 'response') emit(m.type, m.payload)
    },
    on(event, cb) {
      if (!(EVENTS as readonly string[]).includes(event) || typeof cb !== 'function') throw new Error(`Venue Twin: unknown event "${String(event)}"`)
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      const entry = cb as (payload: never) => void
      set.add(entry)
      return () => void set.delete(entry)
    },
    close(reason) {
      if (closed) return
      closed = reason
      for (const [, p] of pending) {
        timers.clear(p.timer)
        p.reject(new Error(reason))
      }
      pending.clear()
      listeners.clear()
    },
  }
}
