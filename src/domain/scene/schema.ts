/**
 * The scene format (docs/contract.md "Scenes"). These zod schemas are the single source of both
 * the runtime check and the static types. Structural rules live here; rules that need the
 * whole scene (references, geometry, uniqueness) live in `crossCheck.ts`.
 */
import { z } from 'zod'
import { LocalizedTextSchema, LongTextSchema, ShortTextSchema, textSchema } from '../i18n/textSchema.ts'
import { LANGS } from '../i18n/text.ts'
import { BOOTH_TYPES } from './boothType.ts'
import { CONNECTOR_KINDS } from './connectorKinds.ts'
import { KEBAB_CASE } from './ids.ts'
import { LOGO_PATH } from '../logos/logoPath.ts'

export const CURRENT_SCHEMA_VERSION = 3

export { KEBAB_CASE }
export const IdSchema = z.string().regex(KEBAB_CASE, { message: 'ids are kebab-case (a-z, 0-9, single hyphens)' })

const finite = z.number().finite()
/**
 * How far from the scene's origin anything may lie, metres: 100 km holds any venue site with
 * room to spare, and keeps every grid, raster and bounding box the code builds over the floor
 * finite (a zone 1e300 m across once made validation and loading run for ever).
 */
export const MAX_COORDINATE_M = 100_000
const RANGE_MESSAGE = `coordinates and heights are metres within ±${MAX_COORDINATE_M} (100 km) of the scene's origin`
const coordinate = finite.refine((v) => Math.abs(v) <= MAX_COORDINATE_M, { message: RANGE_MESSAGE, params: { rule: 'coordinate-range' } })
/** Heights and elevations share the bound. */
const metres = coordinate
/** Points a footprint may have: a curved hall outline needs a few hundred; the checks that pair edges stay bounded. */
export const MAX_FOOTPRINT_POINTS = 1000
/**
 * `[x, z]`, checked by hand: a 10 MB scene holds half a million points, and zod's tuple of two
 * refined numbers took over a second for them (~2.5 µs a point), this a few milliseconds.
 */
export const PointSchema = z.custom<[number, number]>().superRefine((v, ctx) => {
  if (!Array.isArray(v) || v.length !== 2) {
    ctx.addIssue({ code: 'custom', message: 'a point is [x, z]: two numbers (metres)', params: { rule: 'point' } })
    return
  }
  v.forEach((c: unknown, k) => {
    if (typeof c !== 'number' || !Number.isFinite(c)) ctx.addIssue({ code: 'custom', path: [k], message: 'a coordinate is a finite number (metres)', params: { rule: 'point' } })
    else if (Math.abs(c) > MAX_COORDINATE_M) ctx.addIssue({ code: 'custom', path: [k], message: RANGE_MESSAGE, params: { rule: 'coordinate-range' } })
  })
})
export const PolygonSchema = z
  .array(PointSchema)
  .min(3, { message: 'a footprint needs at least 3 points' })
  .max(MAX_FOOTPRINT_POINTS, { message: `a footprint has at most ${MAX_FOOTPRINT_POINTS} points` })
const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colours are #rrggbb' })
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dates are YYYY-MM-DD' })
/** ISO 8601 with an explicit offset: a session time must not depend on the viewer's zone. */
export const OffsetDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'times are ISO 8601 with an offset, e.g. 2023-10-13T09:30:00+08:00',
  })

export const ZONE_KINDS = ['pavilion', 'trade-zone', 'stage', 'service'] as const
export const POI_KINDS = [
  'entrance',
  'information',
  'restroom',
  'first-aid',
  'cafe',
  'stage',
  'exit',
  'elevator',
  'stairs',
  'media',
  'lounge',
] as const
export const SESSION_KINDS = ['ceremony', 'forum', 'exhibition', 'investment', 'consumption'] as const

/** A building of the venue: its outline on the ground is every one of its levels' outline. */
export const BuildingSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  footprint: PolygonSchema,
})

/** One floor of a building. `ordinal` orders floors (0 = ground, −1 below it); metres for the rest. */
export const LevelSchema = z.object({
  id: IdSchema,
  buildingId: IdSchema,
  name: LocalizedTextSchema,
  /** What a lift button or a switcher shows: "L2" / "2F". */
  shortName: ShortTextSchema,
  ordinal: z.number().int(),
  elevation: metres,
  height: metres.positive(),
})

