/**
 * SQLite store (better-sqlite3, WAL mode): the default, one file, nothing to install. Readings
 * live in a WITHOUT ROWID table keyed by (scene, kind, id, ts), so a redelivered reading is
 * skipped by the key and a day's history of one series is one range scan.
 */
import Database from 'better-sqlite3'
import type { Alert } from '../../domain/ops/alerts.ts'
import { alertFromRow, alertRow, type AlertRow } from './alertRows.ts'
import type { AlertQuery, HistoryQuery, Reading, Series, Store } from './store.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS readings (
  scene TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, ts INTEGER NOT NULL,
  count INTEGER NOT NULL, capacity INTEGER NOT NULL, queue INTEGER,
  PRIMARY KEY (scene, kind, id, ts)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alerts (
  id TEXT PRIMARY KEY, scene TEXT NOT NULL, zone TEXT NOT NULL, level INTEGER NOT NULL,
  threshold REAL NOT NULL, peak_percent REAL NOT NULL, raised_at INTEGER NOT NULL,
  cleared_at INTEGER, status TEXT NOT NULL, acknowledged_at INTEGER, acknowledged_by TEXT,
  resolved_at INTEGER, resolved_by TEXT
);
CREATE INDEX IF NOT EXISTS alerts_scene_raised ON alerts (scene, raised_at);
`

export function openSqliteStore(file: string): Store {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // WAL + NORMAL: a commit survives a crash of the recorder; only a power cut may lose the last one.
  db.pragma('synchronous = NORMAL')
  db.exec(SCHEMA)

  const insert = db.prepare('INSERT OR IGNORE INTO readings (scene, kind, id, ts, count, capacity, queue) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const insertMany = db.transaction((rows: readonly Reading[]) => {
    for (const r of rows) insert.run(r.scene, r.kind, r.id, r.ts, r.count, r.capacity, r.queue)
  })
  const saveAlert = db.prepare(
    `INSERT OR REPLACE INTO alerts (id, scene, zone, level, threshold, peak_percent, raised_at, cleared_at, status,
       acknowledged_at, acknowledged_by, resolved_at, resolved_by)
     VALUES (@id, @scene, @zone, @level, @threshold, @peak_percent, @raised_at, @cleared_at, @status,
       @acknowledged_at, @acknowledged_by, @resolved_at, @resolved_by)`,
  )
  const alertsIn = db.prepare(
    `SELECT * FROM alerts WHERE scene = ? AND ((raised_at >= ? AND raised_at < ?) OR status != 'resolved') ORDER BY raised_at DESC`,
  )
  const alertById = db.prepare('SELECT * FROM alerts WHERE id = ?')
  const unresolved = db.prepare(`SELECT * FROM alerts WHERE status != 'resolved'`)
  const count = db.prepare('SELECT COUNT(*) AS n FROM readings')
  const pruneReadings = db.prepare('DELETE FROM readings WHERE ts < ?')
  const pruneAlerts = db.prepare(`DELETE FROM alerts WHERE status = 'resolved' AND raised_at < ?`)

  return {
    kind: 'sqlite',
    async insertReadings(rows) {
      if (rows.length) insertMany(rows)
    },
    async history(q: HistoryQuery) {
      const idFilter = q.ids.length ? `AND id IN (${q.ids.map(() => '?').join(',')})` : ''
      const stmt = db.prepare(
        `SELECT id, ((ts - CAST(? AS INTEGER)) / CAST(? AS INTEGER)) AS b, AVG(count) AS mean, MAX(count) AS max, MAX(capacity) AS capacity
         FROM readings WHERE scene = ? AND kind = ? ${idFilter} AND ts >= ? AND ts < ?
         GROUP BY id, b ORDER BY id, b`,
      )
      const rows = stmt.all(q.from, q.step, q.scene, q.kind, ...q.ids, q.from, q.to) as { id: string; b: number; mean: number; max: number; capacity: number }[]
      return toSeries(rows, q)
    },
    async saveAlert(a: Alert) {
      saveAlert.run(alertRow(a))
    },
    async alerts(q: AlertQuery) {
      return (alertsIn.all(q.scene, q.from, q.to) as AlertRow[]).map(alertFromRow)
    },
    async alert(id) {
      const row = alertById.get(id) as AlertRow | undefined
      return row ? alertFromRow(row) : null
    },
    async unresolvedAlerts() {
      return (unresolved.all() as AlertRow[]).map(alertFromRow)
    },
    async prune(before) {
      const n = pruneReadings.run(before).changes
      pruneAlerts.run(before)
      return n
    },
    async readingCount() {
      return (count.get() as { n: number }).n
    },
    async close() {
      db.close()
    },
  }
}

/** Rows of (id, bucket index, mean, max, capacity) into one series per id. */
export function toSeries(rows: readonly { id: string; b: number | string; mean: number | string; max: number | string; capacity: number | string }[], q: HistoryQuery): Record<string, Series> {
  const out: Record<string, Series> = {}
  for (const r of rows) {
    const s = (out[r.id] ??= { t: [], mean: [], max: [], capacity: [] })
    s.t.push(q.from + Number(r.b) * q.step)
    s.mean.push(Math.round(Number(r.mean) * 10) / 10)
    s.max.push(Number(r.max))
    s.capacity.push(Number(r.capacity))
  }
  return out
}
