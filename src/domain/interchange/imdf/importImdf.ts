/**
 * IMDF feature collections (already read from the archive) → the three files of a scene: every
 * level (buildings.ts, connectors.ts), or the one `--level` names. Pure. What cannot be carried is counted and reported, never dropped silently.
 * The mapping by category is in categories.ts and docs/organizers.md.
 */
import { SINGLE_LEVEL_ID, singleLevel } from '../../scene/singleLevel.ts'
import { area, centroid } from '../../geometry/measure.ts'
import { containsPoint } from '../../geometry/polygon.ts'
import type { Point2 } from '../../geometry/types.ts'
import type { LocalizedText } from '../../i18n/text.ts'
import { CURRENT_SCHEMA_VERSION, type Booth, type Building, type Connector, type Geo, type Kiosk, type Level, type Poi, type Zone, type ZoneKind } from '../../scene/schema.ts'
import { resolveCountry } from '../countries.ts'
import { IdAllocator, kebabId } from '../ids.ts'
import { importSite, STOREY_M } from './buildings.ts'
import { amenityPoiKind, openingPoiKind, unitRole } from './categories.ts'
import { atStops, connectorKindOf, connectorsByPlace, connectorsFromRelationships, hasVerticalRelationships, NEAR_M, unjoinedLevels, type Candidate, type Place } from './connectors.ts'
import { lineOf, outerRing, pointOf, type Feature } from './geojson.ts'
import { importOccupants, zoneFromOffset } from './occupants.ts'
import { pickText } from './labels.ts'
import { chooseLevel, listLevels, type LevelInfo } from './levels.ts'
import { projection } from './projection.ts'

export interface ImdfImportOptions {
  sceneId: string
  /** `--level`: ordinal or level id. */
  level?: string
  /** `--lang` order for filling a missing English or Chinese name. */
  lang?: readonly string[]
  /** IANA zone; default from the occupants' validity offset, else UTC (with a warning). */
  timezone?: string
  /** ISO country for exhibitors; default the venue address's country. */
  country?: string
}

export type ImdfImport =
  | {
      ok: true
      files: { 'venue.json': unknown; 'exhibitors.json': unknown; 'sessions.json': unknown }
      /** The archive's levels, and the ids of those imported. */
      levels: LevelInfo[]
      imported: string[]
      buildings: Building[]
      sceneLevels: Level[]
      connectors: Connector[]
      warnings: string[]
      skipped: Record<string, number>
      counts: Record<string, number>
    }
  | { ok: false; errors: string[]; levels: LevelInfo[] }

const PALETTE = ['#2f6fb5', '#3d9a6b', '#c9782f', '#8a5bb5', '#c44d58', '#2b9aa6', '#9a8a2f', '#5b6bb5']

type Files = Record<string, unknown>

