/**
 * Point sensors (docs/contract.md "Live data"): a people counter over one spot, placed in the
 * scene (`venue.sensors`), publishing `venue/<scene>/sensors/<id>/count` with the occupancy
 * payload `{ count, capacity, ts }` — capacity being what the spot it watches holds. The
 * recorder stores them and the control room's heatmap blends them with the zone readings.
 * Visitors' clients pass over these topics. Pure.
 */
import type { DropReason } from '../live/liveMessages.ts'
import { OccupancyPayloadSchema } from '../live/schemas.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'

export type SensorDropReason = DropReason | 'unknown-sensor'

export type SensorParse =
  | { ok: true; sensorId: string; count: number; capacity: number; ts: number }
  | { ok: false; reason: SensorDropReason; detail: string }

export function sensorTopic(sceneId: string, sensorId: string): string {
  return `venue/${sceneId}/sensors/${sensorId}/count`
}

/** `venue/<scene>/sensors/<id>/…`: a sensor topic (checked further by parseSensorMessage). */
export function isSensorTopic(topic: string): boolean {
  const parts = topic.split('/')
  return parts[0] === 'venue' && parts[2] === 'sensors'
}

const sensorIds = new WeakMap<SceneIndex, ReadonlySet<string>>()

/** One sensor message, checked like a zone reading: right scene, known sensor, valid payload. */
export function parseSensorMessage(index: SceneIndex, topic: string, text: string): SensorParse {
  const parts = topic.split('/')
  if (parts.length !== 5 || parts[0] !== 'venue' || parts[2] !== 'sensors' || parts[4] !== 'count' || !parts[3])
    return { ok: false, reason: 'unknown-topic', detail: `not a sensor topic: ${topic.slice(0, 60)}` }
  const sceneId = index.scene.venue.id
  if (parts[1] !== sceneId) return { ok: false, reason: 'wrong-scene', detail: `topic is for scene "${(parts[1] ?? '').slice(0, 60)}", this is "${sceneId}"` }
  if (text.length > 2048) return { ok: false, reason: 'too-large', detail: `${text.length} characters` }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'malformed-json', detail: 'payload is not JSON' }
  }
  const p = OccupancyPayloadSchema.safeParse(json)
  if (!p.success) return { ok: false, reason: 'schema', detail: p.error.issues[0]?.message ?? 'payload does not match the schema' }
  let ids = sensorIds.get(index)
  if (!ids) sensorIds.set(index, (ids = new Set((index.scene.venue.sensors ?? []).map((s) => s.id))))
  const id = parts[3]
  if (!ids.has(id)) return { ok: false, reason: 'unknown-sensor', detail: `no sensor "${id.slice(0, 60)}" in this scene` }
  return { ok: true, sensorId: id, count: p.data.count, capacity: p.data.capacity, ts: Date.parse(p.data.ts) }
}
