/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1): the same scene id, kind and record id give the
 * same IMDF feature id on every export, so tools that consume the archive can follow a booth
 * from one export to the next. SHA-1 is written out here because domain/ stays free of
 * node:crypto, and WebCrypto's digest is asynchronous.
 */

/** The namespace of Venue Twin feature ids (itself a v5 UUID under the URL namespace). */
const NAMESPACE = hexBytes('5d1b3c64a0f45b7e9a3e0f6c8b2d1e47')

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

export function sha1(data: Uint8Array): Uint8Array {
  const len = data.length
  const words = ((len + 8) >> 6) + 1
  const w = new Uint32Array(words * 16)
  for (let i = 0; i < len; i++) w[i >> 2]! |= data[i]! << (24 - (i % 4) * 8)
  w[len >> 2]! |= 0x80 << (24 - (len % 4) * 8)
  w[words * 16 - 1] = len * 8
  let h0 = 0x67452301
  let h1 = 0xefcdab89
  let h2 = 0x98badcfe
  let h3 = 0x10325476
  let h4 = 0xc3d2e1f0
  const x = new Uint32Array(80)
  for (let b = 0; b < words * 16; b += 16) {
    for (let t = 0; t < 16; t++) x[t] = w[b + t]!
    for (let t = 16; t < 80; t++) {
      const v = x[t - 3]! ^ x[t - 8]! ^ x[t - 14]! ^ x[t - 16]!
      x[t] = (v << 1) | (v >>> 31)
    }
    let [a, bb, c, d, e] = [h0, h1, h2, h3, h4]
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (bb & c) | (~bb & d) : t < 40 ? bb ^ c ^ d : t < 60 ? (bb & c) | (bb & d) | (c & d) : bb ^ c ^ d
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6
      const tmp = (((a << 5) | (a >>> 27)) + f + e + k + x[t]!) >>> 0
      e = d
      d = c
      c = (bb << 30) | (bb >>> 2)
      bb = a
      a = tmp
    }
    h0 = (h0 + a) >>> 0
    h1 = (h1 + bb) >>> 0
    h2 = (h2 + c) >>> 0
    h3 = (h3 + d) >>> 0
    h4 = (h4 + e) >>> 0
  }
  const out = new Uint8Array(20)
  const view = new DataView(out.buffer)
  ;[h0, h1, h2, h3, h4].forEach((h, i) => view.setUint32(i * 4, h))
  return out
}

const encoder = new TextEncoder()

/** UUID v5 of `name` in Venue Twin's namespace. */
export function uuidV5(name: string): string {
  const n = encoder.encode(name)
  const buf = new Uint8Array(NAMESPACE.length + n.length)
  buf.set(NAMESPACE)
  buf.set(n, NAMESPACE.length)
  const h = sha1(buf).slice(0, 16)
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const hex = Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The feature id of one scene record in IMDF. */
export function featureId(sceneId: string, kind: string, id: string): string {
  return uuidV5(`${sceneId}/${kind}/${id}`)
}
