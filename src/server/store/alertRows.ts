/** Alerts as flat database rows (snake_case columns), shared by both stores. */
import type { Alert, AlertStatus } from '../../domain/ops/alerts.ts'

export interface AlertRow {
  id: string
  scene: string
  zone: string
  level: number
  threshold: number
  peak_percent: number
  raised_at: number | string
  cleared_at: number | string | null
  status: string
  acknowledged_at: number | string | null
  acknowledged_by: string | null
  resolved_at: number | string | null
  resolved_by: string | null
}

export function alertRow(a: Alert): AlertRow {
  return {
    id: a.id,
    scene: a.scene,
    zone: a.zone,
    level: a.level,
    threshold: a.threshold,
    peak_percent: a.peakPercent,
    raised_at: a.raisedAt,
    cleared_at: a.clearedAt,
    status: a.status,
    acknowledged_at: a.acknowledgedAt,
    acknowledged_by: a.acknowledgedBy,
    resolved_at: a.resolvedAt,
    resolved_by: a.resolvedBy,
  }
}

// PostgreSQL returns BIGINT as a string: every time column goes through Number().
const time = (v: number | string | null): number | null => (v === null ? null : Number(v))

export function alertFromRow(r: AlertRow): Alert {
  return {
    id: r.id,
    scene: r.scene,
    zone: r.zone,
    level: Number(r.level) as 1 | 2 | 3,
    threshold: Number(r.threshold),
    peakPercent: Number(r.peak_percent),
    raisedAt: Number(r.raised_at),
    clearedAt: time(r.cleared_at),
    status: r.status as AlertStatus,
    acknowledgedAt: time(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    resolvedAt: time(r.resolved_at),
    resolvedBy: r.resolved_by,
  }
}
