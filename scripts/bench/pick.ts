/**
 * Picking at scale, in Node: the same grid index the 3D view uses (src/domain/picking), hit
 * with random camera rays — from close-ups to the overview — aimed at random floor points.
 */
import { bbox } from '../../src/domain/geometry/measure.ts'
import { buildPickIndex } from '../../src/domain/picking/pickIndex.ts'
import type { Ray } from '../../src/domain/picking/ray.ts'
import type { SceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { seeded } from '../generate-scene/random.ts'
import { percentile, timeEach } from './stats.ts'

/** Booths without a height stand 2.5 m tall in the app (DEFAULT_BOOTH_HEIGHT in src/scene/Booths.tsx). */
const BOOTH_HEIGHT = 2.5

export interface PickFigures {
  rays: number
  buildMs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  boothHits: number
}

export function pickBench(index: SceneIndex, rays = 1000): PickFigures {
  const v = index.scene.venue
  const t0 = performance.now()
  const pick = buildPickIndex(
    v.booths.map((b) => ({ id: b.id, footprint: b.footprint, height: b.height ?? BOOTH_HEIGHT })),
    v.zones.map((z) => ({ id: z.id, footprint: z.footprint, height: z.height })),
    v.hall.footprint,
  )
  const buildMs = performance.now() - t0
  const hall = bbox(v.hall.footprint)
  const span = Math.hypot(hall.maxX - hall.minX, hall.maxZ - hall.minZ)
  const random = seeded(1000)
  const list: Ray[] = Array.from({ length: rays }, () => {
    const tx = hall.minX + random.next() * (hall.maxX - hall.minX)
    const tz = hall.minZ + random.next() * (hall.maxZ - hall.minZ)
    const elevation = ((20 + random.next() * 65) * Math.PI) / 180
    const azimuth = random.next() * 2 * Math.PI
    const dist = 15 + random.next() * span * 0.6
    const origin: [number, number, number] = [
      tx + Math.cos(elevation) * Math.cos(azimuth) * dist,
      Math.sin(elevation) * dist,
      tz + Math.cos(elevation) * Math.sin(azimuth) * dist,
    ]
    const d = [tx - origin[0], -origin[1], tz - origin[2]] as const
    const len = Math.hypot(d[0], d[1], d[2])
    return { origin, dir: [d[0] / len, d[1] / len, d[2] / len] }
  })
  const kinds: (string | undefined)[] = []
  const warm = 20
  const times = timeEach(list, (ray) => kinds.push(pick.pick(ray)?.kind), warm)
  const boothHits = kinds.slice(warm).filter((k) => k === 'booth').length
  return { rays, buildMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100), boothHits }
}
