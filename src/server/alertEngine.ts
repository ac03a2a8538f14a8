/**
 * Evaluates thresholds for every zone reading the recorder stores, keeps one alert state per
 * zone, and hands changes to the store and the broker. Runs in the recorder, so alerts exist
 * even when no screen is open. Readings older than the last one seen for a zone (a redelivery
 * after a restart) are stored but not re-evaluated: hysteresis follows time, not arrival.
 */
import { foldReading, type Alert, type ZoneAlertState } from '../domain/ops/alerts.ts'
import { thresholdsFor, type ThresholdConfig } from '../domain/ops/thresholds.ts'

export interface AlertEngine {
  /** A zone reading; returns the alert it raised, escalated or cleared, if any. */
  reading(scene: string, zone: string, count: number, capacity: number, ts: number): Alert | null
  /** An operator acknowledged or resolved an alert: keep the running episode in step. */
  updated(alert: Alert): void
}

export function createAlertEngine(config: ThresholdConfig, unresolved: readonly Alert[]): AlertEngine {
  const states = new Map<string, ZoneAlertState & { lastTs: number }>()
  const key = (scene: string, zone: string): string => `${scene}\n${zone}`
  // After a restart: episodes still running continue instead of raising a second alert.
  for (const a of unresolved) {
    if (a.clearedAt === null) states.set(key(a.scene, a.zone), { level: a.level, alert: a, lastTs: a.raisedAt })
  }
  return {
    reading(scene, zone, count, capacity, ts) {
      const k = key(scene, zone)
      const held = states.get(k) ?? { level: 0, alert: null, lastTs: -Infinity }
      if (ts < held.lastTs) return null
      const percent = Math.round((count / capacity) * 1000) / 10
      const { state, change } = foldReading(held, { scene, zone, percent, ts }, thresholdsFor(config, zone))
      states.set(k, { ...state, lastTs: ts })
      return change?.alert ?? null
    },
    updated(alert) {
      const k = key(alert.scene, alert.zone)
      const held = states.get(k)
      if (held?.alert?.id === alert.id) states.set(k, { ...held, alert: { ...alert, peakPercent: Math.max(alert.peakPercent, held.alert.peakPercent) } })
    },
  }
}
