/**
 * The archive's levels as the CLI lists them, and `--level`: the one level to import alone
 * (without it every level is imported, see buildings.ts).
 */
import type { Feature } from './geojson.ts'
import { pickText } from './labels.ts'

export interface LevelInfo {
  id: string
  ordinal: number
  name: string
  units: number
}

export function listLevels(levels: readonly Feature[], units: readonly Feature[], langOrder: readonly string[]): LevelInfo[] {
  const counts = new Map<string, number>()
  for (const u of units) {
    const l = u.properties.level_id
    if (typeof l === 'string') counts.set(l, (counts.get(l) ?? 0) + 1)
  }
  return levels
    .map((l) => ({
      id: String(l.id),
      ordinal: typeof l.properties.ordinal === 'number' ? l.properties.ordinal : 0,
      name: pickText(l.properties.name, langOrder)?.text.en ?? pickText(l.properties.short_name, langOrder)?.text.en ?? '(no name)',
      units: counts.get(String(l.id)) ?? 0,
    }))
    .sort((a, b) => a.ordinal - b.ordinal)
}

export type LevelChoice = { ok: true; level: LevelInfo; note?: string } | { ok: false; message: string }

/** `--level` by ordinal or id; without it ordinal 0 (else the lowest level, with a note). */
export function chooseLevel(levels: readonly LevelInfo[], wanted: string | undefined): LevelChoice {
  if (levels.length === 0) return { ok: false, message: 'the archive has no levels (level.geojson is missing or empty)' }
  if (wanted !== undefined) {
    const hit = levels.find((l) => l.id === wanted) ?? (/^-?\d+$/.test(wanted) ? levels.find((l) => l.ordinal === Number(wanted)) : undefined)
    if (hit) return { ok: true, level: hit }
    return { ok: false, message: `no level "${wanted}" (levels: ${levels.map((l) => `${l.ordinal} ${l.name}`).join(', ')})` }
  }
  const ground = levels.find((l) => l.ordinal === 0)
  if (ground) return { ok: true, level: ground }
  const first = levels[0]!
  return { ok: true, level: first, note: `no level has ordinal 0; took the lowest, ordinal ${first.ordinal} "${first.name}"` }
}
