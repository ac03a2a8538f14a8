/**
 * A synthetic venue of N booths in memory (and on disk): layout, zones, exhibitors, sessions,
 * points and kiosks — in one hall, or in a complex of several buildings with levels
 * (complex.ts). Deterministic: the same options and seed give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CURRENT_SCHEMA_VERSION, type ExhibitorsFile, type SessionsFile, type Venue } from '../../src/domain/scene/schema.ts'
import { singleLevel } from '../../src/domain/scene/singleLevel.ts'
import { buildComplex } from './complex.ts'
import { buildExhibitors, buildSectors } from './exhibitors.ts'
import { footprint } from './geometry.ts'
import { planLayout } from './layout.ts'
import { seeded } from './random.ts'
import { buildSessions } from './sessions.ts'
import { buildBooths, buildKiosks, buildPois, buildZones } from './venue.ts'

export const DEFAULT_SEED = 20240415
const DAYS = ['2024-04-15', '2024-04-16', '2024-04-17'] as const

export interface GenerateOptions {
  booths: number
  /** Scene id (kebab-case); default `expo-<booths>`. */
  id?: string
  seed?: number
  /** Buildings (default 1); with `levels`, more than one of either makes a complex. */
  halls?: number
  /** Levels per building (default 1). */
  levels?: number
}

export interface GeneratedScene {
  id: string
  venue: Venue
  exhibitors: ExhibitorsFile
  sessions: SessionsFile
}

export function defaultSceneId(booths: number, halls = 1, levels = 1): string {
  return halls === 1 && levels === 1 ? `expo-${booths}` : `expo-${booths}-${halls}x${levels}`
}

export function generateScene(opts: GenerateOptions): GeneratedScene {
  const halls = opts.halls ?? 1
  const levels = opts.levels ?? 1
  const id = opts.id ?? defaultSceneId(opts.booths, halls, levels)
  const random = seeded(opts.seed ?? DEFAULT_SEED)
  const count = opts.booths.toLocaleString('en')
  const single = halls === 1 && levels === 1
  const complex = single ? null : buildComplex({ booths: opts.booths, halls, levels })
  const plan = complex?.plan ?? planLayout(opts.booths)
  const venue: Venue = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name: single
      ? { en: `Generated Trade Fair (${count} booths)`, zh: `生成的交易会（${opts.booths}个展位）` }
      : { en: `Generated Trade Fair (${count} booths, ${halls} areas × ${levels} levels)`, zh: `生成的交易会（${opts.booths}个展位，${halls}个展区×${levels}层）` },
    timezone: 'Asia/Shanghai',
    dates: { start: DAYS[0], end: DAYS[DAYS.length - 1]! },
    // No `model`: the app draws a plain floor for the hall footprint.
    ...(complex?.venue ?? {
      hall: { footprint: footprint(plan.hall), height: 18 },
      ...singleLevel(footprint(plan.hall), 18),
      zones: buildZones(plan),
      booths: buildBooths(plan),
      pois: buildPois(plan),
      kiosks: buildKiosks(plan),
    }),
  }
  const exhibitors = buildExhibitors(plan, random)
  const sessions = buildSessions(plan, DAYS, exhibitors, random)
  return {
    id,
    venue,
    exhibitors: { schemaVersion: CURRENT_SCHEMA_VERSION, sectors: buildSectors(), exhibitors },
    sessions: { schemaVersion: CURRENT_SCHEMA_VERSION, sessions },
  }
}

/** Writes venue.json, exhibitors.json and sessions.json (compact JSON: 70,000 booths are ~20 MB). */
export function writeScene(dir: string, scene: GeneratedScene): { dir: string; bytes: number } {
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  const files: [string, unknown][] = [
    ['venue.json', scene.venue],
    ['exhibitors.json', scene.exhibitors],
    ['sessions.json', scene.sessions],
  ]
  for (const [name, data] of files) {
    const text = `${JSON.stringify(data)}\n`
    bytes += Buffer.byteLength(text)
    writeFileSync(path.join(dir, name), text)
  }
  return { dir, bytes }
}
