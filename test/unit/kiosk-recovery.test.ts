import { describe, expect, it } from 'vitest'
import { nextRecovery, parseRecoveryRecord, RECOVERY_CALM_MS, recoveryDelaySeconds, type RecoveryRecord } from '../../src/domain/kiosk/recovery.ts'

describe('kiosk recovery backs off', () => {
  it('waits 5 s, 10 s, 20 s … and never more than 5 minutes', () => {
    expect(Array.from({ length: 9 }, (_, i) => recoveryDelaySeconds(i + 1))).toEqual([5, 10, 20, 40, 80, 160, 300, 300, 300])
    expect(recoveryDelaySeconds(10_000)).toBe(300)
  })

  it('a problem that comes straight back continues the run and keeps its first problem', () => {
    let now = 1_000_000
    let run: RecoveryRecord | null = null
    const waits: number[] = []
    for (const message of ['scene invalid', 'scene invalid again', 'still broken', 'and again']) {
      run = nextRecovery(run, message, now)
      const wait = recoveryDelaySeconds(run.attempt)
      waits.push(wait)
      // Restart after the wait, fail again 3 s into loading.
      now += wait * 1000 + 3000
    }
    expect(waits).toEqual([5, 10, 20, 40])
    expect(run).toMatchObject({ attempt: 4, first: { message: 'scene invalid', at: 1_000_000 } })
  })

  it('a kiosk that ran calmly for ten minutes after its restart starts a new run', () => {
    const first = nextRecovery(null, 'stale cache', 0)
    const restartedAt = recoveryDelaySeconds(1) * 1000
    const later = nextRecovery(first, 'network down', restartedAt + RECOVERY_CALM_MS + 1)
    expect(later).toMatchObject({ attempt: 1, first: { message: 'network down' } })
    const soon = nextRecovery(first, 'network down', restartedAt + RECOVERY_CALM_MS - 1)
    expect(soon).toMatchObject({ attempt: 2, first: { message: 'stale cache' } })
  })

  it('a garbled or foreign stored record starts a new run', () => {
    for (const raw of [null, '', '{', '[]', '{"attempt":0,"at":1,"first":{"message":"x","at":1}}', '{"attempt":2,"at":"x"}'])
      expect(parseRecoveryRecord(raw), String(raw)).toBeNull()
    const ok = { attempt: 3, at: 5, first: { message: 'x', at: 1 } }
    expect(parseRecoveryRecord(JSON.stringify(ok))).toEqual(ok)
  })
})
