/**
 * PostgreSQL store (`pg`): the same tables as SQLite, for a venue that outgrows one machine
 * (a managed PostgreSQL or TimescaleDB cluster). When the TimescaleDB extension is available
 * the readings table becomes a hypertable chunked by day; otherwise a plain table with the
 * same primary key serves the same queries.
 */
import pg from 'pg'
import type { Alert } from '../../domain/ops/alerts.ts'
import { alertFromRow, alertRow, type AlertRow } from './alertRows.ts'
import { toSeries } from './sqliteStore.ts'
import type { Store } from './store.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS readings (
  scene TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, ts BIGINT NOT NULL,
  count INTEGER NOT NULL, capacity INTEGER NOT NULL, queue INTEGER,
  PRIMARY KEY (scene, kind, id, ts)
);
CREATE TABLE IF NOT EXISTS alerts (
  id TEXT PRIMARY KEY, scene TEXT NOT NULL, zone TEXT NOT NULL, level INTEGER NOT NULL,
  threshold DOUBLE PRECISION NOT NULL, peak_percent DOUBLE PRECISION NOT NULL, raised_at BIGINT NOT NULL,
  cleared_at BIGINT, status TEXT NOT NULL, acknowledged_at BIGINT, acknowledged_by TEXT,
  resolved_at BIGINT, resolved_by TEXT
);
CREATE INDEX IF NOT EXISTS alerts_scene_raised ON alerts (scene, raised_at);
`

const ALERT_COLUMNS = [
  'id', 'scene', 'zone', 'level', 'threshold', 'peak_percent', 'raised_at', 'cleared_at', 'status',
  'acknowledged_at', 'acknowledged_by', 'resolved_at', 'resolved_by',
] as const

export async function openPostgresStore(url: string): Promise<Store & { timescale: boolean }> {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  await pool.query(SCHEMA)
  const timescale = await enableTimescale(pool)

  return {
    kind: 'postgres',
    timescale,
    async insertReadings(rows) {
      if (!rows.length) return
      // One statement per batch: arrays unnested server-side instead of thousands of parameters.
      await pool.query(
        `INSERT INTO readings (scene, kind, id, ts, count, capacity, queue)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::int[], $6::int[], $7::int[])
         ON CONFLICT DO NOTHING`,
        [rows.map((r) => r.scene), rows.map((r) => r.kind), rows.map((r) => r.id), rows.map((r) => r.ts), rows.map((r) => r.count), rows.map((r) => r.capacity), rows.map((r) => r.queue)],
      )
    },
    async history(q) {
      const idFilter = q.ids.length ? 'AND id = ANY($7::text[])' : ''
      const params: unknown[] = [q.from, q.step, q.scene, q.kind, q.from, q.to]
      if (q.ids.length) params.push(q.ids)
      const res = await pool.query(
        `SELECT id, (ts - $1::bigint) / $2::bigint AS b, AVG(count) AS mean, MAX(count) AS max, MAX(capacity) AS capacity
         FROM readings WHERE scene = $3 AND kind = $4 ${idFilter} AND ts >= $5 AND ts < $6
         GROUP BY id, b ORDER BY id, b`,
        params,
      )
      return toSeries(res.rows as never, q)
    },
    async saveAlert(a: Alert) {
      const row = alertRow(a)
      const cols = ALERT_COLUMNS.join(', ')
      const vals = ALERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')
      const set = ALERT_COLUMNS.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')
      await pool.query(`INSERT INTO alerts (${cols}) VALUES (${vals}) ON CONFLICT (id) DO UPDATE SET ${set}`, ALERT_COLUMNS.map((c) => row[c]))
    },
    async alerts(q) {
      const res = await pool.query(
        `SELECT * FROM alerts WHERE scene = $1 AND ((raised_at >= $2 AND raised_at < $3) OR status != 'resolved') ORDER BY raised_at DESC`,
        [q.scene, q.from, q.to],
      )
      return (res.rows as AlertRow[]).map(alertFromRow)
    },
    async alert(id) {
      const res = await pool.query('SELECT * FROM alerts WHERE id = $1', [id])
      const row = res.rows[0] as AlertRow | undefined
      return row ? alertFromRow(row) : null
    },
    async unresolvedAlerts() {
      const res = await pool.query(`SELECT * FROM alerts WHERE status != 'resolved'`)
      return (res.rows as AlertRow[]).map(alertFromRow)
    },
    async prune(before) {
      const res = await pool.query('DELETE FROM readings WHERE ts < $1', [before])
      await pool.query(`DELETE FROM alerts WHERE status = 'resolved' AND raised_at < $1`, [before])
      return res.rowCount ?? 0
    },
    async readingCount() {
      const res = await pool.query('SELECT COUNT(*)::bigint AS n FROM readings')
      return Number((res.rows[0] as { n: string }).n)
    },
    async close() {
      await pool.end()
    },
  }
}

async function enableTimescale(pool: pg.Pool): Promise<boolean> {
  const avail = await pool.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'`)
  if (!avail.rowCount) return false
  await pool.query('CREATE EXTENSION IF NOT EXISTS timescaledb')
  // Chunks of one day of epoch milliseconds; migrate_data turns an existing plain table over.
  await pool.query(`SELECT create_hypertable('readings', 'ts', chunk_time_interval => 86400000, if_not_exists => true, migrate_data => true)`)
  return true
}
