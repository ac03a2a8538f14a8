/**
 * The recorder end to end, once against a temporary SQLite file and once against a real
 * PostgreSQL server: a real mosquitto broker, the recorder in its own process, readings
 * published over MQTT, answers read over its HTTP API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import mqtt from 'mqtt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectPublisher, type Publisher } from './livePublisher.ts'
import { startMosquitto, type Broker } from './mosquitto.ts'
import { startPostgres, type Postgres } from './postgres.ts'
import { getJson, postJson, startRecorderProcess, until, type RecorderProcess } from './recorder.ts'

const SCENE = 'wdec-2023'
const MIN = 60_000
const topic = (zone: string): string => `venue/${SCENE}/zones/${zone}/occupancy`
const reading = (count: number, ts: number, capacity = 1000) => ({ count, capacity, ts: new Date(ts).toISOString() })

interface SeriesJson {
  series: Record<string, { t: number[]; mean: number[]; max: number[] }>
}
interface AlertJson {
  id: string
  zone: string
  level: number
  status: string
  acknowledgedBy: string | null
  acknowledgedAt: number | null
  resolvedBy: string | null
  resolvedAt: number | null
}
interface Health {
  received: number
  stored: number
  invalid: Record<string, number>
  readings: number
}

/** Retained messages under a topic filter, as a client connecting now sees them. */
async function retained(url: string, filter: string): Promise<Map<string, string>> {
  const c = await mqtt.connectAsync(url, { reconnectPeriod: 0 })
  const got = new Map<string, string>()
  c.on('message', (t, p, packet) => {
    if (packet.retain) got.set(t, p.toString())
  })
  await c.subscribeAsync(filter, { qos: 1 })
  await new Promise((r) => setTimeout(r, 500))
  await c.endAsync()
  return got
}

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`recorder with ${backend}`, () => {
    let broker: Broker
    let pg: Postgres | null = null
    let dir: string
    let db: string
    let rec: RecorderProcess
    let pub: Publisher
    const day0 = Date.now() - 12 * 60 * MIN
    let config: string
    const args = (): string[] => ['--broker', broker.mqttUrl, '--db', db, '--client-id', `rec-test-${backend}`, '--config', config]

    beforeAll(async () => {
      broker = await startMosquitto()
      dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-rec-'))
      // The deployment's own config file: one zone with lines of its own.
      config = path.join(dir, 'venue-twin.config.json')
      writeFileSync(config, JSON.stringify({ thresholds: { zones: { 'digital-scenario': [50, 60, 90] } } }))
      if (backend === 'postgres') {
        pg = await startPostgres()
        db = pg.url
      } else db = path.join(dir, 'history.sqlite')
      rec = await startRecorderProcess(args())
      pub = await connectPublisher(broker.mqttUrl)
    }, 90_000)

    afterAll(async () => {
      await pub?.close()
      await rec?.stop()
      await pg?.stop()
      await broker?.dispose()
      rmSync(dir, { recursive: true, force: true })
    })

    const qos1 = (t: string, body: object | string): Promise<unknown> => pub.client.publishAsync(t, typeof body === 'string' ? body : JSON.stringify(body), { qos: 1 })

    it('records a time-compressed day and serves it downsampled', async () => {
      // Ten hours of one reading a minute for one pavilion, published in a few seconds.
      for (let i = 0; i < 600; i++) await qos1(topic('digital-trade'), reading(100 + (i % 50), day0 + i * MIN))
      const h = await until('600 readings stored', async () => {
        const r = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&zone=digital-trade&from=${day0}&to=${day0 + 600 * MIN}&step=60`)
        return r.series['digital-trade']?.t.length === 600 ? r : undefined
      })
      const s = h.series['digital-trade']!
      expect(s.t[1]! - s.t[0]!).toBe(MIN)
      expect(s.mean.slice(0, 3)).toEqual([100, 101, 102])
      // Hourly steps: 10 buckets, each the mean and peak of its 60 readings.
      const hourly = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&zone=digital-trade&from=${day0}&to=${day0 + 600 * MIN}&step=3600`)
      expect(hourly.series['digital-trade']!.t).toHaveLength(10)
      expect(hourly.series['digital-trade']!.max[0]).toBe(149)
    })

    it('raises exactly one alert for a zone hovering at 85 %, and keeps who acknowledged and resolved it', async () => {
      const zone = 'future-industries'
      const pattern = [500, 800, 840, 860, 845, 855, 849, 851, 830, 862, 848, 858]
      for (const [i, c] of pattern.entries()) await qos1(topic(zone), reading(c, day0 + i * MIN))
      const list = await until('the alert', async () => {
        const r = await getJson<{ alerts: AlertJson[] }>(`${rec.url}/api/alerts?scene=${SCENE}`)
        const mine = r.alerts.filter((a) => a.zone === zone)
        return mine.length && mine[0]!.level === 2 ? mine : undefined
      })
      // Every reading of the pattern stored: an alert change is stored before the reading that
      // caused it, so all the alerts these readings raise are in by now (no sleep needed).
      await until('the pattern stored', async () => {
        const r = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&zone=${zone}&from=${day0}&to=${day0 + pattern.length * MIN}&step=60`)
        return r.series[zone]?.t.length === pattern.length ? true : undefined
      })
      // One episode: raised at 80 % (level 1), escalated at 86 % (level 2), never a second alert.
      const all = (await getJson<{ alerts: AlertJson[] }>(`${rec.url}/api/alerts?scene=${SCENE}`)).alerts.filter((a) => a.zone === zone)
      expect(all).toHaveLength(1)
      const id = list[0]!.id
      const ret = await retained(broker.mqttUrl, `venue/${SCENE}/alerts/#`)
      expect(JSON.parse(ret.get(`venue/${SCENE}/alerts/${id}`) ?? '{}')).toMatchObject({ zone, level: 2, status: 'open' })

      const bad = await postJson(`${rec.url}/api/alerts/${encodeURIComponent(id)}/acknowledge`, {})
      expect(bad.status).toBe(400)
      const ack = await postJson(`${rec.url}/api/alerts/${encodeURIComponent(id)}/acknowledge`, { by: 'Li Wei' })
      expect(ack.json.alert).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Li Wei' })
      expect(typeof (ack.json.alert as AlertJson).acknowledgedAt).toBe('number')
      const res = await postJson(`${rec.url}/api/alerts/${encodeURIComponent(id)}/resolve`, { by: 'Chen Jing' })
      expect(res.json.alert).toMatchObject({ status: 'resolved', acknowledgedBy: 'Li Wei', resolvedBy: 'Chen Jing' })
      expect((await postJson(`${rec.url}/api/alerts/${encodeURIComponent(id)}/resolve`, { by: 'x' })).status).toBe(409)
      // Resolved: no longer retained on the broker (the recorder answers once the broker has it).
      expect((await retained(broker.mqttUrl, `venue/${SCENE}/alerts/#`)).has(`venue/${SCENE}/alerts/${id}`)).toBe(false)
    })

    it('counts malformed and future-dated readings per reason and stores none of them', async () => {
      const before = await getJson<Health>(`${rec.url}/api/health`)
      const zone = 'digital-scenario'
      await qos1(topic(zone), '{not json')
      await qos1(topic(zone), { count: -3, capacity: 100, ts: new Date(day0).toISOString() })
      await qos1(topic('no-such-zone'), reading(5, day0))
      await qos1(`venue/other-scene/zones/${zone}/occupancy`, reading(5, day0))
      await qos1(topic(zone), reading(7, Date.now() + 10 * MIN))
      await qos1(topic(zone), reading(8, Date.now() + 10 * MIN))
      await qos1(topic(zone), reading(9, Date.now() + 30_000)) // within the 2-minute allowance: stored
      // Point sensors: a known one is stored, an unknown one counted.
      await qos1(`venue/${SCENE}/sensors/sensor-forum-plaza/count`, reading(42, day0, 150))
      await qos1(`venue/${SCENE}/sensors/sensor-nowhere/count`, reading(1, day0))
      const after = await until('the counts', async () => {
        const h = await getJson<Health>(`${rec.url}/api/health`)
        return h.received - before.received === 9 && h.stored - before.stored === 2 ? h : undefined
      })
      expect(after.invalid['unknown-sensor']! - (before.invalid['unknown-sensor'] ?? 0)).toBe(1)
      const sensors = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&sensor=&from=${day0 - MIN}&to=${day0 + MIN}&step=60`)
      expect(Object.keys(sensors.series)).toEqual(['sensor-forum-plaza'])
      expect(sensors.series['sensor-forum-plaza']!.max).toEqual([42])
      expect(after.invalid['malformed-json']! - before.invalid['malformed-json']!).toBe(1)
      expect(after.invalid.schema! - before.invalid.schema!).toBe(1)
      expect(after.invalid['unknown-zone']! - before.invalid['unknown-zone']!).toBe(1)
      expect(after.invalid['wrong-scene']! - before.invalid['wrong-scene']!).toBe(1)
      expect(after.invalid.future! - before.invalid.future!).toBe(2)
      const h = await getJson<SeriesJson & { thresholds: Record<string, number[]> }>(`${rec.url}/api/history?scene=${SCENE}&zone=${zone}&from=${day0 - MIN}&to=${Date.now() + 60 * MIN}&step=60`)
      expect(h.series[zone]!.max).toEqual([9])
      // The zone's lines come from the deployment config, the others keep the defaults.
      expect(h.thresholds[zone]).toEqual([50, 60, 90])
    })

    it('loses nothing the broker kept while the recorder was killed mid-stream', async () => {
      const zone = 'digital-real-fusion'
      const n = 400
      const start = day0
      const sending = (async () => {
        for (let i = 0; i < n; i++) {
          await qos1(topic(zone), reading(200 + i, start + i * MIN))
          // A steady stream (~2 s in all), so the kill lands in the middle of it.
          await new Promise((r) => setTimeout(r, 5))
        }
      })()
      await until('some readings stored', async () => {
        const r = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&zone=${zone}&from=${start}&to=${start + n * MIN}&step=60`)
        const got = r.series[zone]?.t.length ?? 0
        return got > 20 && got < n ? got : undefined
      })
      await rec.kill()
      await sending
      rec = await startRecorderProcess(args())
      const h = await until(`all ${n} readings after the restart`, async () => {
        const r = await getJson<SeriesJson>(`${rec.url}/api/history?scene=${SCENE}&zone=${zone}&from=${start}&to=${start + n * MIN}&step=60`)
        return r.series[zone]?.t.length === n ? r : undefined
      }, 30_000)
      const s = h.series[zone]!
      // Every minute present once, in order: no gap, no duplicate.
      expect(s.t.every((t, i) => t === start + i * MIN)).toBe(true)
      expect(s.max.every((c, i) => c === 200 + i)).toBe(true)
      expect(rec.output()).toMatch(/session resumed/)
    }, 60_000)
  })
}
