/**
 * The fascia font of a scene: Noto Sans SC Bold (@fontsource/noto-sans-sc, SIL Open Font
 * License) cut down to exactly the characters the scene draws in 3D, in one WOFF file
 * (troika-three-text reads WOFF, not WOFF2). Made when the app is built, and on request in dev
 * and preview — never a full CJK font download.
 *
 * The package splits the font by unicode-range (as Google Fonts serves it, ~100 files per
 * weight); each character is taken from the file whose range holds it and the pieces merged
 * (fonteditor-core: subset + merge of TrueType outlines; HarfBuzz's subsetter cannot merge).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { deflateSync, inflateSync } from 'node:zlib'
import { Font } from 'fonteditor-core'
import { fasciaCharacters, type FasciaSource } from '../src/domain/fascia/fasciaText.ts'

const require = createRequire(import.meta.url)
const PACKAGE_DIR = path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'))
/** Bold: a header board's lettering, legible small and from afar. */
const WEIGHT = 700

export const FASCIA_FONT_FILE = 'fascia.woff'

interface Piece {
  file: string
  ranges: [number, number][]
}

/** The package's @font-face rules for the weight: each WOFF file and the code points it holds. */
function pieces(): Piece[] {
  const css = readFileSync(path.join(PACKAGE_DIR, `${WEIGHT}.css`), 'utf8')
  const out: Piece[] = []
  for (const rule of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(rule)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1]
    if (!file || !range) continue
    const ranges = range.split(',').map((r): [number, number] => {
      const [a = '', b] = r.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(a, 16), parseInt(b ?? a, 16)]
    })
    out.push({ file, ranges })
  }
  return out
}

const inflate = (data: number[]): number[] => Array.from(inflateSync(Uint8Array.from(data)))
const deflate = (data: number[]): number[] => Array.from(deflateSync(Uint8Array.from(data), { level: 9 }))

export interface FasciaFont {
  woff: Buffer
  /** Characters the scene draws. */
  characters: string[]
  /** Characters no file of the font holds (drawn as blanks): should be none. */
  missing: string[]
}

export function buildFasciaFont(src: FasciaSource): FasciaFont {
  const characters = fasciaCharacters(src)
  const all = pieces()
  const byFile = new Map<string, number[]>()
  const missing: string[] = []
  for (const ch of characters) {
    const cp = ch.codePointAt(0)!
    // As a browser does with the same rules: the last face whose range holds the character.
    const piece = all.findLast((p) => p.ranges.some(([a, b]) => cp >= a && cp <= b))
    if (!piece) {
      missing.push(ch)
      continue
    }
    byFile.set(piece.file, [...(byFile.get(piece.file) ?? []), cp])
  }
  let merged: ReturnType<typeof Font.create> | null = null
  for (const [file, subset] of byFile) {
    const part = Font.create(readFileSync(path.join(PACKAGE_DIR, 'files', file)), { type: 'woff', subset, inflate, hinting: false, kerning: true })
    if (merged) merged.merge(part, { scale: 1 })
    else merged = part
  }
  if (!merged) throw new Error('the scene draws no text: no fascia font to make')
  const woff = merged.write({ type: 'woff', deflate, toBuffer: true }) as Buffer
  return { woff: Buffer.from(woff), characters, missing }
}

/** Read a scene folder's venue and exhibitors as plain JSON (the build does not validate). */
export function readFasciaSource(sceneDir: string): FasciaSource {
  return {
    venue: JSON.parse(readFileSync(path.join(sceneDir, 'venue.json'), 'utf8')) as FasciaSource['venue'],
    exhibitors: JSON.parse(readFileSync(path.join(sceneDir, 'exhibitors.json'), 'utf8')) as FasciaSource['exhibitors'],
  }
}
