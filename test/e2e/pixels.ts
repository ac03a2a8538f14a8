import { PNG } from 'pngjs'

/** Distinct colours in a PNG, quantised to 4 bits a channel so noise doesn't count as variety. */
export function colourVariety(png: Buffer): { distinct: number; dominantShare: number } {
  const img = PNG.sync.read(png)
  const counts = new Map<number, number>()
  for (let i = 0; i < img.data.length; i += 4) {
    const key = ((img.data[i]! >> 4) << 8) | ((img.data[i + 1]! >> 4) << 4) | (img.data[i + 2]! >> 4)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const total = img.width * img.height
  const dominant = Math.max(...counts.values())
  return { distinct: counts.size, dominantShare: dominant / total }
}
