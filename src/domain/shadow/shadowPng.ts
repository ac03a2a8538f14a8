/**
 * A floor shadow as an 8-bit greyscale PNG, byte for byte, with the deflate handed in (node:zlib
 * for the build and `npm run publish:scene`, CompressionStream for the editor's Publish). Each row
 * is stored with PNG's Sub filter: the shadow is smooth along a row, so the differences are mostly
 * zero — the wdec-2023 floor is 8.9 kB this way, 27.2 kB through pngjs's adaptive filter, 54 kB
 * from a canvas's RGBA.
 */
import type { ShadowImage } from './contactShadow.ts'

/** The image data a PNG deflates: per row the filter byte (1, Sub), then each texel less its left neighbour. */
export function shadowScanlines({ frame: { width, height }, texels }: ShadowImage): Uint8Array {
  const out = new Uint8Array((width + 1) * height)
  for (let y = 0, o = 0; y < height; y++) {
    out[o++] = 1
    const row = y * width
    for (let x = 0; x < width; x++) out[o++] = (texels[row + x]! - (x ? texels[row + x - 1]! : 0)) & 0xff
  }
  return out
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  let c = 0xffffffff
  for (let i = 4; i < 8 + data.length; i++) c = CRC_TABLE[(c ^ out[i]!) & 0xff]! ^ (c >>> 8)
  view.setUint32(8 + data.length, (c ^ 0xffffffff) >>> 0)
  return out
}

/** The PNG file: signature, IHDR (8-bit greyscale), one IDAT holding `zlibData` (zlib-wrapped deflate of the scanlines), IEND. */
export function greyPng(width: number, height: number, zlibData: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([8, 0, 0, 0, 0], 8)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibData), chunk('IEND', new Uint8Array(0))]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