export const ConnectorStopSchema = z.object({ levelId: IdSchema, position: PointSchema })

/** Stairs, an escalator, a lift or a ramp between levels, with where it stands on each. */
export const ConnectorSchema = z.object({
  id: IdSchema,
  kind: z.enum(CONNECTOR_KINDS),
  name: LocalizedTextSchema,
  stops: z.array(ConnectorStopSchema).min(2, { message: 'a connector joins at least 2 levels' }),
  /** Escalators only: `up` carries people from the lower stop to the higher one. */
  direction: z.enum(['up', 'down']).optional(),
  /** Seconds from one stop to the next. */
  seconds: finite.positive(),
  /** Lifts: the average wait before the car comes, seconds. */
  waitSeconds: finite.min(0).optional(),
})

export const ZoneSchema = z.object({
  id: IdSchema,
  levelId: IdSchema,
  kind: z.enum(ZONE_KINDS),
  name: LocalizedTextSchema,
  summary: LongTextSchema,
  footprint: PolygonSchema,
  height: metres.positive(),
  color: ColorSchema,
  /** Short bilingual highlights for tour captions. */
  highlights: z.array(LongTextSchema).optional(),
  /** A shorter name for labels where the full one does not fit (small views, embeds). */
  shortName: ShortTextSchema.optional(),
  /** People the zone holds (the organiser's figure); without it, derived from the floor area. */
  capacity: z.number().int({ message: 'capacity is a whole number of people' }).min(1).max(1_000_000).optional(),
})

export const BoothSchema = z.object({
  id: IdSchema,
  zoneId: IdSchema,
  /** Always its zone's level; stated so a booth is placed without looking its zone up. */
  levelId: IdSchema,
  label: textSchema('label'),
  footprint: PolygonSchema,
  height: metres.positive().optional(),
  /** The side that opens to the aisle, where the fascia hangs; derived from the neighbours when absent. */
  front: z.enum(['north', 'east', 'south', 'west']).optional(),
  /** shell, island, stage or lounge; derived from size, neighbours and zone when absent (boothType.ts). */
  type: z.enum(BOOTH_TYPES, { message: 'a booth type is shell, island, stage or lounge' }).optional(),
})

export const PoiSchema = z.object({
  id: IdSchema,
  levelId: IdSchema,
  kind: z.enum(POI_KINDS),
  name: LocalizedTextSchema,
  position: PointSchema,
  /** Entrances and exits: the opening's width in the wall, metres. */
  width: finite.positive().optional(),
})

export const KioskSchema = z.object({
  id: IdSchema,
  levelId: IdSchema,
  name: LocalizedTextSchema,
  position: PointSchema,
  heading: finite.min(0).max(360),
})

/**
 * A point sensor (a people counter over one spot): its readings arrive on
 * `venue/<scene>/sensors/<id>/count` and sharpen the control room's heatmap around it.
 */
export const SensorSchema = z.object({
  id: IdSchema,
  levelId: IdSchema,
  position: PointSchema,
})

/** Optional walkway overrides: places the generated walkable network must avoid or mark. */
export const WalkwaysSchema = z.object({
  closed: z.array(z.object({ id: IdSchema, levelId: IdSchema, footprint: PolygonSchema, reason: LocalizedTextSchema.optional() })).default([]),
  steps: z.array(z.object({ id: IdSchema, levelId: IdSchema, footprint: PolygonSchema })).default([]),
})

/**
 * Where the venue is on Earth, for IMDF export and import: the scene's [0, 0] sits at `origin`
 * ([longitude, latitude], WGS84) and the scene's "north" (−z) points `bearingDeg` clockwise from
 * true north. Optional: scenes without it are exported at a stated default origin.
 */
