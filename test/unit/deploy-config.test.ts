import { describe, expect, it, vi } from 'vitest'
import { isBrokerAllowed } from '../../src/domain/config/brokers.ts'
import { checkConfig, configForApp } from '../../src/domain/config/configSchema.ts'
import { DEFAULT_CONFIG } from '../../src/domain/config/deploymentConfig.ts'
import { hashPin, parsePinHash, verifyPin } from '../../src/domain/config/pinHash.ts'
import { afterRightPin, afterWrongPin, lockRemainingMs, OPEN_LOCK, readLockState, type PinLockState } from '../../src/domain/config/pinLock.ts'
import { formatIssue } from '../../src/domain/scene/issues.ts'
import { loadDeploymentConfig } from '../../src/data/readDeploymentConfig.ts'

const FAST = { iterations: 100_000 }

describe('kiosk PIN hashes (PBKDF2, WebCrypto)', () => {
  it('verifies the right PIN and refuses others; each hash has its own salt', async () => {
    const a = await hashPin('2468', FAST)
    const b = await hashPin('2468', FAST)
    expect(a).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]{43}=$/)
    expect(a).not.toBe(b)
    expect(await verifyPin('2468', a)).toBe(true)
    expect(await verifyPin('2468', b)).toBe(true)
    expect(await verifyPin('2469', a)).toBe(false)
    expect(await verifyPin('', a)).toBe(false)
    expect(a).not.toContain('2468')
  })

  it('matches a hash written elsewhere with the same salt and rounds (the CLI and the browser agree)', async () => {
    const salt = new Uint8Array(16).fill(7)
    const h = await hashPin('1234', { iterations: 100_000, salt })
    expect(h).toBe(await hashPin('1234', { iterations: 100_000, salt }))
    expect(await verifyPin('1234', h)).toBe(true)
  })

  it("rejects malformed hashes and rounds a config could use to stall a kiosk", async () => {
    expect(parsePinHash('2023')).toMatch(/not a PIN hash/)
    expect(parsePinHash(`pbkdf2-sha256$1000$${'A'.repeat(22)}==$${'A'.repeat(43)}=`)).toMatch(/iterations/)
    expect(parsePinHash(`pbkdf2-sha256$99999999$${'A'.repeat(22)}==$${'A'.repeat(43)}=`)).toMatch(/iterations/)
    await expect(hashPin("12a4")).rejects.toThrow(/4 to 12 digits/)
  })
})

describe('PIN pad lock timing', () => {
  const wrong = (s: PinLockState, times: number, now: number): PinLockState => {
    let out = s
    for (let i = 0; i < times; i++) out = afterWrongPin(out, now)
    return out
  }

  it('locks for 60 s after the fifth wrong PIN, not before', () => {
    const four = wrong(OPEN_LOCK, 4, 1000)
    expect(lockRemainingMs(four, 1000)).toBe(0)
    const five = afterWrongPin(four, 1000)
    expect(lockRemainingMs(five, 1000)).toBe(60_000)
    expect(lockRemainingMs(five, 31_000)).toBe(30_000)
    expect(lockRemainingMs(five, 61_000)).toBe(0)
  })

  it('ignores tries while locked and doubles each further lock until the right PIN', () => {
    const locked = wrong(OPEN_LOCK, 5, 0)
    expect(afterWrongPin(locked, 10_000)).toEqual(locked)
    const second = wrong(locked, 5, 60_000)
    expect(lockRemainingMs(second, 60_000)).toBe(120_000)
    const third = wrong(second, 5, 180_000)
    expect(lockRemainingMs(third, 180_000)).toBe(240_000)
    expect(afterRightPin()).toEqual(OPEN_LOCK)
  })

  it('reads stored state defensively', () => {
    expect(readLockState('junk')).toEqual(OPEN_LOCK)
    expect(readLockState({ wrong: 99, locks: -1, lockedUntil: 'x' })).toEqual({ wrong: 4, locks: 0, lockedUntil: 0 })
  })
})

