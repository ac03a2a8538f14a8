/**
 * Every IMDF level of an archive → the scene's buildings and levels, and the site around them.
 * IMDF gives a level only its `ordinal`, so the floor's elevation is ordinal × STOREY_M (stated
 * in the import's warnings and docs/organizers.md).
 */
import { bbox } from '../../geometry/measure.ts'
import { containsPoint } from '../../geometry/polygon.ts'
import type { Point2 } from '../../geometry/types.ts'
import type { LocalizedText } from '../../i18n/text.ts'
import type { Building, Level } from '../../scene/schema.ts'
import { kebabId, type IdAllocator } from '../ids.ts'
import { outerRing, type Feature } from './geojson.ts'
import { pickText } from './labels.ts'

/** Metres from one floor to the next: IMDF has no elevations. */
export const STOREY_M = 6

export interface ImportedLevel {
  level: Level
  /** The IMDF level id. */
  imdfId: string
  /** The level's own outline (IMDF level polygon), in scene metres. */
  outline: Point2[]
}

export interface SiteResult {
  buildings: Building[]
  levels: ImportedLevel[]
  hall: Point2[]
  warnings: string[]
}

const idsOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [])

/** "Level 1" / "1 层" for ordinal 0, "Basement 1" / "地下 1 层" for −1 (the scene's own naming). */
export function levelNames(ordinal: number): { name: LocalizedText; shortName: LocalizedText } {
  if (ordinal >= 0) return { name: { en: `Level ${ordinal + 1}`, zh: `${ordinal + 1} 层` }, shortName: { en: `L${ordinal + 1}`, zh: `${ordinal + 1}F` } }
  return { name: { en: `Basement ${-ordinal}`, zh: `地下 ${-ordinal} 层` }, shortName: { en: `B${-ordinal}`, zh: `B${-ordinal}` } }
}

export function importSite(
  files: { levels: Feature[]; buildings: Feature[]; footprints: Feature[]; venue: Feature | undefined },
  toScene: (ring: [number, number][]) => Point2[],
  order: readonly string[],
  ids: IdAllocator,
): SiteResult | { error: string } {
  const warnings: string[] = []
  const levelOutline = new Map<string, Point2[]>()
  for (const l of files.levels) {
    const ring = outerRing(l.geometry)
    if (ring) levelOutline.set(String(l.id), toScene(ring.ring))
  }
  const noOutline = files.levels.filter((l) => !levelOutline.has(String(l.id)))
  if (noOutline.length) return { error: `level(s) ${noOutline.map((l) => `"${String(l.id)}"`).join(', ')} have no polygon: a scene level needs its outline` }

  // Buildings: the archive's, else one for the whole venue; a level naming none joins the first.
  const known = files.buildings.map((b) => String(b.id))
  const buildingOf = (l: Feature): string => idsOf(l.properties.building_ids).find((id) => known.includes(id)) ?? known[0] ?? ''
  const orphans = files.levels.filter((l) => known.length && !idsOf(l.properties.building_ids).some((id) => known.includes(id)))
  if (orphans.length && known.length > 1) warnings.push(`level(s) ${orphans.map((l) => `"${String(l.id)}"`).join(', ')} name no building of the archive; put in the first`)
  const sources = files.buildings.length ? files.buildings : [null]
  const buildings: Building[] = []
  const sceneBuilding = new Map<string, string>()
  sources.forEach((b, i) => {
    const key = b ? String(b.id) : ''
    const mine = files.levels.filter((l) => buildingOf(l) === key)
    if (!mine.length) {
      warnings.push(`building "${key}" has no level; left out`)
      return
    }
    const picked = b ? pickText(b.properties.name, order) : null
    const n = buildings.length + 1
    const name = picked?.text ?? (sources.length === 1 ? { en: 'Main hall', zh: '主展馆' } : { en: `Building ${n}`, zh: `${n} 号馆` })
    const ground = files.footprints.find((f) => (f.properties.category ?? 'ground') === 'ground' && (b ? idsOf(f.properties.building_ids).includes(key) : true))
    const groundRing = ground ? outerRing(ground.geometry) : null
    const footprint = groundRing ? toScene(groundRing.ring) : enclosing(mine.map((l) => levelOutline.get(String(l.id))!))
    buildings.push({ id: ids.fresh(kebabId(name.en) ?? `building-${i + 1}`), name, footprint: footprint.map((q) => [q[0], q[1]]) })
    sceneBuilding.set(key, buildings.at(-1)!.id)
  })

  const several = buildings.length > 1
  // Building by building, each from its lowest floor up.
  const rank = (l: Feature): number => buildings.findIndex((b) => b.id === sceneBuilding.get(buildingOf(l)))
  const levels: ImportedLevel[] = [...files.levels]
    .sort((a, b) => rank(a) - rank(b) || ordinalOf(a) - ordinalOf(b))
    .map((l) => {
      const ordinal = ordinalOf(l)
      const buildingId = sceneBuilding.get(buildingOf(l))!
      const own = levelNames(ordinal)
      const name = pickText(l.properties.name, order)?.text ?? own.name
      const short = pickText(l.properties.short_name, order)?.text
      const shortName = short && short.en.length <= 40 && short.zh.length <= 40 ? short : own.shortName
      const base = ordinal >= 0 ? `level-${ordinal + 1}` : `basement-${-ordinal}`
      const level: Level = { id: ids.fresh(several ? `${buildingId}-${base}` : base), buildingId, name, shortName, ordinal, elevation: ordinal * STOREY_M, height: STOREY_M }
      return { level, imdfId: String(l.id), outline: levelOutline.get(String(l.id))! }
    })
  // The ground floor opens the explorer: ordinal 0 first (else the lowest), then upwards.
  const groundAt = levels.findIndex((l) => l.level.ordinal === 0)
  if (groundAt > 0) levels.unshift(...levels.splice(groundAt, 1))

  const venueRing = files.venue ? outerRing(files.venue.geometry) : null
  const venuePoly = venueRing ? toScene(venueRing.ring) : null
  const hall = venuePoly && buildings.every((b) => b.footprint.every((p) => containsPoint(venuePoly, p))) ? venuePoly : enclosing(buildings.map((b) => b.footprint))
  warnings.push(`${levels.length} levels; IMDF gives no heights, so each floor stands ${STOREY_M} m above the one below (elevation = ordinal × ${STOREY_M} m): edit venue.json "levels" for the real ones`)
  return { buildings, levels, hall, warnings }
}

const ordinalOf = (l: Feature): number => (typeof l.properties.ordinal === 'number' && Number.isInteger(l.properties.ordinal) ? l.properties.ordinal : 0)

/** The outline holding all of them: one of them when it holds the others, else their bounding rectangle. */
function enclosing(polys: readonly Point2[][]): Point2[] {
  const holder = polys.find((p) => polys.every((q) => q.every((pt) => containsPoint(p, pt))))
  if (holder) return holder
  const b = bbox(polys.flat())
  return [[b.minX, b.minZ], [b.maxX, b.minZ], [b.maxX, b.maxZ], [b.minX, b.maxZ]]
}
