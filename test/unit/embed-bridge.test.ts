import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseEmbedConfig } from '../../src/domain/embed/origins.ts'
import { parseTwinMessage, type TwinMessage } from '../../src/domain/embed/protocol.ts'
import { createEmbedBridge, type EmbedEnv, type IncomingMessage } from '../../src/integration/embed.ts'
import { loadRouting } from '../../src/state/routing.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'
import { levelsScene } from '../fixtures/levelsScene.ts'
import { loadSmallScene } from '../ui/loadFixture.ts'

const SELF = 'https://twin.example'
const HOST = 'https://www.example-wdec.cn'
const EVIL = 'https://evil.example'
const v1 = { source: 'venue-twin', version: 1 } as const

interface Fake {
  env: EmbedEnv
  posted: { message: TwinMessage; targetOrigin: string }[]
  /** A message arriving at the twin's window. */
  deliver(data: unknown, from?: { origin?: string; fromParent?: boolean }): void
  resolveConfig(): void
}

function fake(opts: { ancestorOrigins?: string[] | null; referrer?: string; allowed?: string[]; manualConfig?: boolean } = {}): Fake {
  const parent = {
    postMessage(message: unknown, targetOrigin: string) {
      const parsed = parseTwinMessage(message)
      if (!parsed.ok) throw new Error(`the twin posted an invalid message: ${parsed.reason}`)
      posted.push({ message: parsed.message, targetOrigin })
    },
  }
  const other = {}
  const posted: Fake['posted'] = []
  let listener: ((e: IncomingMessage) => void) | null = null
  let release!: () => void
  const gate = opts.manualConfig ? new Promise<void>((r) => (release = r)) : Promise.resolve()
  const env: EmbedEnv = {
    selfOrigin: SELF,
    parent,
    ancestorOrigins: opts.ancestorOrigins === undefined ? [HOST] : opts.ancestorOrigins,
    referrer: opts.referrer ?? '',
    listen(cb) {
      listener = cb
      return () => (listener = null)
    },
    loadConfig: () => gate.then(() => parseEmbedConfig({ allowedOrigins: opts.allowed ?? [HOST] })),
  }
  return {
    env,
    posted,
    deliver(data, from = {}) {
      listener?.({ data, origin: from.origin ?? HOST, source: from.fromParent === false ? other : parent })
    },
    resolveConfig: () => release(),
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0))
const drawn = () => useVenueStore.setState({ firstFrame: true, webgl: 'ok', routingStatus: 'ready' })
const types = (f: Fake) => f.posted.map((p) => p.message.type)

let stops: (() => void)[] = []
const start = (f: Fake) => {
  const b = createEmbedBridge(useVenueStore, f.env)
  stops.push(b.stop)
  return b
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  loadSmallScene({ sceneId: 'small-expo' })
})
afterEach(() => {
  stops.forEach((s) => s())
  stops = []
  vi.restoreAllMocks()
})

