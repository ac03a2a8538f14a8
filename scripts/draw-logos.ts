/**
 * `npx tsx scripts/draw-logos.ts` — draws the logos of the default scene's four real showcases
 * (scenes/wdec-2023/logos/*.png): simple original marks, a shape and initials on a white tile,
 * not the organisations' own artwork. Deterministic: running it again rewrites the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'

const SIZE = 256
type Rgb = [number, number, number]

/** 5 × 7 capitals, enough for the initials drawn here. */
const GLYPHS: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  I: ['11111', '00100', '00100', '00100', '00100', '00100', '11111'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  Y: ['10001', '10001', '01010', '00100', '00100', '00100', '00100'],
}

class Canvas {
  readonly png = new PNG({ width: SIZE, height: SIZE })
  constructor() {
    this.png.data.fill(0)
  }
  /** Paints every pixel whose centre `inside` holds. */
  fill(colour: Rgb, inside: (x: number, y: number) => boolean): void {
    for (let y = 0; y < SIZE; y++)
      for (let x = 0; x < SIZE; x++) {
        if (!inside(x + 0.5, y + 0.5)) continue
        const i = (y * SIZE + x) * 4
        this.png.data.set([...colour, 255], i)
      }
  }
  text(s: string, cx: number, top: number, cell: number, colour: Rgb): void {
    const width = s.length * 6 * cell - cell
    let left = cx - width / 2
    for (const ch of s) {
      const rows = GLYPHS[ch]!
      const x0 = left
      this.fill(colour, (x, y) => {
        const c = Math.floor((x - x0) / cell)
        const r = Math.floor((y - top) / cell)
        return c >= 0 && c < 5 && r >= 0 && r < 7 && rows[r]![c] === '1'
      })
      left += 6 * cell
    }
  }
}

/** A white rounded tile: the mark reads on any pavilion's board colour. */
function tile(c: Canvas): void {
  const r = 36
  c.fill([255, 255, 255], (x, y) => {
    const dx = Math.max(r - x, 0, x - (SIZE - r))
    const dy = Math.max(r - y, 0, y - (SIZE - r))
    return dx * dx + dy * dy <= r * r
  })
}

const inBox = (x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean => x >= x0 && x < x1 && y >= y0 && y < y1
const inCircle = (x: number, y: number, cx: number, cy: number, r: number): boolean => (x - cx) ** 2 + (y - cy) ** 2 <= r * r

const MARKS: Record<string, (c: Canvas) => void> = {
  // Two overlapping squares: a thing and its twin.
  'digital-twin-research-institute': (c) => {
    c.fill([28, 94, 168], (x, y) => inBox(x, y, 48, 28, 136, 116))
    c.fill([64, 170, 220], (x, y) => inBox(x, y, 104, 60, 200, 148) && !inBox(x, y, 116, 72, 188, 136))
    c.text('DT', 128, 170, 8, [28, 94, 168])
  },
  // A pavilion roof over the lake's ripples.
  'tianyi-pavilion-yuehu-digital-twin': (c) => {
    c.fill([150, 40, 40], (x, y) => y >= 30 && y < 96 && Math.abs(x - 128) <= (y - 30) * 1.3)
    c.fill([150, 40, 40], (x, y) => inBox(x, y, 92, 96, 164, 110))
    c.fill([30, 140, 130], (x, y) => [120, 142].some((w) => Math.abs(y - (w + 6 * Math.sin(x / 12))) < 5) && inBox(x, y, 40, 110, 216, 156))
    c.text('TY', 128, 176, 7, [150, 40, 40])
  },
  // A sail on the sea: the fishing port.
  'xiangshan-digital-twin-fishing-port': (c) => {
    c.fill([18, 60, 120], (x, y) => inCircle(x, y, 128, 92, 68))
    c.fill([245, 150, 40], (x, y) => y >= 44 && y < 120 && x >= 128 && x - 128 <= (y - 44) * 0.75)
    c.fill([255, 255, 255], (x, y) => inBox(x, y, 84, 122, 172, 132))
    c.text('XS', 128, 176, 7, [18, 60, 120])
  },
  // A grid of processors: the supercomputer.
  'ningbo-ai-supercomputing-center': (c) => {
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const x0 = 68 + i * 42
        const y0 = 30 + j * 42
        c.fill(i === j ? [230, 120, 30] : [96, 56, 160], (x, y) => inBox(x, y, x0, y0, x0 + 34, y0 + 34))
      }
    c.text('AI', 128, 176, 7, [96, 56, 160])
  },
}

const out = path.join(import.meta.dirname, '..', 'scenes', 'wdec-2023', 'logos')
mkdirSync(out, { recursive: true })
for (const [id, draw] of Object.entries(MARKS)) {
  const c = new Canvas()
  tile(c)
  draw(c)
  const file = path.join(out, `${id}.png`)
  writeFileSync(file, PNG.sync.write(c.png, { colorType: 6, deflateLevel: 9 }))
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
}
