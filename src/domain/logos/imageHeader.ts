/**
 * A logo file's kind and size from its first bytes (PNG IHDR; WebP VP8, VP8L or VP8X), without
 * decoding it: what the validator needs to tell a real image from a renamed file and to refuse
 * an oversized one. Pure, so the CLI, the build and tests share it.
 */

export type ImageFormat = 'png' | 'webp'

export type ImageHeader = { format: ImageFormat; width: number; height: number } | { problem: string }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n))
const u16le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8)
const u24le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!

function png(b: Uint8Array): ImageHeader {
  // The signature, then IHDR first: length 13, type, width, height (big-endian).
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return { problem: 'is a PNG without its IHDR header (cut short or damaged)' }
  return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) }
}

function webp(b: Uint8Array): ImageHeader {
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8 ' && b.length >= 30) {
    // A key frame: start code 9d 01 2a, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return { problem: 'is a WebP whose VP8 frame header is damaged' }
    return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    if (b[20] !== 0x2f) return { problem: 'is a WebP whose VP8L header is damaged' }
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X' && b.length >= 30) return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  return { problem: 'is a WebP without a VP8, VP8L or VP8X header (cut short or damaged)' }
}

/** The image's format and pixel size, or why these bytes are not a PNG or WebP image. */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return png(bytes)
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes)
  return { problem: 'is not a PNG or WebP image (its first bytes are neither signature; a renamed file?)' }
}