function features(files: Files, name: string): Feature[] {
  const fc = files[`${name}.geojson`] as { features?: unknown } | undefined
  if (!fc || !Array.isArray(fc.features)) return []
  return fc.features.filter((f): f is Feature => f !== null && typeof f === 'object' && !Array.isArray(f)).map((f) => ({ ...f, properties: (f.properties && typeof f.properties === 'object' ? f.properties : {}) as Record<string, unknown> }))
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const mm = (v: number): number => Math.round(v * 1000) / 1000 || 0

export function isImdf(files: Files): string | null {
  const m = files['manifest.json'] as { version?: unknown } | undefined
  if (!m || typeof m !== 'object') return 'there is no manifest.json'
  if (typeof m.version !== 'string') return 'manifest.json has no "version"'
  if (!files['level.geojson'] && !files['venue.geojson'] && !files['footprint.geojson']) return 'there is no level.geojson, venue.geojson or footprint.geojson'
  return null
}

/** One scene level being filled: the IMDF level it comes from and the outline its things sit in. */
interface Floor {
  levelId: string
  buildingId: string
  ordinal: number
  /** null: an archive without level.geojson. */
  imdfId: string | null
  outline: Point2[]
}

export function importImdf(files: Files, opts: ImdfImportOptions): ImdfImport {
  const warnings: string[] = []
  const skipped: Record<string, number> = {}
  const skip = (what: string, n = 1): void => {
    skipped[what] = (skipped[what] ?? 0) + n
  }
  const manifest = files['manifest.json'] as { language?: unknown; created?: unknown }
  const order = [...(opts.lang ?? ['en']), ...(typeof manifest.language === 'string' ? [manifest.language] : [])]
  const venueF = features(files, 'venue')[0]
  const levelFs = features(files, 'level')
  const unitFs = features(files, 'unit')
  const levels = listLevels(levelFs, unitFs, order)
  // Every level at once, unless --level asks for one (or the archive has only one).
  const every = opts.level === undefined && levelFs.length > 1

  let levelId: string | null = null
  let levelF: Feature | undefined
  if (every) levelF = levelFs.find((l) => String(l.id) === (levels.find((x) => x.ordinal === 0) ?? levels[0]!).id)
  else if (levelFs.length) {
    const choice = chooseLevel(levels, opts.level)
    if (!choice.ok) return { ok: false, errors: [choice.message], levels }
    if (choice.note) warnings.push(choice.note)
    levelId = choice.level.id
    levelF = levelFs.find((l) => String(l.id) === levelId)
  } else if (opts.level !== undefined) return { ok: false, errors: ['the archive has no level.geojson, so --level cannot choose one'], levels }

  // Origin: the venue's display point (where an export puts the scene's [0, 0]).
  const outline = outerRing(levelF?.geometry) ?? outerRing(features(files, 'footprint')[0]?.geometry) ?? outerRing(venueF?.geometry)
  if (!outline) return { ok: false, errors: ['no outline for the hall: the level, footprint and venue have no polygon'], levels }
  const origin = pointOf((venueF?.properties.display_point as unknown) ?? null) ?? pointOf((levelF?.properties.display_point as unknown) ?? null) ?? lonLatCentre(outline.ring)
  const proj = projection({ origin, bearingDeg: 0 })
  const toScene = (ring: [number, number][]): Point2[] => ring.map((c) => proj.toScene(c)).map(([x, z]) => [mm(x), mm(z)] as const)
  if (outline.holes || outline.extraParts) warnings.push(`the hall outline: kept the outer ring of the largest part (${outline.holes} hole(s), ${outline.extraParts} other part(s) left out)`)

  const text = (labels: unknown, what: string, fallback?: LocalizedText): LocalizedText | null => {
    const p = pickText(labels, order)
    if (!p) return fallback ?? null
    for (const lang of p.filled) warnings.push(`${what}: no ${lang === 'en' ? 'English' : 'Chinese'} name; used "${p.text[lang]}"`)
    return p.text
  }

  const ids = new IdAllocator([])
  const venueName = text(venueF?.properties.name, 'venue', { en: opts.sceneId, zh: opts.sceneId })!

  // The floors: every level in its building, or the one level on the hall outline.
  let hall: Point2[]
  let structure: { buildings: Building[]; levels: Level[] }
  let floors: Floor[]
  if (every) {
    const site = importSite({ levels: levelFs, buildings: features(files, 'building'), footprints: features(files, 'footprint'), venue: venueF }, toScene, order, ids)
    if ('error' in site) return { ok: false, errors: [site.error], levels }
    warnings.push(...site.warnings)
    hall = site.hall
    structure = { buildings: site.buildings, levels: site.levels.map((l) => l.level) }
    floors = site.levels.map((l) => ({ levelId: l.level.id, buildingId: l.level.buildingId, ordinal: l.level.ordinal, imdfId: l.imdfId, outline: l.outline }))
  } else {
    hall = toScene(outline.ring)
    structure = singleLevel(hall.map((q) => [q[0], q[1]] as [number, number]), 12)
    floors = [{ levelId: SINGLE_LEVEL_ID, buildingId: structure.buildings[0]!.id, ordinal: 0, imdfId: levelId, outline: hall }]
  }
  const floorByImdf = new Map(floors.map((f) => [f.imdfId, f]))
  // A feature without level_id stands on the chosen (or ground) level; one on another level is not imported.
  const floorOf = (f: Feature): Floor | undefined => {
    const at = f.properties.level_id
    if (every) return at === undefined || at === null ? floors[0] : floorByImdf.get(String(at))
    return levelId === null || at === levelId || at === undefined ? floors[0] : undefined
  }
  const storey = every ? STOREY_M : 12
  /** The feature's floor; with every level imported, one naming no level of the archive is counted. */
  const floorCounted = (f: Feature, what: string): Floor | undefined => {
    const floor = floorOf(f)
    if (!floor && every) skip(`${what} on a level the archive does not list`)
    return floor
  }

  // Where a connector may stop (any unit, amenity or opening), and vertical circulation found.
  const places = new Map<string, Place>()
  const candidates: Candidate[] = []
  /** Service points waiting to see whether they became a connector's stop instead. */
  const deferred: { source: string; add: () => void }[] = []
  const placeOn = (floor: Floor, position: Point2, name: LocalizedText | null): Place => ({ levelId: floor.levelId, buildingId: floor.buildingId, ordinal: floor.ordinal, position: round2(position), name })

  // Units: areas (zones and the booths inside them), service points, and the rest skipped.
  interface Area { f: Feature; floor: Floor; poly: Point2[]; area: number; kind: ZoneKind }
  const areas: Area[] = []
  const pois: Poi[] = []
  const unitFloor = new Map<string, Floor>()
  let holes = 0
  let multi = 0
  for (const u of unitFs) {
    const floor = floorCounted(u, 'unit')
    if (!floor) continue
    unitFloor.set(String(u.id), floor)
    const category = str(u.properties.category) ?? 'unspecified'
    const role = unitRole(category)
    const ring = outerRing(u.geometry)
    const vertical = every ? connectorKindOf(category) : null
    if (ring) {
      const at = pointOf(u.properties.display_point)
      const here = at ? proj.toScene(at) : centroid(toScene(ring.ring))
      places.set(String(u.id), placeOn(floor, here, pickText(u.properties.name, order)?.text ?? null))
      if (vertical) candidates.push({ ...places.get(String(u.id))!, source: String(u.id), kind: vertical })
    }
    if (role.as === 'skip') {
      if (vertical && ring) deferred.push({ source: String(u.id), add: () => skip(`unit (${category})`) })
      else skip(`unit (${category})`)
      continue
    }
    if (!ring) {
      skip('unit without a polygon')
      continue
    }
    holes += ring.holes
    multi += ring.extraParts
    const poly = toScene(ring.ring)
    if (role.as === 'poi') {
      const add = (): void => {
        const name = text(u.properties.name, `unit ${String(u.id)} (${category})`, defaultPoiName(role.kind))!
        pois.push({ levelId: floor.levelId, id: ids.fresh(kebabId(name.en) ?? role.kind), kind: role.kind, name, position: places.get(String(u.id))!.position as [number, number] })
      }
      if (vertical) deferred.push({ source: String(u.id), add })
      else add()
      continue
    }
    areas.push({ f: u, floor, poly, area: area(poly), kind: role.zoneKind })
  }
  if (holes) warnings.push(`${holes} hole(s) in unit polygons left out (scene footprints are simple polygons)`)
  if (multi) warnings.push(`${multi} extra part(s) of MultiPolygon units left out (kept the largest part of each)`)

  // Largest first: an area inside an earlier zone of its level is a booth of it; any other is a zone.
  areas.sort((a, b) => b.area - a.area)
  const zones: Zone[] = []
  const zonePolys: { zone: Zone; floor: Floor; poly: Point2[] }[] = []
  const booths: Booth[] = []
  const boothByUnit = new Map<string, Booth>()
  const zoneByUnit = new Map<string, Zone>()
  // Booth labels are printed numbers, unique in the whole scene (all levels).
  const labels = new IdAllocator([])
  let unnamedBooths = 0
  for (const a of areas) {
    const c = centroid(a.poly)
    const host = zonePolys.find((z) => z.floor === a.floor && containsPoint(z.poly, c))
    if (host) {
      const p = pickText(a.f.properties.name, order) ?? pickText(a.f.properties.alt_name, order)
      let label = p?.text.en.slice(0, 12)
      if (!label) {
        unnamedBooths++
        label = `B${booths.length + 1}`
      }
      const unique = labels.fresh(label)
      if (unique !== label) warnings.push(`booth label "${label}" is used twice; the second is "${unique}"`)
      const booth: Booth = { levelId: a.floor.levelId, id: ids.fresh(`booth-${kebabId(unique) ?? booths.length + 1}`), zoneId: host.zone.id, label: unique, footprint: a.poly.map((q) => [q[0], q[1]]) }
      booths.push(booth)
      boothByUnit.set(String(a.f.id), booth)
      continue
    }
    const n = zones.length + 1
    const name = text(a.f.properties.name, `unit ${String(a.f.id)}`, { en: `Zone ${n}`, zh: `展区 ${n}` })!
    const zone: Zone = {
      levelId: a.floor.levelId,
      id: ids.fresh(kebabId(name.en) ?? `zone-${n}`),
      kind: a.kind,
      name,
      summary: name,
      footprint: a.poly.map((q) => [q[0], q[1]]),
      height: Math.min(a.kind === 'stage' ? 8 : 6, storey),
      color: PALETTE[zones.length % PALETTE.length]!,
    }
    zones.push(zone)
    zonePolys.push({ zone, floor: a.floor, poly: a.poly })
    zoneByUnit.set(String(a.f.id), zone)
  }
  if (unnamedBooths) warnings.push(`${unnamedBooths} booth unit(s) had no name; labelled B1, B2, …`)

  // Openings on a level's outline are its entrances; doors between rooms are not kept.
  for (const o of features(files, 'opening')) {
    const floor = floorCounted(o, 'opening')
    if (!floor) continue
    const line = lineOf(o.geometry)
    if (!line) {
      skip('opening without a line')
      continue
    }
    const pts = line.map((c) => proj.toScene(c))
    const a = pts[0]!
    const b = pts.at(-1)!
    const mid: Point2 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
    places.set(String(o.id), placeOn(floor, mid, null))
    if (distanceToOutline(mid, floor.outline) > 1.5) {
      skip('opening inside the hall (a door between rooms)')
      continue
    }
    const kind = openingPoiKind(str(o.properties.category) ?? '')
    const name = text(o.properties.name, `opening ${String(o.id)}`, kind === 'exit' ? { en: 'Exit', zh: '出口' } : { en: 'Entrance', zh: '入口' })!
    pois.push({ levelId: floor.levelId, id: ids.fresh(kebabId(name.en) ?? kind), kind, name, position: round2(mid), width: mm(Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]))) })
  }

  for (const am of features(files, 'amenity')) {
    const unitIds = Array.isArray(am.properties.unit_ids) ? (am.properties.unit_ids as unknown[]).map(String) : []
    const inUnit = unitIds.map((u) => unitFloor.get(u)).find((f) => f !== undefined)
    if (levelId !== null && unitIds.length && !inUnit) continue
    const category = str(am.properties.category) ?? 'unspecified'
    const kind = amenityPoiKind(category)
    const at = pointOf(am.geometry)
    const vertical = every ? connectorKindOf(category) : null
    // A ramp is no service point, but it can still be a connector's stop.
    if ((!kind && !vertical) || !at) {
      skip(`amenity (${category})`)
      continue
    }
    const position = round2(proj.toScene(at))
    // Without units an amenity stands on the (ground) level whose outline holds it.
    const floor = inUnit ?? (every ? floors.find((f) => containsPoint(f.outline, position)) : floors[0])
    if (!floor || (levelId !== null && !unitIds.length && !containsPoint(hall, position))) {
      if (every) skip('amenity outside every level')
      continue
    }
    places.set(String(am.id), placeOn(floor, position, pickText(am.properties.name, order)?.text ?? null))
    const add = (): void => {
      if (!kind) return skip(`amenity (${category})`)
      const name = text(am.properties.name, `amenity ${String(am.id)} (${category})`, defaultPoiName(kind))!
      pois.push({ levelId: floor.levelId, id: ids.fresh(kebabId(name.en) ?? kind), kind, name, position })
    }
    if (vertical) {
      candidates.push({ ...places.get(String(am.id))!, source: String(am.id), kind: vertical })
      deferred.push({ source: String(am.id), add })
    } else add()
  }

  const kiosks: Kiosk[] = []
  for (const k of features(files, 'kiosk')) {
    const floor = floorCounted(k, 'kiosk')
    if (!floor) continue
    const ring = outerRing(k.geometry)
    if (!ring) {
      skip('kiosk without a polygon')
      continue
    }
    const poly = toScene(ring.ring)
    const n = kiosks.length + 1
    const name = text(k.properties.name, `kiosk ${String(k.id)}`, { en: `Kiosk ${n}`, zh: `导览屏 ${n}` })!
    const [p0, p1] = [poly[0]!, poly[1]!]
    const heading = (((Math.atan2(p1[0] - p0[0], -(p1[1] - p0[1])) * 180) / Math.PI + 360) % 360) || 0
    kiosks.push({ levelId: floor.levelId, id: ids.fresh(kebabId(name.en) ?? 'kiosk'), name, position: round2(centroid(poly)), heading: Math.round(heading * 10) / 10 })
  }

  // Connectors: the archive's vertical relationships, else shafts found by place.
  const relationshipFs = features(files, 'relationship')
  let connectors: Connector[] = []
  let relationshipsUsed = 0
  if (every) {
    const byRelationship = hasVerticalRelationships(relationshipFs)
    const found = byRelationship ? connectorsFromRelationships(relationshipFs, (r) => places.get(r.id) ?? null, ids) : connectorsByPlace(candidates, ids)
    connectors = found.connectors
    relationshipsUsed = found.relationships
    warnings.push(...found.warnings)
    for (const source of atStops(candidates, connectors)) found.used.add(source)
    for (const d of deferred) if (!found.used.has(d.source)) d.add()
    const apart = unjoinedLevels(structure.levels, structure.buildings.length, connectors)
    if (apart.length) {
      const names = (ls: readonly Level[]): string => ls.map((l) => `"${l.name.en}" (${l.id}, ordinal ${l.ordinal})`).join(', ')
      const how = byRelationship ? 'the archive\'s stairs, escalator, elevator and ramp relationships' : `lift, escalator, stairs or ramp units and amenities standing within ${NEAR_M} m of each other on different levels`
      return {
        ok: false,
        errors: [
          ...apart.map((g) => `level(s) ${names(g.levels)} cannot be reached ${g.stepFree ? 'without steps (no lift or ramp joins them)' : 'at all'} from ${names([structure.levels[0]!])}: no connector found (connectors come from ${how}). Import one level alone with --level <ordinal> (levels: ${levels.map((l) => `${l.ordinal} ${l.name}`).join(', ')})`),
        ],
        levels,
      }
    }
  } else for (const d of deferred) d.add()

  const address = features(files, 'address')[0]
  const addressCountry = str(address?.properties.country)
  const occ = importOccupants({
    anchors: features(files, 'anchor'),
    occupants: features(files, 'occupant'),
    ...(addressCountry ? { addressCountry } : {}),
    ...(opts.country ? { country: opts.country } : {}),
    boothByUnit,
    booths,
    onImportedLevel: (unit) => unitFloor.has(unit),
    isZone: (unit) => zoneByUnit.has(unit),
    text,
    skip,
    ids,
  })
  const { exhibitors, validFrom, validTo, errors } = occ
  warnings.push(...occ.warnings)

  // The venue's days and zone: from the occupants' validity, else today; zone from its offset.
  const timezone = opts.timezone ?? zoneFromOffset(validFrom) ?? 'UTC'
  if (!opts.timezone) warnings.push(`time zone ${timezone} ${validFrom ? `from the occupants' validity offset` : '(the archive gives none)'}; pass --timezone Asia/Shanghai (or yours) to set it`)
  const created = typeof manifest.created === 'string' ? manifest.created.slice(0, 10) : undefined
  const start = validFrom?.slice(0, 10) ?? created ?? '2000-01-01'
  const end = validTo?.slice(0, 10) ?? start
  if (!validFrom) warnings.push(`the event's days are not in the archive; set to ${start}…${end}: edit venue.json "dates"`)
  if (errors.length) return { ok: false, errors, levels }

  const geo: Geo = { origin: [round9(origin[0]), round9(origin[1])], bearingDeg: 0 }
  const addrLocality = str(address?.properties.locality)
  if (addrLocality && addressCountry && resolveCountry(addressCountry)) {
    geo.address = { locality: addrLocality, country: resolveCountry(addressCountry)! }
    const street = str(address?.properties.address)
    if (street) geo.address.street = street
    const province = str(address?.properties.province)
    if (province) geo.address.province = province
    const postal = str(address?.properties.postal_code)
    if (postal) geo.address.postalCode = postal
  }
  for (const t of ['fixture', 'detail', 'section', 'geofence', 'facility']) {
    const n = features(files, t).length
    if (n) skip(`${t} (the scene has no ${t}s)`, n)
  }
  if (relationshipFs.length > relationshipsUsed) skip(every ? 'relationship (not stairs, escalator, elevator or ramp between levels)' : 'relationship (the scene has no relationships)', relationshipFs.length - relationshipsUsed)
  const top = Math.max(...structure.levels.map((l) => l.elevation + l.height))
  const venue = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: opts.sceneId,
    name: venueName,
    timezone,
    dates: { start, end },
    hall: { footprint: hall.map((q) => [q[0], q[1]]), height: Math.max(12, top) },
    ...structure,
    connectors,
    zones,
    booths,
    pois,
    kiosks,
    geo,
  }
  return {
    ok: true,
    files: { 'venue.json': venue, 'exhibitors.json': { schemaVersion: CURRENT_SCHEMA_VERSION, sectors: [], exhibitors }, 'sessions.json': { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: [] } },
    levels,
    imported: floors.flatMap((f) => levels.filter((l) => l.id === f.imdfId).map((l) => l.id)),
    buildings: structure.buildings,
    sceneLevels: structure.levels,
    connectors,
    warnings,
    skipped,
    counts: { zones: zones.length, booths: booths.length, pois: pois.length, kiosks: kiosks.length, exhibitors: exhibitors.length, connectors: connectors.length },
  }
}

