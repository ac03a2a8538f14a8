/**
 * `npx tsx scripts/author-wdec-2023.ts`
 *
 * Authors the default scene `scenes/wdec-2023/` — the 2023 World Digital Economy Conference &
 * 13th Smart City and Intelligent Economy Expo, Ningbo, 13–15 October 2023 — from the curated
 * data modules in `scripts/author-wdec-2023/`. Deterministic: no clock, no randomness, fixed
 * key order, 2-space JSON with a trailing newline, so the same input gives the same bytes.
 *
 * The builder refuses data it can see is wrong (unknown booth labels, a booth given twice,
 * overlapping sessions in one place, times outside 09:00–18:00, points inside booths) before
 * anything is written; the full scene rules are then checked by `npm run validate`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  CURRENT_SCHEMA_VERSION,
  type Booth,
  type Exhibitor,
  type ExhibitorsFile,
  type Kiosk,
  type Poi,
  type Session,
  type SessionsFile,
  type Venue,
  type Zone,
} from '../src/domain/scene/schema.ts'
import { EXHIBITORS_BY_ZONE } from './author-wdec-2023/exhibitors.ts'
import { boxInside, boxesOverlap, footprint, pointInBox, type Box } from './author-wdec-2023/geometry.ts'
import { AISLES, HALL, HALL_HEIGHT, INNER, ZONE_BOXES, ZONE_ORDER, planBooths } from './author-wdec-2023/layout.ts'
import { KIOSKS, POIS, SENSORS } from './author-wdec-2023/points.ts'
import { SECTORS } from './author-wdec-2023/sectors.ts'
import { SESSIONS_DAY_1 } from './author-wdec-2023/sessions-2023-10-13.ts'
import { SESSIONS_DAY_2 } from './author-wdec-2023/sessions-2023-10-14.ts'
import { SESSIONS_DAY_3 } from './author-wdec-2023/sessions-2023-10-15.ts'
import type { SessionEntry } from './author-wdec-2023/types.ts'
import { BUILDINGS, CONNECTORS, GROUND, LEVELS, upperBooths } from './author-wdec-2023/upperLevel.ts'
import { ZONES } from './author-wdec-2023/zones.ts'

export const SCENE_ID = 'wdec-2023'
const TIMEZONE = 'Asia/Shanghai'
const UTC_OFFSET = '+08:00'
const DAY_OPENS = '09:00'
const DAY_CLOSES = '18:00'

export interface Wdec2023 {
  venue: Venue
  exhibitors: ExhibitorsFile
  sessions: SessionsFile
}

/** Build the three scene files in memory. Pure: same modules in, same objects out. */
export function buildWdec2023(): Wdec2023 {
  const problems: string[] = []

  // Venue: zones, booths, points.
  const zones: Zone[] = ZONE_ORDER.map((id) => {
    const z = ZONES[id]
    return {
      id,
      levelId: GROUND,
      kind: z.kind,
      name: z.name,
      shortName: z.shortName,
      summary: z.summary,
      footprint: footprint(ZONE_BOXES[id]),
      height: z.height,
      color: z.color,
      highlights: z.highlights,
    }
  })
  const plans = planBooths()
  const booths: Booth[] = plans.map((b) => ({ id: b.id, zoneId: b.zoneId, levelId: GROUND, label: b.label, footprint: footprint(b.box) }))
  const boothBoxes = plans.map((b) => b.box)
  const insideABooth = (p: readonly [number, number]): boolean =>
    boothBoxes.some((b: Box) => pointInBox(p, { x0: b.x0 + 1e-9, z0: b.z0 + 1e-9, x1: b.x1 - 1e-9, z1: b.z1 - 1e-9 }))

  const pois: Poi[] = POIS.map((p) => ({ id: p.id, levelId: GROUND, kind: p.kind, name: p.name, position: p.position, ...(p.width !== undefined ? { width: p.width } : {}) }))
  const kiosks: Kiosk[] = KIOSKS.map((k) => ({ id: k.id, levelId: GROUND, name: k.name, position: k.position, heading: k.heading }))
  for (const p of [...pois, ...kiosks]) if (insideABooth(p.position)) problems.push(`${p.id} stands inside a booth`)
  for (const b of plans) {
    if (!boxInside(b.box, INNER)) problems.push(`${b.id} reaches into the perimeter aisle`)
    for (const [name, aisle] of Object.entries(AISLES)) if (boxesOverlap(b.box, aisle)) problems.push(`${b.id} stands in aisle ${name}`)
  }
  for (const [name, aisle] of Object.entries(AISLES))
    for (const id of ZONE_ORDER) if (boxesOverlap(ZONE_BOXES[id], aisle)) problems.push(`zone ${id} covers aisle ${name}`)
  for (let i = 0; i < plans.length; i++)
    for (let j = i + 1; j < plans.length; j++)
      if (boxesOverlap(plans[i]!.box, plans[j]!.box)) problems.push(`${plans[i]!.id} overlaps ${plans[j]!.id}`)

  // Level 2: nothing upstairs stands on another booth, and the connectors land in the open.
  const upperPlans = upperBooths()
  for (const b of upperPlans) if (!upperPlans.every((o) => o === b || !boxesOverlap(o.box, b.box))) problems.push(`${b.id} overlaps another booth upstairs`)
  for (const c of CONNECTORS) for (const s of c.stops) if (insideABooth(s.position)) problems.push(`${c.id} lands inside a booth`)

  const venue: Venue = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: SCENE_ID,
    name: {
      en: '2023 World Digital Economy Conference & 13th Smart City and Intelligent Economy Expo',
      zh: '2023世界数字经济大会暨第十三届智慧城市与智能经济博览会',
    },
    timezone: TIMEZONE,
    // A Ningbo expo: most visitors read Chinese first.
    defaultLanguage: 'zh',
    dates: { start: '2023-10-13', end: '2023-10-15' },
    model: 'wdec-2023-hall.glb',
    hall: { footprint: footprint(HALL), height: HALL_HEIGHT },
    buildings: BUILDINGS,
    levels: LEVELS.slice(0, 1),
    connectors: [],
    zones,
    booths,
    pois,
    kiosks,
    sensors: SENSORS.map((s) => ({ id: s.id, levelId: GROUND, position: s.position })),
  }

  // Exhibitors: labels resolve to booths of the exhibitor's own zone, each booth let once.
  const boothByLabel = new Map(plans.map((b) => [b.label, b]))
  const tenant = new Map<string, string>()
  const exhibitors: Exhibitor[] = []
  for (const { zoneId, entries } of EXHIBITORS_BY_ZONE) {
    for (const e of entries) {
      const boothIds: string[] = []
      for (const label of e.booths) {
        const b = boothByLabel.get(label)
        if (!b) problems.push(`${e.slug}: no booth ${label}`)
        else if (b.zoneId !== zoneId) problems.push(`${e.slug}: booth ${label} is in ${b.zoneId}, not ${zoneId}`)
        else if (tenant.has(label)) problems.push(`${e.slug}: booth ${label} is already let to ${tenant.get(label)}`)
        else {
          tenant.set(label, e.slug)
          boothIds.push(b.id)
        }
      }
      if (e.sectors.length < 1 || e.sectors.length > 3) problems.push(`${e.slug}: needs 1–3 sectors`)
      const website = e.website === false ? undefined : (e.website ?? `https://www.${e.slug}.example`)
      exhibitors.push({
        id: e.slug,
        name: e.name,
        country: e.country,
        sectors: [...e.sectors],
        boothIds,
        summary: e.summary,
        ...(website !== undefined ? { website } : {}),
        ...(e.logo ? { logo: e.logo } : {}),
      })
    }
  }

  // Sessions: real places, opening hours, one thing at a time per place.
  const places = new Set<string>([...venue.zones.map((z) => z.id), ...venue.booths.map((b) => b.id), ...venue.pois.map((p) => p.id), ...kiosks.map((k) => k.id)])
  const entries: SessionEntry[] = [...SESSIONS_DAY_1, ...SESSIONS_DAY_2, ...SESSIONS_DAY_3]
  const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/
  for (const s of entries) {
    if (!places.has(s.location)) problems.push(`${s.slug}: no place "${s.location}"`)
    if (!hhmm.test(s.start) || !hhmm.test(s.end)) problems.push(`${s.slug}: times are HH:MM`)
    if (!(s.start < s.end)) problems.push(`${s.slug}: ends before it starts`)
    if (s.start < DAY_OPENS || s.end > DAY_CLOSES) problems.push(`${s.slug}: outside ${DAY_OPENS}–${DAY_CLOSES}`)
    if (s.speakers.length < 1 || s.speakers.length > 4) problems.push(`${s.slug}: needs 1–4 speakers`)
  }
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!
      const b = entries[j]!
      if (a.location === b.location && a.day === b.day && a.start < b.end && b.start < a.end)
        problems.push(`${a.slug} and ${b.slug} overlap at ${a.location}`)
    }
  }
  const sessions: Session[] = entries.map((s) => ({
    id: s.slug,
    title: s.title,
    kind: s.kind,
    start: `${s.day}T${s.start}:00${UTC_OFFSET}`,
    end: `${s.day}T${s.end}:00${UTC_OFFSET}`,
    locationId: s.location,
    speakers: s.speakers.map((p) => ({ name: p.name, ...(p.affiliation ? { affiliation: p.affiliation } : {}) })),
    summary: s.summary,
  }))

  const ids = new Set<string>()
  for (const id of [...places, ...exhibitors.map((e) => e.id), ...sessions.map((s) => s.id)]) {
    if (ids.has(id)) problems.push(`id "${id}" is used twice`)
    ids.add(id)
  }
  if (places.size !== venue.zones.length + venue.booths.length + venue.pois.length + kiosks.length) problems.push('venue ids are not unique')

  if (problems.length) throw new Error(`wdec-2023 data problems:\n  ${problems.join('\n  ')}`)

  return {
    venue,
    exhibitors: { schemaVersion: CURRENT_SCHEMA_VERSION, sectors: SECTORS.map((s) => ({ id: s.id, name: s.name })), exhibitors },
    sessions: { schemaVersion: CURRENT_SCHEMA_VERSION, sessions },
  }
}

/** The exact bytes written for one file. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

export const SCENE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'scenes', SCENE_ID)

export function writeWdec2023(dir: string = SCENE_DIR): string[] {
  const scene = buildWdec2023()
  mkdirSync(dir, { recursive: true })
  const files: [string, unknown][] = [
    ['venue.json', scene.venue],
    ['exhibitors.json', scene.exhibitors],
    ['sessions.json', scene.sessions],
  ]
  return files.map(([name, data]) => {
    const file = path.join(dir, name)
    writeFileSync(file, serialise(data))
    return file
  })
}

const invoked = process.argv[1]
if (invoked !== undefined && import.meta.url === pathToFileURL(path.resolve(invoked)).href) {
  const written = writeWdec2023()
  const scene = buildWdec2023()
  console.log(
    `wdec-2023: ${scene.venue.zones.length} zones, ${scene.venue.booths.length} booths, ${scene.exhibitors.exhibitors.length} exhibitors, ${scene.sessions.sessions.length} sessions`,
  )
  for (const f of written) console.log(`  wrote ${path.relative(process.cwd(), f)}`)
}
