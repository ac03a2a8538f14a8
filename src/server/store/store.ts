/**
 * The recorder's storage: one small interface, two implementations (SQLite for one machine,
 * PostgreSQL / TimescaleDB for a cluster). Times are epoch milliseconds throughout.
 */
import type { Alert } from '../../domain/ops/alerts.ts'

export type SeriesKind = 'zone' | 'session' | 'sensor'

/** One valid reading: a zone's occupancy, a session's attendance (`count` = seated) or a point sensor's count. */
export interface Reading {
  scene: string
  kind: SeriesKind
  id: string
  ts: number
  count: number
  capacity: number
  /** Sessions only: people queueing outside. */
  queue: number | null
}

export interface HistoryQuery {
  scene: string
  kind: SeriesKind
  /** Series ids; empty = every series of that kind in the scene. */
  ids: readonly string[]
  from: number
  to: number
  /** Bucket width in ms (≥ 1000). */
  step: number
}

/** One series, downsampled: bucket starts with the mean and highest count in each bucket. */
export interface Series {
  t: number[]
  mean: number[]
  max: number[]
  capacity: number[]
}

export interface AlertQuery {
  scene: string
  from: number
  to: number
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** Add readings; a reading already held (same series and ts, e.g. a QoS 1 redelivery) is skipped. */
  insertReadings(readings: readonly Reading[]): Promise<void>
  history(q: HistoryQuery): Promise<Record<string, Series>>
  /** Insert or replace an alert by id. */
  saveAlert(alert: Alert): Promise<void>
  /** Alerts raised in [from, to), plus any still not resolved, newest first. */
  alerts(q: AlertQuery): Promise<Alert[]>
  alert(id: string): Promise<Alert | null>
  /** Alerts not yet resolved, for the recorder's state after a restart. */
  unresolvedAlerts(): Promise<Alert[]>
  /** Drop readings and resolved alerts older than `before`; returns readings removed. */
  prune(before: number): Promise<number>
  readingCount(): Promise<number>
  close(): Promise<void>
}

/** Buckets of `step` ms from `from`: the bucket a ts falls in. */
export function bucketStart(ts: number, from: number, step: number): number {
  return from + Math.floor((ts - from) / step) * step
}
