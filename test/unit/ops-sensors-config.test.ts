import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkConfig, configForApp } from '../../src/domain/config/configSchema.ts'
import { rect } from '../../src/domain/geometry/polygon.ts'
import type { Alert } from '../../src/domain/ops/alerts.ts'
import { heatLayout, heatValues, SENSOR_RADIUS_M } from '../../src/domain/ops/heatGrid.ts'
import { isSensorTopic, parseSensorMessage, sensorTopic } from '../../src/domain/ops/sensors.ts'
import { DEFAULT_THRESHOLDS, thresholdsFor } from '../../src/domain/ops/thresholds.ts'
import { createAlertEngine } from '../../src/server/alertEngine.ts'
import { readConfig } from '../../src/server/config.ts'
import { createIngest } from '../../src/server/ingest.ts'
import type { Reading, Store } from '../../src/server/store/store.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const index = loadDefaultScene()
const SCENE = index.scene.venue.id
const ts = new Date(Date.UTC(2023, 9, 13, 2)).toISOString()
const count = (n: number, capacity = 100) => JSON.stringify({ count: n, capacity, ts })

describe('point sensors', () => {
  it('the default scene places them, and their topics parse like zone readings', () => {
    const ids = (index.scene.venue.sensors ?? []).map((s) => s.id)
    expect(ids).toEqual(['sensor-main-entrance', 'sensor-forum-plaza'])
    const topic = sensorTopic(SCENE, 'sensor-main-entrance')
    expect(topic).toBe('venue/wdec-2023/sensors/sensor-main-entrance/count')
    expect(isSensorTopic(topic)).toBe(true)
    expect(isSensorTopic(`venue/${SCENE}/zones/digital-trade/occupancy`)).toBe(false)
    expect(parseSensorMessage(index, topic, count(40, 200))).toEqual({ ok: true, sensorId: 'sensor-main-entrance', count: 40, capacity: 200, ts: Date.parse(ts) })
  })

  it('drops what a zone reading would be dropped for, and unknown sensors', () => {
    const reason = (topic: string, text: string) => {
      const r = parseSensorMessage(index, topic, text)
      return r.ok ? 'ok' : r.reason
    }
    expect(reason(sensorTopic(SCENE, 'sensor-nowhere'), count(1))).toBe('unknown-sensor')
    expect(reason(sensorTopic('other-expo', 'sensor-main-entrance'), count(1))).toBe('wrong-scene')
    expect(reason(sensorTopic(SCENE, 'sensor-main-entrance'), '{nope')).toBe('malformed-json')
    expect(reason(sensorTopic(SCENE, 'sensor-main-entrance'), JSON.stringify({ count: -1, capacity: 10, ts }))).toBe('schema')
    expect(reason(`venue/${SCENE}/sensors/sensor-main-entrance/temperature`, count(1))).toBe('unknown-topic')
    expect(reason(sensorTopic(SCENE, 'sensor-main-entrance'), 'x'.repeat(3000))).toBe('too-large')
  })

  it('take over the heatmap near where they stand, fade out at their reach, and work outside zones', () => {
    // Zone w covers the west half; the east half is aisle. One sensor in the zone, one in the aisle.
    const layout = heatLayout(rect(0, 0, 100, 50), [{ id: 'w', footprint: rect(0, 0, 50, 50) }], 50, [
      { id: 'in', position: [20, 25] },
      { id: 'out', position: [80, 25] },
    ])
    const at = (x: number, z: number) => Math.floor(z / layout.cell) * layout.cols + Math.floor(x / layout.cell)
    const zones = { w: { count: 10, capacity: 100, ageMs: 0 } }
    const plain = heatValues(layout, zones)
    expect(plain.density[at(20, 25)]).toBeCloseTo(0.1)
    expect(Number.isNaN(plain.density[at(80, 25)]!)).toBe(true)

    const withSensors = heatValues(layout, zones, { in: { count: 90, capacity: 100, ageMs: 0 }, out: { count: 50, capacity: 100, ageMs: 0 } })
    // At the sensor its reading wins; halfway to its reach it is a blend; past its reach the zone's.
    expect(withSensors.density[at(20.5, 25.5)]!).toBeGreaterThan(0.7)
    const half = withSensors.density[at(20 + SENSOR_RADIUS_M / 2, 25)]!
    expect(half).toBeGreaterThan(0.1)
    expect(half).toBeLessThan(0.9)
    expect(withSensors.density[at(20 + SENSOR_RADIUS_M + 2, 25)]).toBeCloseTo(0.1)
    // Outside any zone: the sensor's picture alone, more transparent towards the edge.
    expect(withSensors.density[at(80.5, 25.5)]).toBeCloseTo(0.5)
    expect(withSensors.alpha[at(80.5, 25.5)]!).toBeGreaterThan(withSensors.alpha[at(80 + SENSOR_RADIUS_M * 0.8, 25)]!)
    expect(Number.isNaN(withSensors.density[at(80 + SENSOR_RADIUS_M + 2, 25)]!)).toBe(true)
  })

  it('inside a zone count only on the zone’s own level', () => {
    const layout = heatLayout(rect(0, 0, 50, 50), [{ id: 'w', footprint: rect(0, 0, 50, 50), levelId: 'level-1' }], 25, [{ id: 'up', position: [25, 25], levelId: 'level-2' }])
    const v = heatValues(layout, { w: { count: 10, capacity: 100, ageMs: 0 } }, { up: { count: 90, capacity: 100, ageMs: 0 } })
    const i = Math.floor(25 / layout.cell) * layout.cols + Math.floor(25 / layout.cell)
    expect(v.density[i]).toBeCloseTo(0.1)
  })
})