export const GeoSchema = z.object({
  origin: z.tuple([finite.min(-180).max(180), finite.min(-90).max(90)]),
  bearingDeg: finite.min(-360).max(360),
  /** The venue's postal address for IMDF's address feature (country: ISO 3166-1 alpha-2). */
  address: z
    .object({
      street: z.string().optional(),
      locality: z.string().min(1),
      province: z.string().optional(),
      country: z.string().regex(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as CN' }),
      postalCode: z.string().optional(),
    })
    .optional(),
})

export const VenueSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  name: LocalizedTextSchema,
  timezone: z.string().refine(isTimeZone, { message: 'timezone must be an IANA zone such as Asia/Shanghai' }),
  /** The language most of the venue's visitors read first: used when neither the link nor the browser names a supported one. */
  defaultLanguage: z.enum(LANGS, { message: 'defaultLanguage is en or zh' }).optional(),
  dates: z.object({ start: DateSchema, end: DateSchema }),
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.glb$/, { message: 'model is a .glb file name under public/models/' }).optional(),
  /** The site: every building stands inside it, and the camera stays over it. */
  hall: z.object({
    footprint: PolygonSchema,
    height: metres.positive(),
  }),
  buildings: z.array(BuildingSchema).min(1),
  levels: z.array(LevelSchema).min(1),
  connectors: z.array(ConnectorSchema).default([]),
  zones: z.array(ZoneSchema).min(1),
  booths: z.array(BoothSchema),
  pois: z.array(PoiSchema),
  kiosks: z.array(KioskSchema),
  walkways: WalkwaysSchema.optional(),
  geo: GeoSchema.optional(),
  sensors: z.array(SensorSchema).optional(),
})

export const SectorSchema = z.object({ id: IdSchema, name: LocalizedTextSchema })

export const ExhibitorSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code such as DE' }),
  sectors: z.array(IdSchema),
  boothIds: z.array(IdSchema).min(1, { message: 'an exhibitor has at least one booth' }),
  summary: LongTextSchema,
  website: z.string().optional(),
  /** A PNG or WebP file in the scene folder (checked by the validator: docs/contract.md "Logos"). */
  logo: z.string().regex(LOGO_PATH, { message: 'logo is a .png or .webp file path inside the scene folder, e.g. logos/acme.png' }).optional(),
})

export const ExhibitorsFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  sectors: z.array(SectorSchema),
  exhibitors: z.array(ExhibitorSchema),
})

export const SpeakerSchema = z.object({
  name: LocalizedTextSchema,
  affiliation: LocalizedTextSchema.optional(),
})

export const SessionSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  kind: z.enum(SESSION_KINDS),
  start: OffsetDateTimeSchema,
  end: OffsetDateTimeSchema,
  /** A zone, booth, POI or kiosk id. */
  locationId: IdSchema,
  speakers: z.array(SpeakerSchema),
  summary: LongTextSchema,
})

export const SessionsFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  sessions: z.array(SessionSchema),
})

/**
 * An IANA zone this runtime knows. The list lookup comes first: building a formatter for a zone
 * costs ~30 ms the first time (it loads the locale's date patterns too), and the list holds
 * every canonical zone. Aliases ("Asia/Chongqing") fall through to the formatter.
 */
function isTimeZone(tz: string): boolean {
  if (knownZones().has(tz)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

let zones: Set<string> | null = null
function knownZones(): Set<string> {
  zones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [])
  return zones
}

export type Zone = z.infer<typeof ZoneSchema>
export type ZoneKind = Zone['kind']
export type Booth = z.infer<typeof BoothSchema>
export type Poi = z.infer<typeof PoiSchema>
export type PoiKind = Poi['kind']
export type Kiosk = z.infer<typeof KioskSchema>
export type Sensor = z.infer<typeof SensorSchema>
export type Venue = z.infer<typeof VenueSchema>
export type Geo = z.infer<typeof GeoSchema>
export type Building = z.infer<typeof BuildingSchema>
export type Level = z.infer<typeof LevelSchema>
export type Connector = z.infer<typeof ConnectorSchema>
export type ConnectorKind = Connector['kind']
export type ConnectorStop = z.infer<typeof ConnectorStopSchema>
export type Sector = z.infer<typeof SectorSchema>
export type Exhibitor = z.infer<typeof ExhibitorSchema>
export type ExhibitorsFile = z.infer<typeof ExhibitorsFileSchema>
export type Speaker = z.infer<typeof SpeakerSchema>
export type Session = z.infer<typeof SessionSchema>
export type SessionKind = Session['kind']
export type SessionsFile = z.infer<typeof SessionsFileSchema>

export { SCENE_FILES, type SceneFileName } from './files.ts'

/** A loaded, validated scene. */
export interface Scene {
  venue: Venue
  sectors: Sector[]
  exhibitors: Exhibitor[]
  sessions: Session[]
}
