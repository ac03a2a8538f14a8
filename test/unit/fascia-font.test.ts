/**
 * The fascia font subset made from the scene's own text: every character the view draws has a
 * glyph in it, for the default scene and for a generated fair, and it stays small.
 */
import path from 'node:path'
import { gzipSync, inflateSync } from 'node:zlib'
import { Font } from 'fonteditor-core'
import { describe, expect, it } from 'vitest'
import { buildFasciaFont, readFasciaSource } from '../../scripts/fascia-font.ts'
import { generateScene } from '../../scripts/generate-scene/generate.ts'
import { fasciaDisplay, type FasciaSource } from '../../src/domain/fascia/fasciaText.ts'

const inflate = (d: number[]): number[] => Array.from(inflateSync(Uint8Array.from(d)))

function glyphsOf(woff: Buffer): Set<number> {
  const font = Font.create(woff, { type: 'woff', inflate }).get()
  return new Set(Object.keys(font.cmap).map(Number))
}

/** Every character the view draws, straight from the scene (not from the font builder's own list). */
function drawn(src: FasciaSource): Set<string> {
  const out = new Set<string>()
  const add = (t: { en: string; zh: string } | undefined): void => {
    for (const ch of fasciaDisplay(t?.en ?? '') + fasciaDisplay(t?.zh ?? '')) if (ch !== ' ') out.add(ch)
  }
  for (const e of src.exhibitors.exhibitors) add(e.name)
  for (const z of src.venue.zones) {
    add(z.name)
    add(z.shortName)
  }
  return out
}

describe('fascia font subset', () => {
  // Subsetting reads and merges a few dozen font files: seconds, not milliseconds.
  it('covers every character of the default scene’s names, in ≤ 300 kB gzip', { timeout: 60_000 }, () => {
    const src = readFasciaSource(path.resolve(import.meta.dirname, '../../scenes/wdec-2023'))
    const font = buildFasciaFont(src)
    expect(font.missing).toEqual([])
    const glyphs = glyphsOf(font.woff)
    const chars = drawn(src)
    // Both scripts are in it: the names are bilingual.
    expect([...chars].some((c) => /\p{Script=Han}/u.test(c))).toBe(true)
    expect([...chars].filter((c) => !glyphs.has(c.codePointAt(0)!))).toEqual([])
    expect(gzipSync(font.woff).length).toBeLessThanOrEqual(300_000)
    // A subset, not the font: a few hundred glyphs, not tens of thousands.
    expect(glyphs.size).toBeLessThan(chars.size + 50)
  })

  it('covers a generated fair’s names too', { timeout: 60_000 }, () => {
    const scene = generateScene({ booths: 200, id: 'font-check' })
    const src: FasciaSource = scene
    const font = buildFasciaFont(src)
    const glyphs = glyphsOf(font.woff)
    expect([...drawn(src)].filter((c) => !glyphs.has(c.codePointAt(0)!))).toEqual([])
  })

  it('prints a Latin letter the font lacks as its base letter', () => {
    expect(fasciaDisplay('Wisła Cloud Sp. z o.o.')).toBe('Wisla Cloud Sp. z o.o.')
    expect(fasciaDisplay('Café Ōkubo 数字经济')).toBe('Café Okubo 数字经济')
  })
})