describe('thresholds in the deployment config', () => {
  it('are absent unless given (70 / 85 / 95 then), and take per-zone overrides', () => {
    const none = configForApp({})
    expect(none.errors).toEqual([])
    expect(none.config.thresholds).toBeUndefined()
    const some = checkConfig({ thresholds: { default: [60, 80, 90], zones: { 'digital-trade': [50, 75, 90] } }, recorder: { url: 'https://rec.example.org', allowedOrigins: ['https://ops.example.org'], retentionDays: 7 } })
    expect(some.ok).toBe(true)
    if (!some.ok) return
    expect(thresholdsFor(some.config.thresholds!, 'digital-trade')).toEqual([50, 75, 90])
    expect(thresholdsFor(some.config.thresholds!, 'future-industries')).toEqual([60, 80, 90])
    expect(some.config.recorder).toEqual({ url: 'https://rec.example.org', allowedOrigins: ['https://ops.example.org'], retentionDays: 7 })
  })

  it('refuse lines that do not rise, bad zone ids and origins with a path, naming where', () => {
    const bad = checkConfig({ thresholds: { zones: { 'digital-trade': [80, 70, 95], Bad_Id: [1, 2, 3] } }, recorder: { allowedOrigins: ['https://ops.example.org/screen'] } })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    const paths = bad.issues.map((i) => i.path)
    expect(paths).toEqual(['$.thresholds.zones["digital-trade"]', '$.thresholds.zones.Bad_Id', '$.recorder.allowedOrigins[0]'])
    expect(bad.issues[0]!.message).toMatch(/increase/)
    expect(bad.issues[2]!.message).toMatch(/no path/)
  })
})

describe('the recorder reads venue-twin.config.json', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-cfg-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, json: unknown): string => {
    const f = path.join(dir, name)
    writeFileSync(f, JSON.stringify(json))
    return f
  }

  it('takes thresholds, origins and retention from the deployment file', () => {
    const c = readConfig(file('venue-twin.config.json', { thresholds: { zones: { 'digital-trade': [60, 75, 90] } }, recorder: { allowedOrigins: ['https://ops.example.org'], retentionDays: 14 } }))
    expect(thresholdsFor(c.thresholds, 'digital-trade')).toEqual([60, 75, 90])
    expect(thresholdsFor(c.thresholds, 'future-industries')).toEqual(DEFAULT_THRESHOLDS)
    expect(c.origins).toEqual(['https://ops.example.org'])
    expect(c.retentionDays).toBe(14)
    expect(c.warnings).toEqual([])
  })

  it('still reads its old file of its own, with a deprecation warning', () => {
    const c = readConfig(file('recorder.json', { thresholds: { default: [60, 80, 90] }, origins: ['https://ops.example.org'], retentionDays: 3 }))
    expect(c.thresholds.defaults).toEqual([60, 80, 90])
    expect(c.origins).toEqual(['https://ops.example.org'])
    expect(c.warnings[0]).toMatch(/deprecated/)
  })

  it('stops on a broken file, naming the path and the rule', () => {
    expect(() => readConfig(file('broken.json', { thresholds: { default: [90, 80, 95] } }))).toThrow(/\$\.thresholds\.default .*increase/)
  })
})

