/** A source of live messages: started with handlers, returns its own teardown. */
import type { ConnectionState } from '../../domain/live/views.ts'
import { MAX_PAYLOAD_CHARS } from '../../domain/live/liveMessages.ts'

export interface FeedHandlers {
  /** One message as it arrived; bytes from a broker, text from the simulator. */
  message(topic: string, payload: string | Uint8Array): void
  status(state: ConnectionState): void
}

export interface LiveFeed {
  readonly kind: 'sim' | 'mqtt' | 'off'
  start(handlers: FeedHandlers): () => void
}

const decoder = new TextDecoder('utf-8', { fatal: false })

/**
 * Payload bytes as text, or null when they are too large to be a reading (decoding megabytes a
 * misconfigured publisher sends would cost the page its smoothness).
 */
export function decodePayload(payload: string | Uint8Array): string | null {
  if (typeof payload === 'string') return payload
  // UTF-8 needs at least one byte per character, so more bytes than this is more characters.
  if (payload.byteLength > MAX_PAYLOAD_CHARS * 4) return null
  return decoder.decode(payload)
}

export const offFeed: LiveFeed = {
  kind: 'off',
  start(h) {
    h.status('off')
    return () => undefined
  },
}