describe('embed bridge (the twin side)', () => {
  it('does nothing at all when the page is not framed', async () => {
    const f = fake()
    const b = createEmbedBridge(useVenueStore, { ...f.env, parent: null })
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'select', payload: { kind: 'zone', id: 'smart-city' } })
    expect(useVenueStore.getState().selection).toBeNull()
    expect(b.stats.accepted).toBe(0)
    b.stop()
  })

  it('posts ready to the allowed parent origin once the venue is drawn — never to "*"', async () => {
    const f = fake()
    start(f)
    await settle()
    expect(f.posted).toEqual([])
    drawn()
    expect(f.posted).toHaveLength(1)
    expect(f.posted[0]).toEqual({
      targetOrigin: HOST,
      message: { ...v1, type: 'ready', payload: { scene: 'small-expo', version: expect.any(String), selection: null, lang: 'en', level: 'level-1' } },
    })
  })

  it('waits for the wayfinding code before ready, and holds a route asked meanwhile until it can answer', async () => {
    const f = fake()
    start(f)
    await settle()
    useVenueStore.setState({ firstFrame: true, webgl: 'ok' })
    f.deliver({ ...v1, type: 'route', id: 'early', payload: { from: 'entrance-west', to: 'booth-b02' } })
    await settle()
    expect(f.posted).toEqual([])
    await loadRouting()
    useVenueStore.setState({ routingStatus: 'ready' })
    expect(types(f)).toContain('ready')
    const answer = f.posted.find((p) => p.message.id === 'early')?.message
    expect(answer?.type).toBe('response')
    expect(answer?.payload).toMatchObject({ from: 'entrance-west', to: 'booth-b02', lengthM: useVenueStore.getState().route!.lengthM })
  })

  it('stays silent towards a parent whose origin is not allowed, and ignores its commands', async () => {
    const f = fake({ ancestorOrigins: [EVIL] })
    const b = start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'select', id: 'x', payload: { kind: 'zone', id: 'smart-city' } }, { origin: EVIL })
    f.deliver({ ...v1, type: 'getState', id: 'y' }, { origin: EVIL })
    expect(f.posted).toEqual([])
    expect(useVenueStore.getState().selection).toBeNull()
    expect(b.stats.ignored.origin).toBe(2)
    expect(vi.mocked(console.warn).mock.calls.flat().join('\n')).toMatch(/evil\.example.*not on the allow-list/)
  })

  it('selects like the UI does, answers with the same id, then reports the change', async () => {
    const f = fake()
    const b = start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'select', id: 'req-1', payload: { kind: 'booth', id: 'booth-a02' } })
    const s = useVenueStore.getState()
    expect(s.selection).toEqual({ kind: 'booth', id: 'booth-a02' })
    expect(s.selectionSource).toBe('embed')
    const after = f.posted.slice(1).map((p) => p.message)
    expect(after).toContainEqual({ ...v1, type: 'response', id: 'req-1', payload: { selection: { kind: 'booth', id: 'booth-a02' } } })
    expect(after).toContainEqual({ ...v1, type: 'selectionChange', payload: { selection: { kind: 'booth', id: 'booth-a02' }, source: 'embed' } })
    expect(f.posted.every((p) => p.targetOrigin === HOST)).toBe(true)
    expect(b.stats.accepted).toBe(1)
  })

  it('answers an unknown id with an error carrying the request id, and changes nothing', async () => {
    const f = fake()
    start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'select', id: 'req-2', payload: { kind: 'exhibitor', id: 'no-such-company' } })
    expect(useVenueStore.getState().selection).toBeNull()
    expect(f.posted.at(-1)?.message).toEqual({ ...v1, type: 'error', id: 'req-2', payload: { message: 'there is no exhibitor "no-such-company" in this venue' } })
  })

  it('reports the visitor’s own clicks inside the twin as selectionChange', async () => {
    const f = fake()
    start(f)
    drawn()
    await settle()
    useVenueStore.getState().select({ kind: 'zone', id: 'digital-trade' }, 'user')
    useVenueStore.getState().back('user')
    expect(f.posted.slice(1).map((p) => p.message)).toEqual([
      { ...v1, type: 'selectionChange', payload: { selection: { kind: 'zone', id: 'digital-trade' }, source: 'user' } },
      { ...v1, type: 'selectionChange', payload: { selection: null, source: 'user' } },
    ])
  })

  it('answers getState, setLanguage and clearSelection', async () => {
    const f = fake()
    start(f)
    useVenueStore.getState().select({ kind: 'zone', id: 'main-stage' })
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'setLanguage', id: 'l', payload: { lang: 'zh' } })
    expect(useVenueStore.getState().lang).toBe('zh')
    f.deliver({ ...v1, type: 'getState', id: 'g' })
    expect(f.posted.at(-1)?.message).toEqual({ ...v1, type: 'response', id: 'g', payload: { selection: { kind: 'zone', id: 'main-stage' }, lang: 'zh', scene: 'small-expo', level: 'level-1' } })
    f.deliver({ ...v1, type: 'clearSelection', id: 'c' })
    expect(useVenueStore.getState().selection).toBeNull()
    expect(f.posted.map((p) => p.message)).toContainEqual({ ...v1, type: 'response', id: 'c', payload: { selection: null } })
  })

  it('ignores, counts and logs messages from other windows, foreign, versioned and malformed ones', async () => {
    const f = fake()
    const b = start(f)
    drawn()
    await settle()
    const before = f.posted.length
    f.deliver({ ...v1, type: 'select', payload: { kind: 'zone', id: 'smart-city' } }, { fromParent: false })
    f.deliver({ source: 'some-widget', hello: true })
    f.deliver('just a string')
    f.deliver({ source: 'venue-twin', version: 99, type: 'select', payload: { kind: 'zone', id: 'smart-city' } })
    f.deliver({ ...v1, type: 'select', payload: { kind: 'zone' } })
    f.deliver({ ...v1, type: 'launchMissiles' })
    expect(useVenueStore.getState().selection).toBeNull()
    expect(f.posted.length).toBe(before)
    expect(b.stats.ignored).toMatchObject({ 'not-parent': 1, foreign: 2, version: 1, malformed: 2 })
    expect(b.stats.accepted).toBe(0)
    const logged = vi.mocked(console.warn).mock.calls.flat().join('\n')
    expect(logged).toMatch(/did not come from the parent window/)
    expect(logged).toMatch(/unknown message type "launchMissiles" \(6 ignored so far\)/)
  })

  it('caps its warnings so a chatty page cannot flood the console', async () => {
    const f = fake()
    const b = start(f)
    await settle()
    for (let i = 0; i < 200; i++) f.deliver({ noise: i })
    expect(b.stats.ignored.foreign).toBe(200)
    expect(vi.mocked(console.warn).mock.calls.length).toBeLessThanOrEqual(21)
  })

  it('without ancestorOrigins or referrer, waits for a hello from an allowed parent', async () => {
    const f = fake({ ancestorOrigins: null, referrer: '' })
    start(f)
    drawn()
    await settle()
    expect(f.posted).toEqual([])
    f.deliver({ ...v1, type: 'hello' }, { origin: EVIL })
    expect(f.posted).toEqual([])
    f.deliver({ ...v1, type: 'hello' })
    expect(types(f)).toEqual(['ready'])
    expect(f.posted[0]!.targetOrigin).toBe(HOST)
    // A second hello does not repeat ready to the same host.
    f.deliver({ ...v1, type: 'hello' })
    expect(types(f)).toEqual(['ready'])
  })

  it('uses the referrer as a hint only: the first real message fixes the parent origin', async () => {
    const stale = 'https://old.example-wdec.cn'
    const f = fake({ ancestorOrigins: null, referrer: `${stale}/page`, allowed: [HOST, stale] })
    const b = start(f)
    drawn()
    await settle()
    expect(f.posted.map((p) => [p.message.type, p.targetOrigin])).toEqual([['ready', stale]])
    f.deliver({ ...v1, type: 'hello' }, { origin: HOST })
    expect(f.posted.map((p) => [p.message.type, p.targetOrigin])).toEqual([
      ['ready', stale],
      ['ready', HOST],
    ])
    // From now on the parent is HOST; the other allowed origin is refused.
    f.deliver({ ...v1, type: 'clearSelection' }, { origin: stale })
    expect(b.stats.ignored['origin-changed']).toBe(1)
  })

  it('keeps commands that arrive before the allow-list and the venue are loaded, then runs them', async () => {
    resetVenueStore({ lang: 'en', loadStatus: 'loading', index: null })
    const f = fake({ manualConfig: true })
    start(f)
    f.deliver({ ...v1, type: 'select', id: 'early', payload: { kind: 'zone', id: 'smart-city' } })
    f.resolveConfig()
    await settle()
    expect(useVenueStore.getState().selection).toBeNull()
    loadSmallScene({ sceneId: 'small-expo' })
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })
    expect(f.posted.map((p) => p.message)).toContainEqual({ ...v1, type: 'response', id: 'early', payload: { selection: { kind: 'zone', id: 'smart-city' } } })
  })

  it('before the allow-list arrives, queues only the parent’s messages: another window can neither act nor crowd it out', async () => {
    const f = fake({ manualConfig: true })
    const b = start(f)
    // A sibling frame at an origin the list will allow floods the twin while the list loads.
    for (let i = 0; i < 500; i++) f.deliver({ ...v1, type: 'select', id: `spam-${i}`, payload: { kind: 'zone', id: 'main-stage' } }, { fromParent: false })
    f.deliver({ ...v1, type: 'select', id: 'host', payload: { kind: 'zone', id: 'smart-city' } })
    expect(b.stats.ignored['not-parent']).toBe(500)
    expect(b.stats.ignored.overflow).toBe(0)
    f.resolveConfig()
    await settle()
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: 'smart-city' })
    const answered = f.posted.filter((p) => p.message.type === 'response').map((p) => (p.message as { id?: string }).id)
    expect(answered).toEqual(['host'])
  })

  it('tells the host when the venue fails to load, so it need not wait for ready', async () => {
    const f = fake()
    start(f)
    await settle()
    useVenueStore.getState().sceneFailed({ kind: 'unexpected', message: 'boom' })
    expect(f.posted.map((p) => p.message)).toEqual([{ ...v1, type: 'error', payload: { message: 'the venue failed to load: boom' } }])
  })

  it('draws routes like the directions panel, answers with the walk, and reports every route change', async () => {
    const f = fake()
    start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'route', id: 'r', payload: { from: 'entrance-west', to: 'booth-b02' } })
    const s = useVenueStore.getState()
    expect([s.routeFrom, s.routeTo, s.routeSource]).toEqual(['entrance-west', 'booth-b02', 'embed'])
    const answer = f.posted.find((p) => p.message.type === 'response' && p.message.id === 'r')?.message
    expect(answer?.payload).toMatchObject({ from: 'entrance-west', to: 'booth-b02', lengthM: s.route!.lengthM, minutes: s.route!.minutes })
    expect((answer?.payload as { steps: string[] }).steps).toEqual(s.route!.steps.map((step) => step.text.en))
    expect(f.posted.map((p) => p.message)).toContainEqual({ ...v1, type: 'routeChange', payload: { from: 'entrance-west', to: 'booth-b02', lengthM: s.route!.lengthM } })

    f.deliver({ ...v1, type: 'route', id: 'bad', payload: { from: 'entrance-west', to: 'the-moon' } })
    expect(f.posted.at(-1)?.message).toMatchObject({ type: 'error', id: 'bad', payload: { message: expect.stringMatching(/must be places in this venue/) } })
    // The visitor closes the directions inside the twin: the host hears it.
    useVenueStore.getState().clearRoute('user')
    expect(f.posted.at(-1)?.message).toEqual({ ...v1, type: 'routeChange', payload: null })
  })

  it('searches like the search box and answers with the listed results', async () => {
    const f = fake()
    start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'search', id: 's', payload: { q: 'Acme' } })
    expect(useVenueStore.getState().query).toBe('Acme')
    await vi.waitFor(() => expect(f.posted.some((p) => p.message.id === 's')).toBe(true), { timeout: 10_000 })
    const answer = f.posted.find((p) => p.message.id === 's')!.message
    expect(answer.type).toBe('response')
    const payload = answer.payload as { q: string; total: number; results: { kind: string; id: string; name: string }[] }
    expect(payload.q).toBe('Acme')
    expect(payload.total).toBeGreaterThanOrEqual(1)
    expect(payload.results).toContainEqual({ kind: 'exhibitor', id: 'acme-robotics', name: 'Acme Robotics' })
    // An empty search clears it and answers at once.
    f.deliver({ ...v1, type: 'search', id: 'e', payload: { q: '' } })
    expect(f.posted.at(-1)?.message).toEqual({ ...v1, type: 'response', id: 'e', payload: { q: '', total: 0, results: [] } })
  })

  it('shows the level the host asks for, answers with it, and reports every level change', async () => {
    loadSmallScene({ sceneId: 'small-expo' }, levelsScene)
    const f = fake()
    start(f)
    drawn()
    await settle()
    f.deliver({ ...v1, type: 'setLevel', id: 'up', payload: { levelId: 'level-2' } })
    expect(useVenueStore.getState().levelId).toBe('level-2')
    const sent = () => f.posted.map((p) => p.message)
    expect(sent()).toContainEqual({ ...v1, type: 'response', id: 'up', payload: { levelId: 'level-2' } })
    expect(sent()).toContainEqual({ ...v1, type: 'levelChange', payload: { levelId: 'level-2', source: 'embed' } })
    f.deliver({ ...v1, type: 'getState', id: 'g' })
    expect(f.posted.at(-1)?.message.payload).toMatchObject({ level: 'level-2' })

    // The visitor's switch, and a selection on the other level, reach the host too.
    useVenueStore.getState().setLevel('level-1', 'user')
    expect(f.posted.at(-1)?.message).toEqual({ ...v1, type: 'levelChange', payload: { levelId: 'level-1', source: 'user' } })
    useVenueStore.getState().select({ kind: 'booth', id: 'booth-u01' }, 'user')
    expect(sent()).toContainEqual({ ...v1, type: 'levelChange', payload: { levelId: 'level-2', source: 'selection' } })

    // An unknown level: an error with the request id, and the view stays where it is.
    const before = f.posted.length
    f.deliver({ ...v1, type: 'setLevel', id: 'moon', payload: { levelId: 'level-99' } })
    expect(useVenueStore.getState().levelId).toBe('level-2')
    expect(f.posted.slice(before).map((p) => p.message)).toEqual([{ ...v1, type: 'error', id: 'moon', payload: { message: 'there is no level "level-99" in this venue' } }])
    // A level id must be a string: malformed, ignored.
    f.deliver({ ...v1, type: 'setLevel', id: 'n', payload: { levelId: 2 } })
    expect(f.posted).toHaveLength(before + 1)
  })

  it('stops listening when stopped', async () => {
    const f = fake()
    const b = createEmbedBridge(useVenueStore, f.env)
    drawn()
    await settle()
    b.stop()
    f.deliver({ ...v1, type: 'select', payload: { kind: 'zone', id: 'smart-city' } })
    useVenueStore.getState().select({ kind: 'zone', id: 'main-stage' }, 'user')
    expect(types(f)).toEqual(['ready'])
  })
})
