import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostMessage } from '../../src/domain/embed/protocol.ts'
import { createChannel, type Timers } from '../../src/sdk/channel.ts'
import { embed, VenueTwin } from '../../src/sdk/index.ts'

const TWIN = 'https://twin.example'
const v1 = { source: 'venue-twin', version: 1 } as const
const READY = { ...v1, type: 'ready', payload: { scene: 'wdec-2023', version: '1.0.0', selection: null, lang: 'en', level: 'level-1' } }

/** Timers the test moves by hand. */
function manualTimers(): Timers & { fire(): void; count(): number } {
  const live = new Map<number, () => void>()
  let n = 0
  return {
    set: (cb) => (live.set(++n, cb), n),
    clear: (h) => void live.delete(h as number),
    fire: () => [...live.values()].forEach((cb) => cb()),
    count: () => live.size,
  }
}

describe('SDK channel: requests and answers', () => {
  it('pairs each answer with its request by id, in any order', async () => {
    const sent: HostMessage[] = []
    const ch = createChannel({ post: (m) => sent.push(m), requestTimeoutMs: 1000, timers: manualTimers() })
    const state = ch.request({ type: 'getState' })
    const sel = ch.request({ type: 'select', payload: { kind: 'zone', id: 'digital-trade' } })
    expect(sent.map((m) => [m.type, m.id])).toEqual([
      ['getState', 'r1'],
      ['select', 'r2'],
    ])
    expect(sent[1]).toMatchObject({ ...v1, payload: { kind: 'zone', id: 'digital-trade' } })
    ch.receive({ ...v1, type: 'response', id: 'r2', payload: { selection: { kind: 'zone', id: 'digital-trade' } } })
    ch.receive({ ...v1, type: 'response', id: 'r1', payload: { selection: null, lang: 'zh', scene: 'wdec-2023' } })
    await expect(sel).resolves.toEqual({ selection: { kind: 'zone', id: 'digital-trade' } })
    await expect(state).resolves.toEqual({ selection: null, lang: 'zh', scene: 'wdec-2023' })
  })

  it('asks for a level and hears level changes', async () => {
    const sent: HostMessage[] = []
    const ch = createChannel({ post: (m) => sent.push(m), requestTimeoutMs: 1000, timers: manualTimers() })
    const changes = vi.fn()
    ch.on('levelChange', changes)
    const set = ch.request({ type: 'setLevel', payload: { levelId: 'level-2' } })
    expect(sent[0]).toEqual({ ...v1, type: 'setLevel', id: 'r1', payload: { levelId: 'level-2' } })
    ch.receive({ ...v1, type: 'response', id: 'r1', payload: { levelId: 'level-2' } })
    await expect(set).resolves.toEqual({ levelId: 'level-2' })
    ch.receive({ ...v1, type: 'levelChange', payload: { levelId: 'level-1', source: 'user' } })
    // A broken message (no level id) never reaches the host's listener.
    ch.receive({ ...v1, type: 'levelChange', payload: { source: 'user' } })
    expect(changes.mock.calls).toEqual([[{ levelId: 'level-1', source: 'user' }]])
  })

  it('rejects a request the twin answers with an error', async () => {
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 1000, timers: manualTimers() })
    const p = ch.request({ type: 'select', payload: { kind: 'booth', id: 'nope' } })
    ch.receive({ ...v1, type: 'error', id: 'r1', payload: { message: 'there is no booth "nope" in this venue' } })
    await expect(p).rejects.toThrow('Venue Twin: there is no booth "nope" in this venue')
  })

  it('times a request out with a clear error, and ignores a late answer', async () => {
    const timers = manualTimers()
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 2500, timers })
    const p = ch.request({ type: 'getState' })
    timers.fire()
    await expect(p).rejects.toThrow('Venue Twin did not answer "getState" within 2500 ms')
    const errors = vi.fn()
    ch.on('error', errors)
    ch.receive({ ...v1, type: 'response', id: 'r1', payload: {} })
    expect(errors).not.toHaveBeenCalled()
  })

  it('clears the timer of an answered request', () => {
    const timers = manualTimers()
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 100, timers })
    void ch.request({ type: 'getState' })
    expect(timers.count()).toBe(1)
    ch.receive({ ...v1, type: 'response', id: 'r1', payload: {} })
    expect(timers.count()).toBe(0)
  })

  it('fans events out, lets listeners unsubscribe, and survives a failing listener', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 100, timers: manualTimers() })
    const a = vi.fn(() => {
      throw new Error('host bug')
    })
    const b = vi.fn()
    ch.on('selectionChange', a)
    const off = ch.on('selectionChange', b)
    const change = { ...v1, type: 'selectionChange', payload: { selection: { kind: 'booth', id: 'b1' }, source: 'user' } }
    ch.receive(change)
    expect(b).toHaveBeenCalledWith({ selection: { kind: 'booth', id: 'b1' }, source: 'user' })
    off()
    ch.receive(change)
    expect(a).toHaveBeenCalledTimes(2)
    expect(b).toHaveBeenCalledTimes(1)
    expect(() => ch.on('explode' as 'error', () => undefined)).toThrow(/unknown event "explode"/)
    vi.restoreAllMocks()
  })

  it('ignores foreign and malformed messages', () => {
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 100, timers: manualTimers() })
    const seen = vi.fn()
    for (const e of ['ready', 'selectionChange', 'routeChange', 'error'] as const) ch.on(e, seen)
    for (const junk of [null, 'x', { type: 'ready' }, { ...v1, version: 2, type: 'ready', payload: READY.payload }, { ...v1, type: 'error' }, { ...v1, type: 'selectionChange', payload: { selection: 'zone' } }])
      ch.receive(junk)
    expect(seen).not.toHaveBeenCalled()
  })

  it('rejects what is pending when closed', async () => {
    const ch = createChannel({ post: () => undefined, requestTimeoutMs: 100, timers: manualTimers() })
    const p = ch.request({ type: 'getState' })
    ch.close('gone')
    await expect(p).rejects.toThrow('gone')
    await expect(ch.request({ type: 'getState' })).rejects.toThrow('gone')
  })
})

