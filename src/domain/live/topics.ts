/**
 * The live topics of docs/contract.md ("Live data"). Topic segments are scene, zone and session ids
 * (kebab-case), so building and splitting them never needs escaping.
 */

export type LiveTopic =
  | { kind: 'occupancy'; sceneId: string; zoneId: string }
  | { kind: 'attendance'; sceneId: string; sessionId: string }

export function occupancyTopic(sceneId: string, zoneId: string): string {
  return `venue/${sceneId}/zones/${zoneId}/occupancy`
}

export function attendanceTopic(sceneId: string, sessionId: string): string {
  return `venue/${sceneId}/sessions/${sessionId}/attendance`
}

/** What a visitor's client subscribes to: everything under its scene, nothing else. */
export function sceneSubscription(sceneId: string): string {
  return `venue/${sceneId}/#`
}

/** The topic's meaning, or null when it is none of ours (a wrong shape, not a wrong id). */
export function parseTopic(topic: string): LiveTopic | null {
  const parts = topic.split('/')
  if (parts.length !== 5 || parts[0] !== 'venue') return null
  const [, sceneId = '', group, id = '', leaf] = parts
  if (!sceneId || !id) return null
  if (group === 'zones' && leaf === 'occupancy') return { kind: 'occupancy', sceneId, zoneId: id }
  if (group === 'sessions' && leaf === 'attendance') return { kind: 'attendance', sceneId, sessionId: id }
  return null
}

/**
 * Topics under the scene that carry no reading for visitors: the recorder's alerts
 * (`venue/<scene>/alerts/<id>`) and point sensors for the control room's heatmap. A visitor's
 * client passes over them instead of counting them as unknown.
 */
export function isOpsTopic(topic: string): boolean {
  const parts = topic.split('/')
  return parts[0] === 'venue' && (parts[2] === 'alerts' || parts[2] === 'sensors')
}