function defaultPoiName(kind: Poi['kind']): LocalizedText {
  const names: Record<Poi['kind'], LocalizedText> = {
    entrance: { en: 'Entrance', zh: '入口' }, exit: { en: 'Exit', zh: '出口' }, information: { en: 'Information', zh: '咨询台' }, restroom: { en: 'Restroom', zh: '洗手间' },
    'first-aid': { en: 'First aid', zh: '医疗点' }, cafe: { en: 'Café', zh: '餐饮' }, stage: { en: 'Stage', zh: '舞台' }, elevator: { en: 'Elevator', zh: '电梯' },
    stairs: { en: 'Stairs', zh: '楼梯' }, media: { en: 'Media centre', zh: '媒体中心' }, lounge: { en: 'Lounge', zh: '休息区' },
  }
  return names[kind]
}

const round2 = (p: readonly [number, number]): [number, number] => [mm(p[0]), mm(p[1])]
const round9 = (v: number): number => Math.round(v * 1e9) / 1e9

function lonLatCentre(ring: [number, number][]): [number, number] {
  const xs = ring.map((p) => p[0])
  const ys = ring.map((p) => p[1])
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]
}

function distanceToOutline(p: Point2, poly: readonly Point2[]): number {
  let best = Infinity
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!
    const b = poly[(i + 1) % poly.length]!
    const dx = b[0] - a[0]
    const dz = b[1] - a[1]
    const len2 = dx * dx + dz * dz || 1
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2))
    best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dz)))
  }
  return best
}
