/**
 * The shapes of accepted live updates and the reasons a message is dropped, without the
 * schemas that check payloads: the store and panels need these names at start-up, the
 * validator (zod) only arrives with the live feed.
 */
export type LiveUpdate =
  | { kind: 'occupancy'; zoneId: string; count: number; capacity: number; ts: number }
  | { kind: 'attendance'; sessionId: string; seated: number; capacity: number; queue: number; ts: number }

export const DROP_REASONS = [
  'malformed-json',
  'schema',
  'unknown-zone',
  'unknown-session',
  'wrong-scene',
  'unknown-topic',
  'too-large',
  'out-of-order',
] as const
export type DropReason = (typeof DROP_REASONS)[number]

/** Real payloads are ~80 bytes; anything far larger is a misconfigured publisher. */
export const MAX_PAYLOAD_CHARS = 2048