/** A store in memory whose alert writes take as long as `delays` says, in turn. */
function slowStore(delays: number[]) {
  const alerts = new Map<string, Alert>()
  const readings: Reading[] = []
  const log: string[] = []
  let n = 0
  const store = {
    kind: 'sqlite',
    async insertReadings(rows: readonly Reading[]) {
      readings.push(...rows)
      log.push(`readings:${rows.map((r) => r.count).join(',')}`)
    },
    async saveAlert(a: Alert) {
      await new Promise((r) => setTimeout(r, delays[n++] ?? 0))
      alerts.set(a.id, a)
      log.push(`alert:${a.level}:${a.status}`)
    },
    async alert(id: string) {
      return alerts.get(id) ?? null
    },
  } as unknown as Store
  return { store, alerts, readings, log }
}

describe('the recorder’s write queue', () => {
  const topic = (zone: string) => `venue/${SCENE}/zones/${zone}/occupancy`
  const reading = (c: number, minute: number) => JSON.stringify({ count: c, capacity: 1000, ts: new Date(Date.parse(ts) + minute * 60_000).toISOString() })

  it('stores alert changes in the order they were decided, even when the first write is slow', async () => {
    // The raise (level 1) takes 40 ms, the escalation (level 2) none: written concurrently, the
    // older state would land last (as with a pool of PostgreSQL connections).
    const s = slowStore([40, 0, 0])
    const published: string[] = []
    const ingest = createIngest({ scenes: new Map([[SCENE, index]]), store: s.store, alerts: createAlertEngine({ defaults: DEFAULT_THRESHOLDS, zones: {} }, []), onAlert: (a) => published.push(`${a.level}`) })
    const acked: number[] = []
    ;[500, 800, 860].forEach((c, i) => ingest.message(topic('future-industries'), reading(c, i), () => acked.push(c)))
    await ingest.flush()
    expect([...s.alerts.values()].map((a) => a.level)).toEqual([2])
    expect(published).toEqual(['1', '2'])
    // Each alert stored before the reading that caused it; readings acknowledged after both.
    expect(s.log).toEqual(['readings:500', 'alert:1:open', 'readings:800', 'alert:2:open', 'readings:860'])
    expect(acked).toEqual([500, 800, 860])
  })

  it('runs an operator’s action after the alert writes queued before it', async () => {
    const s = slowStore([30, 30, 0])
    const ingest = createIngest({ scenes: new Map([[SCENE, index]]), store: s.store, alerts: createAlertEngine({ defaults: DEFAULT_THRESHOLDS, zones: {} }, []), onAlert: () => {} })
    ingest.message(topic('future-industries'), reading(800, 0), () => {})
    ingest.message(topic('future-industries'), reading(870, 1), () => {})
    const seen = await ingest.serial(async () => [...s.alerts.values()].map((a) => a.level))
    expect(seen).toEqual([2])
  })

  it('stores point-sensor readings and counts unknown sensors as invalid', async () => {
    const s = slowStore([])
    const ingest = createIngest({ scenes: new Map([[SCENE, index]]), store: s.store, alerts: createAlertEngine({ defaults: DEFAULT_THRESHOLDS, zones: {} }, []), onAlert: () => {} })
    ingest.message(sensorTopic(SCENE, 'sensor-forum-plaza'), count(33, 120))
    ingest.message(sensorTopic(SCENE, 'sensor-nowhere'), count(1))
    ingest.message(`venue/${SCENE}/alerts/x`, '{}')
    await ingest.flush()
    expect(s.readings).toMatchObject([{ kind: 'sensor', id: 'sensor-forum-plaza', count: 33, capacity: 120 }])
    expect(ingest.counts.invalid['unknown-sensor']).toBe(1)
    expect(ingest.counts.ignored).toBe(1)
  })
})
