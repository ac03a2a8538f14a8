/** Deterministic randomness for the simulator: the same seed and key always give the same value. */

/** A number in [0, 1) from a seed and any number of key parts (FNV-1a, then a murmur finaliser). */
export function hash01(seed: number, ...parts: (string | number)[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  const text = parts.join('|')
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return (h >>> 0) / 4294967296
}

/**
 * Smooth noise in [-1, 1] over time: random knots every `period` minutes, eased between. People
 * drift in and out; they do not teleport between readings.
 */
export function smoothNoise(seed: number, key: string, minute: number, period = 3): number {
  const x = minute / period
  const k = Math.floor(x)
  const f = x - k
  const a = hash01(seed, key, k) * 2 - 1
  const b = hash01(seed, key, k + 1) * 2 - 1
  const s = f * f * (3 - 2 * f)
  return a + (b - a) * s
}