describe('venue-twin.config.json schema', () => {
  it('fills defaults for an empty file', () => {
    const r = checkConfig({})
    expect(r).toEqual({ ok: true, config: DEFAULT_CONFIG, notes: [] })
  })

  it('reads every field', async () => {
    const pinHash = await hashPin('1234', FAST)
    const r = checkConfig({
      dataBaseUrl: 'https://cdn.example.cn/venue/',
      defaultScene: 'wdec-2024',
      embed: { allowedOrigins: ['https://www.example-wdec.cn'] },
      live: { default: 'wss://mqtt.example-wdec.cn/mqtt', allowedBrokers: ['wss://mqtt.example-wdec.cn/mqtt'] },
      kiosks: { 'kiosk-south': { pinHash } },
      updates: { checkSeconds: 60 },
      tour: { dwellSeconds: 12 },
    })
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'))
    expect(r.config.live.default).toEqual({ kind: 'mqtt', url: 'wss://mqtt.example-wdec.cn/mqtt' })
    expect(r.config.kiosks['kiosk-south']?.pinHash).toBe(pinHash)
    expect(r.config.updates.checkSeconds).toBe(60)
    expect(r.config.tour.dwellSeconds).toBe(12)
  })

  it('reports each problem with its JSON path and rule, like the scene validator', () => {
    const r = checkConfig({
      defaultScene: 'Not Kebab',
      live: { default: 'wss://other.example/mqtt', allowedBrokers: ['http://nope'] },
      kiosks: { 'kiosk-a': { pinHash: '2023' }, 'kiosk-b': { pin: '1234' } },
      embed: { allowedOrigins: ['*'] },
      extra: true,
    })
    expect(r.ok).toBe(false)
    const lines = r.ok ? [] : r.issues.map(formatIssue)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^venue-twin\.config\.json \$\.defaultScene \[schema:invalid_format\] ids are kebab-case/),
        expect.stringMatching(/\$\.live\.allowedBrokers\[0\] \[schema:custom\] a broker is a ws:\/\/ or wss:\/\/ URL/),
        expect.stringMatching(/\$\.kiosks\["kiosk-a"\]\.pinHash \[schema:custom\] not a PIN hash/),
        expect.stringMatching(/\$\.kiosks\["kiosk-b"\] \[schema:unrecognized_keys\]/),
        expect.stringMatching(/^venue-twin\.config\.json \$ \[schema:unrecognized_keys\]/),
      ]),
    )
  })

  it('app: a broken file gives the safe defaults and the errors; a bad origin only drops that origin', () => {
    const broken = configForApp({ kiosks: [] })
    expect(broken.config).toEqual(DEFAULT_CONFIG)
    expect(broken.errors).toHaveLength(1)
    const origin = configForApp({ embed: { allowedOrigins: ['*', 'https://a.example.cn'] }, updates: { checkSeconds: 30 } })
    expect(origin.errors).toEqual([])
    expect(origin.warnings).toHaveLength(1)
    expect(origin.config.updates.checkSeconds).toBe(30)
    expect(checkConfig({ embed: { allowedOrigins: ['*'] } }).ok).toBe(false)
  })

  it('the default broker must be an allowed one; brokers match by scheme, host, port and path', () => {
    expect(checkConfig({ live: { default: 'wss://b.example/mqtt', allowedBrokers: ['wss://b.example/mqtt/'] } }).ok).toBe(true)
    const allowed = ['wss://mqtt.example-wdec.cn/mqtt']
    expect(isBrokerAllowed('wss://mqtt.example-wdec.cn/mqtt', allowed)).toBe(true)
    expect(isBrokerAllowed('wss://user:pw@mqtt.example-wdec.cn/mqtt?x=1', allowed)).toBe(true)
    expect(isBrokerAllowed('ws://mqtt.example-wdec.cn/mqtt', allowed)).toBe(false)
    expect(isBrokerAllowed('wss://mqtt.example-wdec.cn.evil.example/mqtt', allowed)).toBe(false)
    expect(isBrokerAllowed('wss://mqtt.example-wdec.cn:8443/mqtt', allowed)).toBe(false)
    expect(isBrokerAllowed('wss://mqtt.example-wdec.cn/other', allowed)).toBe(false)
  })
})

