/**
 * The scene load has a time limit: a stalled download or checks that never end give way to the
 * error screen, never an endless "Loading venue…".
 */
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ErrorScreen } from '../../src/app/ErrorScreen.tsx'
import { loadScene, SceneLoadError } from '../../src/data/loadScene.ts'

describe('scene load time limit', () => {
  it('gives up with a timeout failure and stops the download', async () => {
    const signals: AbortSignal[] = []
    // A server that accepts the request and never answers.
    const stalled = ((_url: string, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal)
      return new Promise<Response>(() => undefined)
    }) as typeof fetch
    const error = await loadScene('stalled-expo', { fetch: stalled, worker: false, timeoutMs: 1000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SceneLoadError)
    expect((error as SceneLoadError).failure).toEqual({ kind: 'timeout', sceneId: 'stalled-expo', seconds: 1 })
    expect(signals.length).toBeGreaterThan(0)
    expect(signals.every((s) => s.aborted)).toBe(true)
  })

  it('the error screen says the venue took too long, in both languages', () => {
    const failure = { kind: 'timeout', sceneId: 'big-fair', seconds: 60 } as const
    const { unmount } = render(<ErrorScreen failure={failure} lang="en" sceneId="big-fair" />)
    expect(screen.getByRole('alert')).toHaveTextContent('The venue took too long to load (over 60 s)')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    unmount()
    render(<ErrorScreen failure={failure} lang="zh" sceneId="big-fair" />)
    expect(screen.getByRole('alert')).toHaveTextContent('场馆加载超时（已超过 60 秒）')
  })
})
