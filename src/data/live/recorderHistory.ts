/**
 * The recorded day for the visitor's replay, fetched from the deployment's recorder
 * (`recorder.url` in venue-twin.config.json). Loaded on demand by the replay controls, so
 * visitors of a deployment without a recorder never download it. Any failure — no answer
 * within the timeout, an HTTP error, a body that is not the API's — rejects with the reason in
 * words; the caller falls back to the simulated day.
 */
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { parseRecordedSeries, recordedDayHistory, recordedDayQuery } from '../../domain/live/recordedDay.ts'
import type { DayHistory } from '../../domain/live/simulator.ts'

/** Long enough for a slow venue network, short enough that a visitor is not left waiting. */
export const RECORDER_TIMEOUT_MS = 8_000

export async function fetchRecordedDay(recorderUrl: string, index: SceneIndex, day: string, signal?: AbortSignal): Promise<DayHistory> {
  const { id, timezone, zones } = index.scene.venue
  const q = recordedDayQuery(day, timezone)
  const url = `${recorderUrl.replace(/\/+$/, '')}/api/history?scene=${encodeURIComponent(id)}&from=${q.from}&to=${q.to}&step=${q.step}`
  const timeout = AbortSignal.timeout(RECORDER_TIMEOUT_MS)
  const res = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new Error('the answer is not JSON')
  }
  const series = parseRecordedSeries(body, new Set(zones.map((z) => z.id)))
  if (typeof series === 'string') throw new Error(series)
  return recordedDayHistory(day, timezone, series)
}