describe('loading the settings file', () => {
  const files = (map: Record<string, [number, string]>): { fetch: typeof fetch; asked: string[] } => {
    const asked: string[] = []
    const f = (async (url: string | URL | Request, init?: RequestInit) => {
      asked.push(`${String(url)} ${init?.cache}`)
      const hit = map[String(url)]
      return new Response(hit?.[1] ?? 'Not found', { status: hit?.[0] ?? 404 })
    }) as typeof fetch
    return { fetch: f, asked }
  }

  it('reads it next to index.html, revalidated; missing means the defaults', async () => {
    const ok = files({ '/twin/venue-twin.config.json': [200, '{ "updates": { "checkSeconds": 42 } }'] })
    const r = await loadDeploymentConfig({ baseUrl: '/twin/', fetch: ok.fetch })
    expect(r.config.updates.checkSeconds).toBe(42)
    expect(ok.asked[0]).toBe('/twin/venue-twin.config.json no-cache')
    const none = await loadDeploymentConfig({ baseUrl: '/', fetch: files({}).fetch })
    expect(none).toEqual({ config: DEFAULT_CONFIG, errors: [], warnings: [] })
    // What a single-page-app server answers for a missing file.
    const html = await loadDeploymentConfig({ baseUrl: '/', fetch: files({ '/venue-twin.config.json': [200, '<!doctype html>'] }).fetch })
    expect(html.errors).toEqual([])
  })

  it('reports a broken file for the screen and runs on the safe defaults', async () => {
    const r = await loadDeploymentConfig({ baseUrl: '/', fetch: files({ '/venue-twin.config.json': [200, '{ "kiosks": '] }).fetch })
    expect(r.config).toEqual(DEFAULT_CONFIG)
    expect(r.errors[0]).toMatch(/^venue-twin\.config\.json is not valid JSON/)
  })

  it('still reads the old embed-config.json, with a deprecation warning', async () => {
    const r = await loadDeploymentConfig({ baseUrl: '/', fetch: files({ '/embed-config.json': [200, '{ "allowedOrigins": ["https://www.example-wdec.cn"] }'] }).fetch })
    expect(r.config.embed.allowedOrigins).toEqual(['https://www.example-wdec.cn'])
    expect(r.warnings[0]).toMatch(/embed-config\.json is deprecated: move its allowedOrigins to venue-twin\.config\.json/)
    // The new file's own embed section wins, and the old file is not even read.
    const both = files({ '/venue-twin.config.json': [200, '{ "embed": { "allowedOrigins": [] } }'], '/embed-config.json': [200, '{ "allowedOrigins": ["https://x.example.cn"] }'] })
    const r2 = await loadDeploymentConfig({ baseUrl: '/', fetch: both.fetch })
    expect(r2.config.embed.allowedOrigins).toEqual([])
    expect(both.asked).toHaveLength(1)
  })

  it("takes the scene worker's reading: no fetch of its own, and every edge shares it", async () => {
    vi.resetModules()
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      const { adoptDeploymentConfig, deploymentConfigOnce } = await import('../../src/data/deploymentConfig.ts')
      const fromWorker = { config: { ...DEFAULT_CONFIG, updates: { checkSeconds: 42 } }, errors: [], warnings: [] }
      adoptDeploymentConfig(undefined)
      adoptDeploymentConfig(fromWorker)
      expect(await deploymentConfigOnce()).toBe(fromWorker)
      // A second reading does not replace the one the edges already have.
      adoptDeploymentConfig({ ...fromWorker, errors: ['x'] })
      expect(await deploymentConfigOnce()).toBe(fromWorker)
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
  })
})
