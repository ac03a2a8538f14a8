import { describe, expect, it } from 'vitest'
import { checkSender, isOriginAllowed, normalizeOrigin, parentOriginHint, parseEmbedConfig } from '../../src/domain/embed/origins.ts'
import { isPublicSuffix } from '../../src/domain/embed/publicSuffix.ts'
import { checkConfig } from '../../src/domain/config/configSchema.ts'

const SELF = 'https://twin.example-wdec.cn'
const config = (origins: unknown[]) => parseEmbedConfig({ allowedOrigins: origins })

describe('embed allow-list', () => {
  it('normalises origins the way browsers serialise them and rejects anything else', () => {
    expect(normalizeOrigin('https://WWW.Example-WDEC.cn/')).toBe('https://www.example-wdec.cn')
    expect(normalizeOrigin('https://www.example-wdec.cn:443')).toBe('https://www.example-wdec.cn')
    expect(normalizeOrigin('http://localhost:5173')).toBe('http://localhost:5173')
    for (const bad of ['www.example-wdec.cn', 'https://www.example-wdec.cn/path', 'https://u:p@www.example-wdec.cn', 'ftp://x.cn', 'javascript:alert(1)', 'null', '', 'https://x.cn?q=1', 'https:\\\\x.cn'])
      expect(normalizeOrigin(bad), bad).toBeNull()
  })

  it('reads embed-config.json, dropping bad entries with a warning', () => {
    const { config: c, warnings } = config(['https://www.example-wdec.cn', '*', 'https://x.cn/path', 7, 'https://*.example-wdec.cn', 'https://*.cn'])
    expect(c.allowedOrigins).toEqual([
      { kind: 'exact', origin: 'https://www.example-wdec.cn' },
      { kind: 'subdomains', protocol: 'https:', suffix: '.example-wdec.cn', port: '' },
    ])
    expect(warnings).toHaveLength(4)
    expect(warnings.join('\n')).toMatch(/"\*" would let any website/)
  })

  it('treats a file of the wrong shape as empty: same origin only', () => {
    for (const raw of [null, [], { allowedOrigins: 'https://x.cn' }, { origins: [] }]) {
      const r = parseEmbedConfig(raw)
      expect(r.config.allowedOrigins).toEqual([])
      expect(r.warnings[0]).toMatch(/only same-origin/)
    }
  })

  it('always allows the same origin, never an opaque one', () => {
    const empty = config([]).config
    expect(isOriginAllowed(SELF, SELF, empty)).toBe(true)
    expect(isOriginAllowed('https://www.example-wdec.cn', SELF, empty)).toBe(false)
    expect(isOriginAllowed('null', 'null', empty)).toBe(false)
    expect(isOriginAllowed('', SELF, empty)).toBe(false)
  })

  it('allows listed origins exactly: scheme, host and port all count', () => {
    const c = config(['https://www.example-wdec.cn', 'http://localhost:8080']).config
    expect(isOriginAllowed('https://www.example-wdec.cn', SELF, c)).toBe(true)
    expect(isOriginAllowed('http://www.example-wdec.cn', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://www.example-wdec.cn:8443', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://www.example-wdec.cn.evil.com', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://evilwww.example-wdec.cn', SELF, c)).toBe(false)
    expect(isOriginAllowed('http://localhost:8080', SELF, c)).toBe(true)
    expect(isOriginAllowed('http://localhost:8081', SELF, c)).toBe(false)
  })

  it('lets a wildcard match subdomains only, not the apex or look-alikes', () => {
    const c = config(['https://*.example-wdec.cn']).config
    expect(isOriginAllowed('https://www.example-wdec.cn', SELF, c)).toBe(true)
    expect(isOriginAllowed('https://a.b.example-wdec.cn', SELF, c)).toBe(true)
    expect(isOriginAllowed('https://example-wdec.cn', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://evilexample-wdec.cn', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://www.example-wdec.cn.evil.com', SELF, c)).toBe(false)
    expect(isOriginAllowed('http://www.example-wdec.cn', SELF, c)).toBe(false)
  })
})

describe('who may talk to the twin', () => {
  const c = config(['https://www.example-wdec.cn']).config
  const base = { selfOrigin: SELF, config: c, knownParentOrigin: null }

  it('accepts the parent window on an allowed origin', () => {
    expect(checkSender({ ...base, fromParent: true, origin: 'https://www.example-wdec.cn' })).toEqual({ accept: true })
    expect(checkSender({ ...base, fromParent: true, origin: SELF })).toEqual({ accept: true })
  })

  it('refuses other windows, other origins, and a different origin once the parent is known', () => {
    expect(checkSender({ ...base, fromParent: false, origin: 'https://www.example-wdec.cn' })).toEqual({ accept: false, reason: 'not-parent' })
    expect(checkSender({ ...base, fromParent: true, origin: 'https://evil.example' })).toEqual({ accept: false, reason: 'origin' })
    expect(checkSender({ ...base, knownParentOrigin: 'https://www.example-wdec.cn', fromParent: true, origin: SELF })).toEqual({
      accept: false,
      reason: 'origin-changed',
    })
  })

  it('learns the parent origin from ancestorOrigins (trusted) or the referrer (a hint)', () => {
    expect(parentOriginHint(['https://www.example-wdec.cn', 'https://top.example'], 'https://other.example/x')).toEqual({ origin: 'https://www.example-wdec.cn', trusted: true })
    expect(parentOriginHint(null, 'https://www.example-wdec.cn/expo/map?x=1')).toEqual({ origin: 'https://www.example-wdec.cn', trusted: false })
    expect(parentOriginHint([], '')).toBeNull()
    expect(parentOriginHint(null, 'not a url')).toBeNull()
  })
})

describe('wildcard origins and the Public Suffix List', () => {
  const withList = (origins: string[]) => parseEmbedConfig({ allowedOrigins: origins }, { isPublicSuffix })

  it('refuses a wildcard over a public suffix: *.co.uk, *.com.cn, *.github.io', () => {
    const { config: c, warnings } = withList(['https://*.co.uk', 'https://*.com.cn', 'https://*.github.io', 'https://*.example.co.uk'])
    expect(c.allowedOrigins).toEqual([{ kind: 'subdomains', protocol: 'https:', suffix: '.example.co.uk', port: '' }])
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toMatch(/"https:\/\/\*\.co\.uk" would match every site registered under the public suffix "co\.uk"/)
    expect(isOriginAllowed('https://shop.attacker.co.uk', SELF, c)).toBe(false)
    expect(isOriginAllowed('https://www.example.co.uk', SELF, c)).toBe(true)
  })

  it('npm run config -- check fails on *.co.uk with the rule and path', () => {
    const r = checkConfig({ embed: { allowedOrigins: ['https://*.co.uk'] } }, 'venue-twin.config.json', { isPublicSuffix })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.issues).toEqual([expect.objectContaining({ file: 'venue-twin.config.json', path: '$.embed.allowedOrigins', rule: 'embed-origin' })])
  })

  it('warns about plain http origins other than this machine, and keeps them', () => {
    const { config: c, warnings, cautions } = withList(['http://partner.example-wdec.cn', 'http://*.example-wdec.cn', 'http://localhost:8080', 'http://127.0.0.1:3000', 'https://www.example-wdec.cn'])
    expect(warnings).toEqual([])
    expect(c.allowedOrigins).toHaveLength(5)
    expect(cautions).toHaveLength(2)
    expect(cautions[0]).toMatch(/"http:\/\/partner\.example-wdec\.cn" is plain http/)
    const r = checkConfig({ embed: { allowedOrigins: ['http://partner.example-wdec.cn'] } }, 'venue-twin.config.json', { isPublicSuffix })
    expect(r.ok).toBe(true)
    expect(r.notes).toEqual([expect.objectContaining({ path: '$.embed.allowedOrigins', rule: 'embed-origin-http' })])
  })
})
