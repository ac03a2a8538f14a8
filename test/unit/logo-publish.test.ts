/** What a publish does with the logo atlas when it may not hold every logo file (the editor opened from JSON alone). */
import { describe, expect, it } from 'vitest'
import type { LogoAtlasMap } from '../../src/domain/logos/atlasMap.ts'
import { decideLogos, type PublishedLogos } from '../../src/domain/logos/logoPublish.ts'
import { checkLogos, logoRefs } from '../../src/domain/logos/logoRules.ts'

/** A PNG header of w × h (enough for the rules, which read the header). */
function png(w: number, h: number): Uint8Array {
  const b = new Uint8Array(33)
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  new DataView(b.buffer).setUint32(16, w)
  new DataView(b.buffer).setUint32(20, h)
  b.set([8, 6, 0, 0, 0], 24)
  return b
}

const exhibitors = [
  { id: 'acme', logo: 'logos/acme.png' },
  { id: 'blue', logo: 'logos/blue.png' },
  { id: 'plain' },
]
const refs = logoRefs(exhibitors)
const map: LogoAtlasMap = { format: 'venue-twin-logos/1', image: 'files/logos.0123456789abcdef.png', size: 256, logos: { acme: [4, 4, 120, 60], blue: [132, 4, 120, 120], gone: [4, 132, 120, 120] } }
const published = (over: Partial<PublishedLogos> = {}): PublishedLogos => ({
  map,
  imageThere: true,
  logoOf: new Map([
    ['acme', 'logos/acme.png'],
    ['blue', 'logos/blue-old.png'],
    ['gone', 'logos/gone.png'],
  ]),
  ...over,
})
const noFiles = checkLogos(refs, () => null)

describe('publishing logos without every logo file', () => {
  it('a scene without logos publishes no map, whatever was there', () => {
    expect(decideLogos(logoRefs([{ id: 'plain' }]), { issues: [], logos: [] }, published())).toEqual({ kind: 'none' })
  })

  it('builds a new atlas from the files at hand and names the ones left out', () => {
    const d = decideLogos(refs, checkLogos(refs, (f) => (f === 'logos/acme.png' ? png(200, 100) : null)), published())
    expect(d.kind).toBe('build')
    if (d.kind !== 'build') return
    expect(d.logos.map((l) => [l.exhibitorId, l.width, l.height])).toEqual([['acme', 200, 100]])
    expect(d.left.map((r) => r.file)).toEqual(['logos/blue.png'])
    expect(d.issues.map((i) => [i.path, i.rule])).toEqual([['$.exhibitors[1].logo', 'logo-file']])
  })

  it('with no file at hand keeps the last map only for exhibitors naming the same file, pointing at the same image', () => {
    const d = decideLogos(refs, noFiles, published())
    expect(d).toEqual({ kind: 'keep', map: { ...map, logos: { acme: [4, 4, 120, 60] } }, left: [refs[1]] })
  })

  it('never keeps a map whose image is gone, nor one it cannot check against the last publish', () => {
    expect(decideLogos(refs, noFiles, published({ imageThere: false }))).toEqual({ kind: 'drop', left: refs })
    expect(decideLogos(refs, noFiles, published({ logoOf: null }))).toEqual({ kind: 'drop', left: refs })
    expect(decideLogos(refs, noFiles, published({ map: null }))).toEqual({ kind: 'drop', left: refs })
    expect(decideLogos(refs, noFiles, published({ logoOf: new Map([['acme', 'logos/other.png']]) }))).toEqual({ kind: 'drop', left: refs })
  })
})
