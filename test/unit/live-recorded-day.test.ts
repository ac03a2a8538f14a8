import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchRecordedDay } from '../../src/data/live/recorderHistory.ts'
import { isEmptyDay, parseRecordedSeries, recordedDayHistory, recordedDayQuery, REPLAY_GRID } from '../../src/domain/live/recordedDay.ts'
import { historyFor } from '../../src/domain/live/simulator.ts'
import { venueInstant } from '../../src/domain/live/venueTime.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

const index = loadDefaultScene()
const { id: SCENE, timezone: TZ, dates } = index.scene.venue
const DAY = dates.start
const ZONES = new Set(index.scene.venue.zones.map((z) => z.id))
const [A, B] = [...ZONES] as [string, string]
const MIN = 60_000
const at = (minute: number) => venueInstant(DAY, minute, TZ)

describe('the recorded day for the visitor replay', () => {
  it('asks for one 5-minute bucket per frame of the replay day', () => {
    const q = recordedDayQuery(DAY, TZ)
    expect(q).toEqual({ from: at(8 * 60), to: at(19 * 60 + 5), step: 300 })
    // The recorded frames sit exactly where the simulated ones do: the slider means the same.
    const sim = historyFor(index, DAY, REPLAY_GRID)
    const rec = recordedDayHistory(DAY, TZ, {})
    expect(rec.frames.map((f) => [f.t, f.minute])).toEqual(sim.frames.map((f) => [f.t, f.minute]))
  })

  it('shows each bucket at its frame, rounded; a gap in the recording stays a gap', () => {
    const series = {
      [A]: { t: [at(600), at(605), at(615)], mean: [100.4, 120.6, 90], max: [101, 121, 90], capacity: [500, 500, 400] },
    }
    const h = recordedDayHistory(DAY, TZ, series)
    const frame = (minute: number) => h.frames.find((f) => f.minute === minute)!.zones
    expect(frame(600)).toEqual({ [A]: { count: 100, capacity: 500 } })
    expect(frame(605)).toEqual({ [A]: { count: 121, capacity: 500 } })
    expect(frame(610)).toEqual({})
    expect(frame(615)).toEqual({ [A]: { count: 90, capacity: 400 } })
    expect(frame(595)).toEqual({})
    expect(isEmptyDay(h)).toBe(false)
    expect(isEmptyDay(recordedDayHistory(DAY, TZ, { [A]: { t: [], mean: [], max: [], capacity: [] } }))).toBe(true)
  })

  it('takes the zones of the scene from a well-formed answer and names what is wrong with a bad one', () => {
    const good = { series: { [A]: { t: [1, 2], mean: [3, 4], max: [3, 4], capacity: [10, 10] }, 'not-a-zone': { t: 'x' } } }
    expect(parseRecordedSeries(good, ZONES)).toEqual({ [A]: { t: [1, 2], mean: [3, 4], max: [3, 4], capacity: [10, 10] } })
    const bad: [unknown, RegExp][] = [
      [null, /no "series"/],
      [{ error: 'oops' }, /no "series"/],
      [{ series: [] }, /not an object/],
      [{ series: { [B]: 5 } }, /not an object/],
      [{ series: { [B]: { t: [1], mean: ['9'], capacity: [1] } } }, /arrays of numbers/],
      [{ series: { [B]: { t: [1, 2], mean: [1], capacity: [1, 1] } } }, /differ in length/],
      [{ series: { [B]: { t: [1], mean: [-1], capacity: [1] } } }, /≥ 0/],
      [{ series: { [B]: { t: [1], mean: [1], capacity: [0] } } }, /capacities ≥ 1/],
      [{ series: { [B]: { t: [2, 1], mean: [1, 1], capacity: [1, 1] } } }, /out of order/],
    ]
    for (const [body, why] of bad) expect(parseRecordedSeries(body, ZONES)).toMatch(why)
  })
})

describe('fetching the recorded day (a real HTTP server)', () => {
  let server: Server | null = null
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())))
  const serve = (status: number, body: string, seen: string[] = []): Promise<string> =>
    new Promise((resolve) => {
      server = createServer((req, res) => {
        seen.push(req.url ?? '')
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(body)
      }).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`))
    })

  it('asks the recorder for the whole day of every zone and turns the answer into frames', async () => {
    const seen: string[] = []
    const t0 = at(10 * 60)
    const url = await serve(200, JSON.stringify({ series: { [A]: { t: [t0], mean: [250], max: [260], capacity: [1000] } } }), seen)
    const h = await fetchRecordedDay(url, index, DAY)
    const q = recordedDayQuery(DAY, TZ)
    expect(seen).toEqual([`/api/history?scene=${SCENE}&from=${q.from}&to=${q.to}&step=300`])
    expect(h.frames.find((f) => f.t === t0)!.zones).toEqual({ [A]: { count: 250, capacity: 1000 } })
    expect(h.frames.find((f) => f.t === t0 + 5 * MIN)!.zones).toEqual({})
  })

  it('rejects, with the reason, an HTTP error, a body that is not JSON and one that is not the API', async () => {
    await expect(fetchRecordedDay(await serve(500, '{"error":"internal error"}'), index, DAY)).rejects.toThrow('HTTP 500')
    await new Promise<void>((r) => server!.close(() => r()))
    await expect(fetchRecordedDay(await serve(200, '<html>'), index, DAY)).rejects.toThrow('not JSON')
    await new Promise<void>((r) => server!.close(() => r()))
    await expect(fetchRecordedDay(await serve(200, '{"series":{"' + A + '":{"t":[1],"mean":[1]}}}'), index, DAY)).rejects.toThrow('arrays of numbers')
    await new Promise<void>((r) => server!.close(() => r()))
    server = null
    // Nothing listening: the connection is refused.
    await expect(fetchRecordedDay('http://127.0.0.1:9', index, DAY)).rejects.toThrow()
  })
})
