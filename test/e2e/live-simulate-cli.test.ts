/**
 * `npm run simulate` against a real broker: it publishes the simulator's messages — the same
 * topics and payloads the app validates — at the requested rate, then exits.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import mqtt from 'mqtt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseLiveMessage } from '../../src/domain/live/parseMessage.ts'
import { sceneSubscription } from '../../src/domain/live/topics.ts'
import { startMosquitto, type Broker } from './mosquitto.ts'
import { loadDefaultScene } from './sceneData.ts'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const index = loadDefaultScene()

function simulate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/simulate.ts', ...args], { cwd: root, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

let broker: Broker
beforeAll(async () => {
  broker = await startMosquitto()
})
afterAll(async () => {
  await broker?.dispose()
})

describe('npm run simulate', () => {
  it('publishes valid occupancy and attendance messages at the requested rate', async () => {
    const sub = mqtt.connect(broker.mqttUrl, { reconnectPeriod: 0 })
    await new Promise<void>((r) => sub.once('connect', () => r()))
    await sub.subscribeAsync(sceneSubscription(index.scene.venue.id))
    const got: { topic: string; payload: string }[] = []
    sub.on('message', (topic, payload) => got.push({ topic, payload: payload.toString() }))

    const r = await simulate(['--broker', broker.wsUrl, '--scene', 'wdec-2023', '--speed', '60', '--start', `${index.scene.venue.dates.start}T09:40:00+08:00`, '--duration', '2', '--rate', '50', '--quiet'])
    await new Promise((res) => setTimeout(res, 300))
    sub.end(true)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/done, \d+ messages/)
    const sent = Number(/done, (\d+) messages/.exec(r.stdout)![1])
    expect(got.length).toBe(sent)
    expect(sent).toBeGreaterThanOrEqual(90)
    expect(sent).toBeLessThanOrEqual(110)
    for (const m of got) expect(parseLiveMessage(index, m.topic, m.payload).ok, `${m.topic} ${m.payload}`).toBe(true)
    const zonesSeen = new Set(got.filter((m) => m.topic.endsWith('/occupancy')).map((m) => m.topic))
    expect(zonesSeen.size).toBe(index.scene.venue.zones.length)
    // 09:40 on the first day: the opening ceremony's attendance is published too.
    expect(got.some((m) => m.topic.endsWith('/attendance'))).toBe(true)
  })

  it('rejects bad usage with exit code 2 and says why', async () => {
    const r = await simulate(['--scene', 'wdec-2023'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--broker is required')
    const bad = await simulate(['--broker', 'http://example.com'])
    expect(bad.code).toBe(2)
  })

  it('fails with exit code 1 and a clear message when the broker is unreachable', async () => {
    const port = broker.mqttPort
    await broker.stop()
    try {
      const r = await simulate(['--broker', `mqtt://127.0.0.1:${port}`, '--duration', '1'])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/could not connect/)
    } finally {
      await broker.start()
    }
  })
})
