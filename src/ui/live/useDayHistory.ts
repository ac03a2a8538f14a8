import { useEffect, useMemo, useState } from 'react'
import { REPLAY_GRID } from '../../domain/live/recordedDay.ts'
import { historyFor, type DayHistory } from '../../domain/live/simulator.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { useVenueStore } from '../../state/store.ts'
import { warn } from '../../state/warn.ts'

/**
 * Where the replayed day comes from: `simulated` without a recorder in the deployment's
 * settings; `recorded` from the recorder; `fallback` (simulated) when the recorder did not
 * answer or answered badly; `loading` while the settings or the recording are on their way.
 */
export type DaySource = 'loading' | 'recorded' | 'simulated' | 'fallback'

interface Fetched {
  key: string
  history: DayHistory | null
}

/** The day's frames for the replay: recorded when the deployment names a recorder. */
export function useDayHistory(index: SceneIndex, day: string): { source: DaySource; history: DayHistory | null } {
  const config = useVenueStore((s) => s.deployConfig)
  // undefined: the settings are not read yet (they come a moment after the first view).
  const recorderUrl = config ? (config.recorder?.url ?? null) : undefined
  const key = `${recorderUrl ?? ''} ${index.scene.venue.id} ${day}`
  const [fetched, setFetched] = useState<Fetched | null>(null)

  useEffect(() => {
    if (!recorderUrl) return
    const ctl = new AbortController()
    // The fetch code is its own chunk: deployments without a recorder never download it.
    import('../../data/live/recorderHistory.ts')
      .then((m) => m.fetchRecordedDay(recorderUrl, index, day, ctl.signal))
      .then(
        (history) => {
          if (!ctl.signal.aborted) setFetched({ key, history })
        },
        (e: unknown) => {
          if (ctl.signal.aborted) return
          warn(`day replay: recorder ${recorderUrl} did not give the recorded day (${e instanceof Error ? e.message : String(e)}); showing a simulated day`)
          setFetched({ key, history: null })
        },
      )
    return () => ctl.abort()
  }, [recorderUrl, index, day, key])

  const current = fetched?.key === key ? fetched : null
  const needSimulated = recorderUrl === null || (current !== null && current.history === null)
  const simulated = useMemo(() => (needSimulated ? historyFor(index, day, REPLAY_GRID) : null), [needSimulated, index, day])

  if (recorderUrl === undefined) return { source: 'loading', history: null }
  if (recorderUrl === null) return { source: 'simulated', history: simulated }
  if (!current) return { source: 'loading', history: null }
  return current.history ? { source: 'recorded', history: current.history } : { source: 'fallback', history: simulated }
}
