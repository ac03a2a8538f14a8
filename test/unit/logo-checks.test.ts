import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { readImageHeader } from '../../src/domain/logos/imageHeader.ts'
import { checkLogos, logoRefs } from '../../src/domain/logos/logoRules.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { smallScene, toFileTexts, toRaw } from '../fixtures/smallScene.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const tmpRoot = mkdtempSync(path.join(tmpdir(), 'venue-twin-logos-'))
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }))

function png(width: number, height: number): Buffer {
  const p = new PNG({ width, height })
  p.data.fill(200)
  return PNG.sync.write(p)
}
const webp = (width: number, height: number, opts: { lossless?: boolean; alpha?: boolean } = {}): Promise<Buffer> =>
  sharp({ create: { width, height, channels: opts.alpha ? 4 : 3, background: opts.alpha ? { r: 10, g: 20, b: 30, alpha: 0.5 } : '#0a141e' } })
    .webp({ lossless: opts.lossless ?? false })
    .toBuffer()

describe('logo image headers, read from real files', () => {
  it('PNG: width and height from IHDR', () => {
    expect(readImageHeader(png(300, 120))).toEqual({ format: 'png', width: 300, height: 120 })
  })

  it('WebP: lossy (VP8), lossless (VP8L) and with alpha (VP8X)', async () => {
    const lossy = await webp(333, 77)
    const lossless = await webp(129, 512, { lossless: true })
    const alpha = await webp(600, 40, { alpha: true })
    expect(String.fromCharCode(...lossy.subarray(12, 16))).toBe('VP8 ')
    expect(String.fromCharCode(...lossless.subarray(12, 16))).toBe('VP8L')
    expect(readImageHeader(lossy)).toEqual({ format: 'webp', width: 333, height: 77 })
    expect(readImageHeader(lossless)).toEqual({ format: 'webp', width: 129, height: 512 })
    expect(readImageHeader(alpha)).toMatchObject({ format: 'webp', width: 600, height: 40 })
  })

  it('a JPEG, a PNG cut off after its signature and an empty file are not logos', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer()
    for (const bytes of [jpeg, png(8, 8).subarray(0, 12), new Uint8Array()]) expect(readImageHeader(bytes)).toHaveProperty('problem')
  })
})

describe('logo checks', () => {
  const refs = [{ exhibitorId: 'acme', index: 3, file: 'logos/acme.png' }]

  it('logo checks reject a renamed text file', () => {
    const text = Buffer.from('Acme Robotics — logo to follow\n', 'utf8')
    const { issues, logos } = checkLogos(refs, () => text)
    expect(logos).toEqual([])
    expect(issues).toEqual([
      {
        file: 'exhibitors.json',
        path: '$.exhibitors[3].logo',
        rule: 'logo-format',
        value: 'logos/acme.png',
        message: 'the logo file logos/acme.png is not a PNG or WebP image (its first bytes are neither signature; a renamed file?)',
      },
    ])
  })

  it('a missing file, an image over 512 × 512 and a file over 200 kB are each refused by their rule', () => {
    const big = Buffer.concat([png(64, 64), Buffer.alloc(200_001 - png(64, 64).length)])
    const files: Record<string, Uint8Array> = { 'wide.png': png(513, 100), 'big.png': big, 'ok.png': png(512, 512) }
    const { issues, logos } = checkLogos(
      ['gone.webp', 'wide.png', 'big.png', 'ok.png'].map((file, index) => ({ exhibitorId: `e${index}`, index, file })),
      (f) => files[f] ?? null,
    )
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      ['$.exhibitors[0].logo', 'logo-file'],
      ['$.exhibitors[1].logo', 'logo-dimensions'],
      ['$.exhibitors[2].logo', 'logo-size'],
    ])
    expect(issues[1]!.message).toBe('the logo file wide.png is 513 × 100 px; at most 512 × 512')
    expect(logos.map((l) => [l.file, l.width, l.height])).toEqual([['ok.png', 512, 512]])
  })

  it('the schema takes a path inside the scene folder only', () => {
    const parsed = (logo: string) => {
      const s = smallScene()
      ;(s.exhibitors.exhibitors[0] as Record<string, unknown>).logo = logo
      return parseScene(toRaw(s))
    }
    for (const bad of ['../secret.png', '/etc/logo.png', 'logos/acme.gif', 'logos/./a.png']) {
      const r = parsed(bad)
      expect(r.ok, bad).toBe(false)
      if (!r.ok) expect(r.issues[0]).toMatchObject({ file: 'exhibitors.json', path: '$.exhibitors[0].logo' })
    }
    expect(parsed('logos/acme-2.webp').ok).toBe(true)
    expect(logoRefs([{ id: 'a' }, { id: 'b', logo: 'b.png' }])).toEqual([{ exhibitorId: 'b', index: 1, file: 'b.png' }])
  })
})

describe('npm run validate with logo files on disk', () => {
  it('a .png that is really text: exit 1, naming the file, the JSON path and the rule', () => {
    const s = smallScene()
    ;(s.exhibitors.exhibitors[1] as Record<string, unknown>).logo = 'logos/renamed.png'
    ;(s.exhibitors.exhibitors[2] as Record<string, unknown>).logo = 'logos/real.png'
    const dir = path.join(tmpRoot, 'scene-renamed')
    mkdirSync(path.join(dir, 'logos'), { recursive: true })
    for (const [file, text] of Object.entries(toFileTexts(s))) writeFileSync(path.join(dir, file), text)
    writeFileSync(path.join(dir, 'logos', 'renamed.png'), 'not an image\n')
    writeFileSync(path.join(dir, 'logos', 'real.png'), png(100, 50))
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ✗ '))).toEqual([
      '  ✗ exhibitors.json $.exhibitors[1].logo [logo-format] the logo file logos/renamed.png is not a PNG or WebP image (its first bytes are neither signature; a renamed file?) (value: "logos/renamed.png")',
    ])
    // The real one passes once the renamed one is replaced.
    writeFileSync(path.join(dir, 'logos', 'renamed.png'), readFileSync(path.join(dir, 'logos', 'real.png')))
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { cwd: ROOT, encoding: 'utf8' })
    expect(again.status).toBe(0)
  }, 60_000)
})
