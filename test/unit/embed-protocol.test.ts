import { describe, expect, it } from 'vitest'
import { HOST_MESSAGE_TYPES, parseHostMessage, parseTwinMessage, twinMessage } from '../../src/domain/embed/protocol.ts'

const env = { source: 'venue-twin', version: 1 } as const

describe('embed protocol v1: host → twin', () => {
  it('accepts every command of docs/contract.md with its payload', () => {
    const valid = [
      { ...env, type: 'select', id: 'a1', payload: { kind: 'booth', id: 'booth-a01' } },
      { ...env, type: 'clearSelection' },
      { ...env, type: 'search', payload: { q: 'robot' } },
      { ...env, type: 'route', payload: { from: 'entrance-north', to: 'booth-a01' } },
      { ...env, type: 'setLanguage', payload: { lang: 'zh' } },
      { ...env, type: 'setLevel', id: 'l-2', payload: { levelId: 'level-2' } },
      { ...env, type: 'getState', id: 'q-7' },
      { ...env, type: 'hello' },
    ]
    for (const m of valid) {
      const r = parseHostMessage(m)
      expect(r, JSON.stringify(m)).toMatchObject({ ok: true, message: { type: m.type } })
    }
    expect(HOST_MESSAGE_TYPES.sort()).toEqual(['clearSelection', 'getState', 'hello', 'route', 'search', 'select', 'setLanguage', 'setLevel'])
  })

  it('keeps the request id so the answer can carry it', () => {
    const r = parseHostMessage({ ...env, type: 'getState', id: 'req-42' })
    expect(r.ok && r.message.id).toBe('req-42')
  })

  it('calls messages of other scripts foreign, not errors', () => {
    for (const data of [null, 'hello', 42, [], { type: 'select' }, { source: 'react-devtools', payload: {} }, { source: 'venue-twin-x', version: 1, type: 'select' }]) {
      expect(parseHostMessage(data)).toMatchObject({ ok: false, kind: 'foreign' })
    }
  })

  it('refuses other protocol versions, naming the one it speaks', () => {
    const r = parseHostMessage({ source: 'venue-twin', version: 2, type: 'getState' })
    expect(r).toMatchObject({ ok: false, kind: 'version' })
    expect(!r.ok && r.reason).toContain('speaks 1')
    expect(parseHostMessage({ source: 'venue-twin', type: 'getState' })).toMatchObject({ ok: false, kind: 'version' })
  })

  it('calls malformed commands malformed, with a reason that names the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...env, type: 'explode' }, /unknown message type "explode"/],
      [{ ...env, type: 42 }, /unknown message type 42/],
      [{ ...env, type: 'select' }, /select: payload/],
      [{ ...env, type: 'select', payload: { kind: 'planet', id: 'x' } }, /select: payload\.kind/],
      [{ ...env, type: 'select', payload: { kind: 'zone', id: '' } }, /select: payload\.id/],
      [{ ...env, type: 'select', payload: { kind: 'zone', id: 'x'.repeat(201) } }, /select: payload\.id/],
      [{ ...env, type: 'setLanguage', payload: { lang: 'fr' } }, /setLanguage: payload\.lang/],
      [{ ...env, type: 'search', payload: { q: 5 } }, /search: payload\.q/],
      [{ ...env, type: 'search', payload: { q: 'x'.repeat(201) } }, /search: payload\.q/],
      [{ ...env, type: 'route', payload: { from: 'a' } }, /route: payload\.to/],
      [{ ...env, type: 'setLevel', payload: { levelId: 2 } }, /setLevel: payload\.levelId/],
      [{ ...env, type: 'setLevel', payload: {} }, /setLevel: payload\.levelId/],
      [{ ...env, type: 'getState', id: 7 }, /getState: id/],
      [{ ...env, type: 'getState', id: '' }, /getState: id/],
    ]
    for (const [data, reason] of cases) {
      const r = parseHostMessage(data)
      expect(r, JSON.stringify(data)).toMatchObject({ ok: false, kind: 'malformed' })
      expect(!r.ok && r.reason, JSON.stringify(data)).toMatch(reason)
    }
  })

  it('drops unknown extra fields instead of passing them on', () => {
    const r = parseHostMessage({ ...env, type: 'select', payload: { kind: 'zone', id: 'z', html: '<img onerror=x>' }, extra: true })
    expect(r.ok && r.message).toEqual({ ...env, type: 'select', payload: { kind: 'zone', id: 'z' } })
  })
})

describe('embed protocol v1: twin → host', () => {
  it('builds messages in the envelope and they validate', () => {
    const messages = [
      twinMessage({ type: 'ready', payload: { scene: 'wdec-2023', version: '1.0.0', selection: null, lang: 'en', level: 'level-1' } }),
      twinMessage({ type: 'selectionChange', payload: { selection: { kind: 'zone', id: 'digital-trade' }, source: 'user' } }),
      twinMessage({ type: 'selectionChange', payload: { selection: null, source: 'embed' } }),
      twinMessage({ type: 'routeChange', payload: { from: 'a', to: 'b', lengthM: 12.5 } }),
      twinMessage({ type: 'routeChange', payload: null }),
      twinMessage({ type: 'levelChange', payload: { levelId: 'level-2', source: 'user' } }),
      twinMessage({ type: 'response', id: 'r1', payload: { selection: null, lang: 'zh', scene: 'wdec-2023' } }),
      twinMessage({ type: 'error', id: 'r2', payload: { message: 'there is no booth "x"' } }),
      twinMessage({ type: 'error', payload: { message: 'the venue failed to load' } }),
    ]
    for (const m of messages) {
      expect(m).toMatchObject({ source: 'venue-twin', version: 1 })
      expect(parseTwinMessage(m), JSON.stringify(m)).toMatchObject({ ok: true })
    }
  })

  it('requires an id on a response and a message on an error', () => {
    expect(parseTwinMessage({ ...env, type: 'response', payload: {} })).toMatchObject({ ok: false, kind: 'malformed' })
    expect(parseTwinMessage({ ...env, type: 'error', payload: {} })).toMatchObject({ ok: false, kind: 'malformed' })
  })
})
