/**
 * Alerts: one per episode of a zone above its level-1 line. The episode starts when the zone
 * reaches level 1 or higher, keeps the highest level reached (escalation updates the same
 * alert rather than raising another) and ends ("cleared") when hysteresis brings the zone back
 * to level 0. Operators acknowledge and resolve alerts; who and when is kept. Pure.
 */
import { nextLevel, type AlertLevel, type Thresholds } from './thresholds.ts'

export type AlertStatus = 'open' | 'acknowledged' | 'resolved'

export interface Alert {
  id: string
  scene: string
  zone: string
  /** Highest level reached in this episode (1–3). */
  level: 1 | 2 | 3
  /** The line of that level, percent of capacity. */
  threshold: number
  peakPercent: number
  raisedAt: number
  /** When the zone fell back below level 1 (with hysteresis); null while still above. */
  clearedAt: number | null
  status: AlertStatus
  acknowledgedAt: number | null
  acknowledgedBy: string | null
  resolvedAt: number | null
  resolvedBy: string | null
}

export interface ZoneAlertState {
  level: AlertLevel
  /** The alert of the current episode, if one is running. */
  alert: Alert | null
}

export type AlertChange = { kind: 'raised' | 'escalated' | 'cleared'; alert: Alert }

export function alertId(scene: string, zone: string, raisedAt: number): string {
  return `${scene}.${zone}.${raisedAt}`
}

/**
 * Fold one reading into a zone's alert state. Returns the new state and what changed for the
 * outside world (nothing for most readings).
 */
export function foldReading(
  state: ZoneAlertState,
  reading: { scene: string; zone: string; percent: number; ts: number },
  t: Thresholds,
): { state: ZoneAlertState; change: AlertChange | null } {
  const level = nextLevel(state.level, reading.percent, t)
  const open = state.alert
  if (level > 0 && !open) {
    const l = level as 1 | 2 | 3
    const alert: Alert = {
      id: alertId(reading.scene, reading.zone, reading.ts),
      scene: reading.scene,
      zone: reading.zone,
      level: l,
      threshold: t[l - 1]!,
      peakPercent: reading.percent,
      raisedAt: reading.ts,
      clearedAt: null,
      status: 'open',
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
    }
    return { state: { level, alert }, change: { kind: 'raised', alert } }
  }
  if (!open) return { state: { level, alert: null }, change: null }
  if (level === 0) {
    const alert = { ...open, clearedAt: reading.ts }
    return { state: { level, alert: null }, change: { kind: 'cleared', alert } }
  }
  if (level > open.level) {
    const l = level as 1 | 2 | 3
    // Worse than when it was acknowledged or resolved: it needs someone's attention again.
    const alert: Alert = { ...open, level: l, threshold: t[l - 1]!, peakPercent: Math.max(open.peakPercent, reading.percent), status: 'open' }
    return { state: { level, alert }, change: { kind: 'escalated', alert } }
  }
  if (reading.percent > open.peakPercent) {
    // A higher peak is kept quietly: stored with the next change, not announced per reading.
    return { state: { level, alert: { ...open, peakPercent: reading.percent } }, change: null }
  }
  return { state: { level, alert: open }, change: null }
}

/** The MQTT topic an alert is published on (retained while it is not resolved). */
export function alertTopic(scene: string, id: string): string {
  return `venue/${scene}/alerts/${id}`
}
