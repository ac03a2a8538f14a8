/**
 * One live message in, one accepted update or one drop reason out. Pure: the caller counts the
 * drops and decides what to log. Ids are checked against the loaded scene, so a sensor
 * configured for another hall, or a typo in a zone id, never paints anything.
 */
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { AttendancePayloadSchema, OccupancyPayloadSchema } from './schemas.ts'
import { parseTopic } from './topics.ts'

import { MAX_FUTURE_MS, MAX_PAYLOAD_CHARS, type DropReason, type LiveUpdate } from './liveMessages.ts'

// The names live in a zod-free module (the store needs them at start-up); re-exported here.
export { DROP_REASONS, MAX_FUTURE_MS, MAX_PAYLOAD_CHARS, type DropReason, type LiveUpdate } from './liveMessages.ts'

export type ParseResult = { ok: true; update: LiveUpdate } | { ok: false; reason: DropReason; detail: string }

/** `now` (venue clock, epoch ms): readings dated more than MAX_FUTURE_MS after it are dropped. */
export function parseLiveMessage(index: SceneIndex, topic: string, payloadText: string, now?: number): ParseResult {
  const r = parseUnchecked(index, topic, payloadText)
  if (r.ok && now !== undefined && r.update.ts > now + MAX_FUTURE_MS)
    return drop('future', `dated ${new Date(r.update.ts).toISOString()}, more than ${MAX_FUTURE_MS / 60_000} minutes ahead of the venue clock`)
  return r
}

function parseUnchecked(index: SceneIndex, topic: string, payloadText: string): ParseResult {
  const t = parseTopic(topic)
  if (!t) return drop('unknown-topic', `not a live topic: ${clip(topic)}`)
  const sceneId = index.scene.venue.id
  if (t.sceneId !== sceneId) return drop('wrong-scene', `topic is for scene "${clip(t.sceneId)}", this is "${sceneId}"`)
  if (payloadText.length > MAX_PAYLOAD_CHARS) return drop('too-large', `${payloadText.length} characters`)
  let json: unknown
  try {
    json = JSON.parse(payloadText)
  } catch {
    return drop('malformed-json', `payload is not JSON: ${clip(payloadText)}`)
  }
  if (t.kind === 'occupancy') {
    const p = OccupancyPayloadSchema.safeParse(json)
    if (!p.success) return drop('schema', schemaDetail(p.error.issues))
    if (!index.zoneById.has(t.zoneId)) return drop('unknown-zone', `no zone "${clip(t.zoneId)}" in this scene`)
    return { ok: true, update: { kind: 'occupancy', zoneId: t.zoneId, count: p.data.count, capacity: p.data.capacity, ts: Date.parse(p.data.ts) } }
  }
  const p = AttendancePayloadSchema.safeParse(json)
  if (!p.success) return drop('schema', schemaDetail(p.error.issues))
  if (!index.sessionById.has(t.sessionId)) return drop('unknown-session', `no session "${clip(t.sessionId)}" in this scene`)
  const { seated, capacity, queue, ts } = p.data
  return { ok: true, update: { kind: 'attendance', sessionId: t.sessionId, seated, capacity, queue, ts: Date.parse(ts) } }
}

function drop(reason: DropReason, detail: string): ParseResult {
  return { ok: false, reason, detail }
}

function schemaDetail(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0]
  if (!first) return 'payload does not match the schema'
  const where = first.path.length ? first.path.map(String).join('.') : 'payload'
  return `${where}: ${first.message}`
}

/** Untrusted text goes into logs and the diagnostics panel: keep it short. */
function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}
