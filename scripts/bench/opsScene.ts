/**
 * The control-room benchmark's venue: the default scene (wdec-2023, 9 zones, its booths and
 * model) with 291 more zones, 300 in all, on an annex south of the hall — a grid of 5.5 m
 * stands, so the scene passes the app's own checks (inside the building, no overlaps) and loads
 * in the built app like any published scene.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Venue, Zone } from '../../src/domain/scene/schema.ts'
import { ROOT } from './serve.ts'

export const OPS_ZONES = 300
export const OPS_SCENE_ID = 'wdec-2023-ops300'
const CELL = 6
const SIDE = 5.5

export const opsZoneId = (i: number): string => `annex-${String(i + 1).padStart(3, '0')}`

/** Writes the scene folder (venue, exhibitors, sessions) into `dir` and returns its zone ids. */
export function writeOpsScene(dir: string): string[] {
  const src = path.join(ROOT, 'scenes/wdec-2023')
  const venue = JSON.parse(readFileSync(path.join(src, 'venue.json'), 'utf8')) as Venue
  const xs = venue.hall.footprint.map(([x]) => x)
  const zs = venue.hall.footprint.map(([, z]) => z)
  const [minX, maxX, minZ, maxZ] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)]
  const cols = Math.floor((maxX - minX) / CELL)
  const extra = OPS_ZONES - venue.zones.length
  const rows = Math.ceil(extra / cols)
  const template = venue.zones.find((z) => z.kind === 'pavilion')!
  const annex: Zone[] = Array.from({ length: extra }, (_, i) => {
    const x = minX + (i % cols) * CELL + (CELL - SIDE) / 2
    const z = maxZ + Math.floor(i / cols) * CELL + (CELL - SIDE) / 2
    const n = String(i + 1).padStart(3, '0')
    const { shortName: _short, ...rest } = template
    return {
      ...rest,
      id: opsZoneId(i),
      name: { en: `Annex stand ${n}`, zh: `附馆展区 ${n}` },
      summary: { en: `Annex stand ${n}.`, zh: `附馆展区 ${n}。` },
      footprint: [[x, z], [x + SIDE, z], [x + SIDE, z + SIDE], [x, z + SIDE]],
    }
  })
  const outline: [number, number][] = [[minX, minZ], [maxX, minZ], [maxX, maxZ + rows * CELL], [minX, maxZ + rows * CELL]]
  const out: Venue = {
    ...venue,
    id: OPS_SCENE_ID,
    hall: { ...venue.hall, footprint: outline },
    buildings: venue.buildings?.map((b) => ({ ...b, footprint: outline })),
    zones: [...venue.zones, ...annex],
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'venue.json'), JSON.stringify(out))
  for (const f of ['exhibitors.json', 'sessions.json']) copyFileSync(path.join(src, f), path.join(dir, f))
  return out.zones.map((z) => z.id)
}
