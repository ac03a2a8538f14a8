/**
 * The control room's state (`?mode=ops`): the recorded day, the alerts and the replay position.
 * A store of its own, created only when the ops screen's code loads, so a visitor's download
 * never carries it. Fed by src/integration/opsFeed.ts; read by src/ui/ops/ and the heatmap.
 */
import { create } from 'zustand'
import type { Alert } from '../domain/ops/alerts.ts'
import type { DaySeries } from '../domain/ops/daySeries.ts'

export type RecorderStatus = 'none' | 'connecting' | 'ok' | 'unreachable'

export interface OpsState {
  recorderUrl: string | null
  status: RecorderStatus
  /** Start of the venue day shown (epoch ms) and its last refresh. */
  dayStart: number
  /** Zone and session series of the recorded day, by id. */
  zones: Readonly<Record<string, DaySeries>>
  sessions: Readonly<Record<string, DaySeries>>
  /** Point sensors: the recorded day, and the newest live reading of each (from the live feed). */
  sensors: Readonly<Record<string, DaySeries>>
  sensorsLive: Readonly<Record<string, { count: number; capacity: number; ts: number }>>
  thresholds: Readonly<Record<string, readonly [number, number, number]>>
  alerts: readonly Alert[]
  /** Replay instant; null = live. */
  replayAt: number | null
  /** Operator name for acknowledge / resolve, kept on this screen. */
  operator: string
  /** The last acknowledge / resolve error, in words from the recorder. */
  actionError: string | null
  /** Acknowledge or resolve as `operator`; installed by the recorder feed, null without one. */
  act: ((id: string, action: 'acknowledge' | 'resolve') => Promise<boolean>) | null
  setReplayAt(t: number | null): void
  setOperator(name: string): void
}

export const useOpsStore = create<OpsState>()((set) => ({
  recorderUrl: null,
  status: 'none',
  dayStart: 0,
  zones: {},
  sessions: {},
  sensors: {},
  sensorsLive: {},
  thresholds: {},
  alerts: [],
  replayAt: null,
  operator: '',
  actionError: null,
  act: null,
  setReplayAt: (t) => set({ replayAt: t }),
  setOperator: (name) => set({ operator: name }),
}))

export type OpsStore = typeof useOpsStore
