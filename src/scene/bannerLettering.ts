/**
 * The pavilion banners' names, lettered on a 2D canvas into one texture and shown on one mesh of
 * quads (one per board face). A handful of big names do not need SDF glyphs: this way the
 * overview never starts troika-three-text, whose first use (a WebGL canvas of its own, a shader
 * and a test glyph read back) was the longest main-thread task after load at 70,000 booths; the
 * fascia names, read close up, keep troika.
 */
import { BufferAttribute, BufferGeometry, CanvasTexture, LinearMipmapLinearFilter, Mesh, SRGBColorSpace, type Vector3 } from 'three'
import { planBannerAtlas, type AtlasPlan } from '../domain/fascia/bannerAtlas.ts'
import { letteringMaterial } from './viewParts.ts'

/** One face of a banner board: its centre (just out of the board), which way it faces, its size and its two lines. */
export interface BannerFace {
  zoneId: string
  yaw: number
  center: Vector3
  width: number
  height: number
  main: string
  other: string
}

export interface BannerLetteringData {
  faces: BannerFace[]
  /** Each quad's four corners as drawn, for stepping a banner aside and back. */
  rest: Float32Array
}

/** Metres: the main line's height and offset from the board's centre, the other language's below. */
const MAIN = { max: 0.75, y: 0.28 }
const SUB = { max: 0.42, y: -0.5 }
const MIN_FONT = 0.28
const FAMILY = 'venue-lettering'

const fonts = new Map<string, Promise<string>>()
/** The scene's font subset as a page font (every glyph of its names); the system's if it fails to load. */
export function letteringFont(url: string): Promise<string> {
  let font = fonts.get(url)
  if (!font) {
    const face = new FontFace(FAMILY, `url(${url})`)
    font = face.load().then(
      (f) => {
        document.fonts.add(f)
        return `${FAMILY}, sans-serif`
      },
      () => 'sans-serif',
    )
    fonts.set(url, font)
  }
  return font
}

const cellKey = (f: BannerFace): string => `${f.zoneId}:${f.width.toFixed(2)}`

/** Both lines of every face lettered (white on clear) into one texture; the mesh of quads showing them. */
export function letteringMesh(faces: BannerFace[], family: string): Mesh {
  const cells = new Map(faces.map((f) => [cellKey(f), { key: cellKey(f), width: f.width, height: f.height, face: f }]))
  const plan = planBannerAtlas([...cells.values()])
  const canvas = document.createElement('canvas')
  canvas.width = plan.width
  canvas.height = plan.height
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  for (const { key, face } of cells.values()) {
    const r = plan.rects.get(key)!
    const cx = r.x + r.w / 2
    const cy = r.y + r.h / 2
    letter(ctx, face.main, MAIN.max, cx, cy - MAIN.y * plan.ppm, face.width, plan.ppm, family)
    letter(ctx, face.other, SUB.max, cx, cy - SUB.y * plan.ppm, face.width, plan.ppm, family)
  }
  const map = new CanvasTexture(canvas)
  map.colorSpace = SRGBColorSpace
  map.minFilter = LinearMipmapLinearFilter
  map.anisotropy = 4
  const geometry = quads(faces, plan)
  const mesh = new Mesh(geometry, letteringMaterial(map))
  mesh.name = 'banner-names'
  const data: BannerLetteringData = { faces, rest: (geometry.getAttribute('position').array as Float32Array).slice() }
  mesh.userData = data
  return mesh
}

/** One line at up to `max` metres high, as large as fits 90 % of the face; a name too long even at the smallest size breaks in two. */
function letter(ctx: CanvasRenderingContext2D, text: string, max: number, x: number, y: number, width: number, ppm: number, family: string): void {
  const widthAt = (line: string, size: number): number => {
    ctx.font = `${size * ppm}px ${family}`
    return ctx.measureText(line).width / ppm
  }
  const room = width * 0.9
  const fit = (line: string): number => Math.min(max, room / Math.max(1e-6, widthAt(line, 1)))
  let lines = [text]
  let size = fit(text)
  if (size < MIN_FONT) {
    lines = breakInTwo(text)
    size = Math.max(MIN_FONT, Math.min(...lines.map(fit)))
  }
  ctx.font = `${size * ppm}px ${family}`
  const step = size * 1.05 * ppm
  lines.forEach((line, i) => ctx.fillText(line, x, y + (i - (lines.length - 1) / 2) * step, room * ppm))
}

/** At the space nearest the middle, or (Chinese, no spaces) at the middle. */
function breakInTwo(text: string): string[] {
  const chars = [...text]
  const mid = chars.length / 2
  let cut = -1
  chars.forEach((c, i) => {
    if (c === ' ' && (cut < 0 || Math.abs(i - mid) < Math.abs(cut - mid))) cut = i
  })
  if (cut < 0) cut = Math.ceil(mid)
  return [chars.slice(0, cut).join('').trim(), chars.slice(cut).join('').trim()].filter(Boolean)
}

function quads(faces: readonly BannerFace[], plan: AtlasPlan): BufferGeometry {
  const position = new Float32Array(faces.length * 12)
  const uv = new Float32Array(faces.length * 8)
  // Unlit, but normals all the same: a vertex attribute is part of the shader program, and the
  // warm-up's stand-in (viewParts.ts) that keeps this program alive across floors has them.
  const normal = new Float32Array(faces.length * 12)
  const index: number[] = []
  faces.forEach((f, i) => {
    const r = plan.rects.get(cellKey(f))!
    const rx = Math.cos(f.yaw) * (f.width / 2)
    const rz = -Math.sin(f.yaw) * (f.width / 2)
    const h = f.height / 2
    const { x, y, z } = f.center
    // Top left, bottom left, top right, bottom right, as seen from the front.
    position.set([x - rx, y + h, z - rz, x - rx, y - h, z - rz, x + rx, y + h, z + rz, x + rx, y - h, z + rz], i * 12)
    const [u0, u1] = [r.x / plan.width, (r.x + r.w) / plan.width]
    const [vTop, vBottom] = [1 - r.y / plan.height, 1 - (r.y + r.h) / plan.height]
    uv.set([u0, vTop, u0, vBottom, u1, vTop, u1, vBottom], i * 8)
    for (let k = 0; k < 4; k++) normal.set([Math.sin(f.yaw), 0, Math.cos(f.yaw)], i * 12 + k * 3)
    const o = i * 4
    index.push(o, o + 1, o + 2, o + 2, o + 1, o + 3)
  })
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(position, 3))
  g.setAttribute('uv', new BufferAttribute(uv, 2))
  g.setAttribute('normal', new BufferAttribute(normal, 3))
  g.setIndex(index)
  g.computeBoundingSphere()
  return g
}

/** Where a face's main line stands in the scene (the test hook's reading). */
export function mainLineAt(f: BannerFace): Vector3 {
  return f.center.clone().setY(f.center.y + MAIN.y)
}