describe('VenueTwin.embed', () => {
  let container: HTMLDivElement
  beforeEach(() => {
    container = document.createElement('div')
    document.body.append(container)
  })
  afterEach(() => {
    container.remove()
    vi.useRealTimers()
  })

  const frameOf = () => container.querySelector('iframe')!
  const fromTwin = (data: unknown, opts: { origin?: string; source?: MessageEventSource | null } = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin: opts.origin ?? TWIN, source: opts.source === undefined ? frameOf().contentWindow : opts.source }))

  it('creates an accessible iframe on the twin with mode=embed and the options as URL parameters', async () => {
    const pending = embed(container, { src: `${TWIN}/app/?live=off`, scene: 'wdec-2023', lang: 'zh', zone: 'digital-trade', timeoutMs: 50 })
    const timedOut = expect(pending).rejects.toThrow(/did not report ready within 50 ms/)
    const iframe = frameOf()
    const url = new URL(iframe.src)
    expect(url.origin + url.pathname).toBe(`${TWIN}/app/`)
    expect(Object.fromEntries(url.searchParams)).toEqual({ live: 'off', mode: 'embed', scene: 'wdec-2023', lang: 'zh', zone: 'digital-trade' })
    expect(iframe.title).toBe('场馆地图')
    expect(iframe.getAttribute('allow')).toBe('fullscreen')
    expect(iframe.getAttribute('referrerpolicy')).toBe('origin')
    await timedOut
  })

  it('resolves on ready, posts only to the twin origin, and ignores look-alike messages', async () => {
    const pending = embed(container, { src: `${TWIN}/`, title: 'Hall map' })
    const win = frameOf().contentWindow!
    const post = vi.spyOn(win, 'postMessage').mockImplementation(() => undefined)
    // Right data, wrong origin or wrong window: not the twin.
    fromTwin(READY, { origin: 'https://evil.example' })
    fromTwin(READY, { source: window })
    fromTwin(READY, { source: null })
    fromTwin(READY)
    const twin = await pending
    expect(twin.origin).toBe(TWIN)
    expect(twin.info).toEqual(READY.payload)
    expect(frameOf().title).toBe('Hall map')

    const changes = vi.fn()
    twin.on('selectionChange', changes)
    const selecting = twin.select({ kind: 'zone', id: 'digital-trade' })
    const [message, target] = post.mock.calls.at(-1)!
    expect(target as unknown).toBe(TWIN)
    expect(message).toMatchObject({ ...v1, type: 'select', payload: { kind: 'zone', id: 'digital-trade' } })
    const id = (message as { id: string }).id
    fromTwin({ ...v1, type: 'response', id, payload: { selection: { kind: 'zone', id: 'digital-trade' } } }, { origin: 'https://evil.example' })
    fromTwin({ ...v1, type: 'response', id, payload: { selection: { kind: 'zone', id: 'digital-trade' } } })
    await expect(selecting).resolves.toEqual({ kind: 'zone', id: 'digital-trade' })
    fromTwin({ ...v1, type: 'selectionChange', payload: { selection: { kind: 'zone', id: 'digital-trade' }, source: 'embed' } })
    expect(changes).toHaveBeenCalledTimes(1)
    expect(post.mock.calls.map((call) => call[1] as unknown)).toEqual(post.mock.calls.map(() => TWIN))
    twin.destroy()
  })

  it('rejects at once when the twin reports that it could not start', async () => {
    const pending = embed(container, { src: `${TWIN}/` })
    fromTwin({ ...v1, type: 'error', payload: { message: 'the venue failed to load: network' } })
    await expect(pending).rejects.toThrow('Venue Twin could not start: the venue failed to load: network')
    expect(frameOf()).toBeNull()
  })

  it('names the allow-list when ready never comes, and removes the iframe', async () => {
    vi.useFakeTimers()
    const pending = embed(container, { src: `${TWIN}/`, timeoutMs: 5000 })
    const check = expect(pending).rejects.toThrow(/venue-twin\.config\.json "embed": \{ "allowedOrigins" \}/)
    vi.advanceTimersByTime(5000)
    await check
    expect(container.querySelector('iframe')).toBeNull()
  })

  it('destroy removes the iframe and fails pending commands', async () => {
    const pending = embed(container, { src: `${TWIN}/` })
    vi.spyOn(frameOf().contentWindow!, 'postMessage').mockImplementation(() => undefined)
    fromTwin(READY)
    const twin = await pending
    const state = twin.getState()
    const iframe = frameOf()
    twin.destroy()
    await expect(state).rejects.toThrow('destroyed')
    expect(iframe.isConnected).toBe(false)
    await expect(twin.getState()).rejects.toThrow('destroyed')
  })

  it('refuses a non-element container and a non-http src', async () => {
    await expect(embed(null as unknown as HTMLElement)).rejects.toThrow(/container element/)
    await expect(embed(container, { src: 'javascript:alert(1)' })).rejects.toThrow(/http\(s\) URL/)
    expect(VenueTwin.embed).toBe(embed)
  })
})
