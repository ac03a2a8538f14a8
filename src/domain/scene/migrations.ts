/**
 * Scene files carry `schemaVersion`; older files are migrated step by step on load, so venue
 * authors never have to rewrite published data and ids (in QR codes, URLs) stay stable.
 * Each step is a pure function from one version's raw JSON to the next.
 */
import type { SceneIssue } from './issues.ts'
import { CURRENT_SCHEMA_VERSION, type SceneFileName } from './schema.ts'
import { SINGLE_BUILDING_ID, SINGLE_LEVEL_ID, singleLevel } from './singleLevel.ts'

type Json = Record<string, unknown>
type Step = (raw: Json) => Json

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** steps[file][n] migrates version n+1 → n+2. */
const steps: Record<SceneFileName, Step[]> = {
  'venue.json': [
    // v1 → v2: booths named their zone `zone`; v2 says `zoneId` like every other reference.
    (raw) => ({
      ...raw,
      booths: Array.isArray(raw.booths)
        ? raw.booths.map((b: unknown) => {
            if (!isObject(b) || !('zone' in b)) return b
            const { zone, ...rest } = b
            return { ...rest, zoneId: zone }
          })
        : raw.booths,
      schemaVersion: 2,
    }),
    levelsV3,
  ],
  'exhibitors.json': [
    // v1 → v2: one booth per exhibitor (`booth`) became a list (`boothIds`); sectors gained names.
    (raw) => {
      const exhibitors = Array.isArray(raw.exhibitors)
        ? raw.exhibitors.map((e: unknown) => {
            if (!isObject(e) || !('booth' in e)) return e
            const { booth, ...rest } = e
            return { ...rest, boothIds: [booth] }
          })
        : raw.exhibitors
      const sectorIds = new Set<string>()
      if (Array.isArray(exhibitors)) {
        for (const e of exhibitors) {
          if (isObject(e) && Array.isArray(e.sectors)) for (const s of e.sectors) if (typeof s === 'string') sectorIds.add(s)
        }
      }
      const sectors = Array.isArray(raw.sectors)
        ? raw.sectors
        : [...sectorIds].sort().map((id) => ({ id, name: { en: titleCase(id), zh: titleCase(id) } }))
      return { ...raw, exhibitors, sectors, schemaVersion: 2 }
    },
    // v2 → v3: levels are a venue.json matter; nothing here changed.
    (raw) => ({ ...raw, schemaVersion: 3 }),
  ],
  'sessions.json': [
    // v1 → v2: `location` became `locationId`.
    (raw) => ({
      ...raw,
      sessions: Array.isArray(raw.sessions)
        ? raw.sessions.map((s: unknown) => {
            if (!isObject(s) || !('location' in s)) return s
            const { location, ...rest } = s
            return { ...rest, locationId: location }
          })
        : raw.sessions,
      schemaVersion: 2,
    }),
    (raw) => ({ ...raw, schemaVersion: 3 }),
  ],
}

/**
 * v2 → v3: the one hall becomes one building with one level (its outline the hall's, its height
 * the hall's), and everything placed on the floor names that level. Every id stays as it was;
 * the two new ids avoid any the file already uses.
 */
function levelsV3(raw: Json): Json {
  const taken = new Set<string>()
  for (const key of ['zones', 'booths', 'pois', 'kiosks'] as const) {
    const list = raw[key]
    if (Array.isArray(list)) for (const item of list) if (isObject(item) && typeof item.id === 'string') taken.add(item.id)
  }
  const free = (base: string): string => {
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
  const buildingId = free(SINGLE_BUILDING_ID)
  const levelId = free(SINGLE_LEVEL_ID)
  const onLevel = (list: unknown): unknown => (Array.isArray(list) ? list.map((x: unknown) => (isObject(x) ? { ...x, levelId } : x)) : list)
  const hall = isObject(raw.hall) ? raw.hall : {}
  const walkways = isObject(raw.walkways)
    ? { ...raw.walkways, closed: onLevel(raw.walkways.closed), steps: onLevel(raw.walkways.steps) }
    : raw.walkways
  return {
    ...raw,
    ...singleLevel(hall.footprint, hall.height, { buildingId, levelId }),
    zones: onLevel(raw.zones),
    booths: onLevel(raw.booths),
    pois: onLevel(raw.pois),
    kiosks: onLevel(raw.kiosks),
    ...(walkways === undefined ? {} : { walkways }),
    schemaVersion: 3,
  }
}

function titleCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

export interface MigrationResult {
  data: unknown
  fromVersion: number | null
  issues: SceneIssue[]
  /** What the current version's normalisation removed: the app warns, the validator fails. */
  dropped: SceneIssue[]
}

/** The rule of the operator PIN that moved out of the public scene data. */
export const KIOSK_PIN_MOVED = 'kiosk-pin-moved'

/**
 * Within v2: kiosks once carried their operator PIN in plain text in the public venue.json. It
 * belongs to the deployment (venue-twin.config.json `kiosks.<id>.pinHash`, salted); an old file's
 * PIN is dropped, never used.
 */
function dropKioskPins(raw: Json): { data: Json; dropped: SceneIssue[] } {
  if (!Array.isArray(raw.kiosks)) return { data: raw, dropped: [] }
  const dropped: SceneIssue[] = []
  const kiosks = raw.kiosks.map((k: unknown, i) => {
    if (!isObject(k) || !('operatorPin' in k)) return k
    const { operatorPin: _pin, ...rest } = k
    const id = typeof k.id === 'string' ? k.id : '<kiosk-id>'
    dropped.push({
      file: 'venue.json',
      path: `$.kiosks[${i}].operatorPin`,
      rule: KIOSK_PIN_MOVED,
      message: `kiosk PINs moved out of the scene: remove it and set a hashed PIN in venue-twin.config.json kiosks.${id}.pinHash (npm run config -- kiosk-pin ${id})`,
    })
    return rest
  })
  return dropped.length ? { data: { ...raw, kiosks }, dropped } : { data: raw, dropped }
}

export function migrate(file: SceneFileName, raw: unknown): MigrationResult {
  if (!isObject(raw)) {
    return {
      data: raw,
      fromVersion: null,
      issues: [{ file, path: '$', rule: 'file-is-object', message: 'the file must hold a JSON object', value: typeof raw }],
      dropped: [],
    }
  }
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      data: raw,
      fromVersion: null,
      issues: [
        { file, path: '$.schemaVersion', rule: 'schema-version', message: 'schemaVersion must be a whole number ≥ 1', value: version },
      ],
      dropped: [],
    }
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      data: raw,
      fromVersion: version,
      issues: [
        {
          file,
          path: '$.schemaVersion',
          rule: 'schema-version',
          message: `schemaVersion ${version} is newer than this app reads (${CURRENT_SCHEMA_VERSION}); update Venue Twin`,
          value: version,
        },
      ],
      dropped: [],
    }
  }
  let data: Json = raw
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[file][v - 1]
    if (!step) throw new Error(`missing migration for ${file} v${v}`)
    data = step(data)
  }
  if (file !== 'venue.json') return { data, fromVersion: version, issues: [], dropped: [] }
  const normal = dropKioskPins(data)
  return { data: normal.data, fromVersion: version, issues: [], dropped: normal.dropped }
}
