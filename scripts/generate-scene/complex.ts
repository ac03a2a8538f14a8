/**
 * A complex of several exhibition buildings ("areas", as at the Canton Fair) with several levels
 * each, for `generate:scene -- --halls H --levels L`: the booths are spread over every floor, each
 * floor laid out like a one-hall venue (layout.ts) with its own hall numbers, so ids and booth
 * numbers stay unique; the buildings stand west to east on one site and are walked between on
 * the ground. In each building escalators (one up, one down) and stairs join neighbouring levels
 * and one lift serves them all, so every level is reachable both ways, and without steps.
 */
import type { Building, Connector, Kiosk, Level, Poi, Venue, Zone, Booth } from '../../src/domain/scene/schema.ts'
import { box, cm, footprint, type Box, type Pt } from './geometry.ts'
import { planLayout, type BlockPlan, type LayoutPlan } from './layout.ts'
import { buildBooths, buildKiosks, buildPois, buildZones } from './venue.ts'

/** Open ground between two buildings, metres. */
const PLAZA = 40
/** Site margin around the buildings. */
const SITE_MARGIN = 20
const LEVEL_HEIGHT = 12
/** Connectors stand in the south perimeter aisle, this far in from the building's wall. */
const CONNECTOR_INSET = 4

export interface ComplexOptions {
  booths: number
  /** Buildings. */
  halls: number
  /** Levels per building. */
  levels: number
}

export type ComplexVenue = Pick<Venue, 'hall' | 'buildings' | 'levels' | 'connectors' | 'zones' | 'booths' | 'pois' | 'kiosks'>

export interface Complex {
  venue: ComplexVenue
  /** Every floor's blocks together (hall numbers unique), for exhibitors and sessions. */
  plan: LayoutPlan
}

const t = (en: string, zh: string): { en: string; zh: string } => ({ en, zh })
const shiftBox = (b: Box, dx: number): Box => ({ x0: cm(b.x0 + dx), z0: b.z0, x1: cm(b.x1 + dx), z1: b.z1 })

/** A floor plan moved `dx` east, its halls numbered from `first`. */
function placeFloor(plan: LayoutPlan, dx: number, first: number): LayoutPlan {
  const blocks: BlockPlan[] = plan.blocks.map((b) => ({
    no: b.no - 1 + first,
    box: shiftBox(b.box, dx),
    stage: shiftBox(b.stage, dx),
    zones: b.zones.map((z) => ({ ...z, box: shiftBox(z.box, dx), booths: z.booths.map((bo) => ({ n: bo.n, box: shiftBox(bo.box, dx) })) })),
  }))
  return { hall: shiftBox(plan.hall, dx), blocks, cols: plan.cols, rows: plan.rows }
}

/** Booths per floor: as even as can be, the lower floors taking the remainder. */
export function boothsPerFloor(booths: number, floors: number): number[] {
  return Array.from({ length: floors }, (_, i) => Math.floor(booths / floors) + (i < booths % floors ? 1 : 0))
}

export function buildComplex(opts: ComplexOptions): Complex {
  const { halls, levels } = opts
  if (opts.booths < halls * levels) throw new Error(`${halls * levels} floors need at least as many booths, got ${opts.booths}`)
  const counts = boothsPerFloor(opts.booths, halls * levels)
  const buildings: Building[] = []
  const levelList: Level[] = []
  const connectors: Connector[] = []
  const zones: Zone[] = []
  const booths: Booth[] = []
  const pois: Poi[] = []
  const kiosks: Kiosk[] = []
  const allBlocks: BlockPlan[] = []
  let west = 0
  let nextHall = 1
  for (let h = 0; h < halls; h++) {
    const letter = String.fromCharCode(65 + h)
    const buildingId = `area-${letter.toLowerCase()}`
    const floors = counts.slice(h * levels, (h + 1) * levels).map((n) => planLayout(n))
    // Every floor is centred on the building: its outline holds the widest and the deepest.
    const width = Math.max(...floors.map((f) => f.hall.x1 - f.hall.x0))
    const depth = Math.max(...floors.map((f) => f.hall.z1 - f.hall.z0))
    const dx = cm(west + width / 2)
    const outline = box(west, -depth / 2, width, depth)
    buildings.push({ id: buildingId, name: t(`Area ${letter}`, `${letter} 区`), footprint: footprint(outline) })
    const levelIds = floors.map((_, k) => `${buildingId}-l${k + 1}`)
    floors.forEach((floor, k) => {
      const levelId = levelIds[k]!
      levelList.push({
        id: levelId,
        buildingId,
        name: t(`Level ${k + 1}`, `${k + 1} 层`),
        shortName: t(`L${k + 1}`, `${k + 1}F`),
        ordinal: k,
        elevation: k * LEVEL_HEIGHT,
        height: LEVEL_HEIGHT,
      })
      const placed = placeFloor(floor, dx, nextHall)
      nextHall += placed.blocks.length
      allBlocks.push(...placed.blocks)
      const on = <T extends { levelId: string }>(items: T[]): T[] => items.map((i) => ({ ...i, levelId }))
      zones.push(...on(buildZones(placed)))
      booths.push(...on(buildBooths(placed)))
      kiosks.push(...on(buildKiosks(placed)))
      for (const p of on(buildPois(placed))) {
        if (p.kind !== 'entrance') pois.push(p)
        // Doors to the outside on the ground only; each building has its own, named after it.
        else if (k === 0) pois.push({ ...p, id: `${buildingId}-${p.id}`, name: t(`Area ${letter} ${p.name.en}`, `${letter} 区${p.name.zh}`) })
      }
    })
    connectors.push(...buildingConnectors(buildingId, letter, levelIds, outline))
    west += width + PLAZA
  }
  const siteWidth = west - PLAZA
  const siteDepth = Math.max(...buildings.map((b) => b.footprint[2]![1] - b.footprint[0]![1]))
  const site = box(-SITE_MARGIN, -siteDepth / 2 - SITE_MARGIN, siteWidth + 2 * SITE_MARGIN, siteDepth + 2 * SITE_MARGIN)
  return {
    venue: { hall: { footprint: footprint(site), height: levels * LEVEL_HEIGHT }, buildings, levels: levelList, connectors, zones, booths, pois, kiosks },
    plan: { hall: site, blocks: allBlocks, cols: 1, rows: 1 },
  }
}

/** Escalators up and down and stairs between each pair of neighbouring levels; one lift to all. */
function buildingConnectors(buildingId: string, letter: string, levelIds: string[], outline: Box): Connector[] {
  if (levelIds.length < 2) return []
  const z = cm(outline.z1 - CONNECTOR_INSET)
  const at = (x: number): Pt => [cm(outline.x0 + x), z]
  const out: Connector[] = []
  for (let k = 0; k + 1 < levelIds.length; k++) {
    const stops = (x: number) => [
      { levelId: levelIds[k]!, position: at(x) },
      { levelId: levelIds[k + 1]!, position: at(x) },
    ]
    const floors = `${k + 1}–${k + 2}`
    out.push(
      { id: `${buildingId}-escalator-up-${k + 1}`, kind: 'escalator', direction: 'up', name: t(`Area ${letter} escalator up (L${floors})`, `${letter} 区上行扶梯（${floors} 层）`), stops: stops(16), seconds: 30 },
      { id: `${buildingId}-escalator-down-${k + 1}`, kind: 'escalator', direction: 'down', name: t(`Area ${letter} escalator down (L${floors})`, `${letter} 区下行扶梯（${floors} 层）`), stops: stops(22), seconds: 30 },
      { id: `${buildingId}-stairs-${k + 1}`, kind: 'stairs', name: t(`Area ${letter} stairs (L${floors})`, `${letter} 区楼梯（${floors} 层）`), stops: stops(28), seconds: 45 },
    )
  }
  out.push({
    id: `${buildingId}-lift`,
    kind: 'lift',
    name: t(`Area ${letter} lift`, `${letter} 区电梯`),
    stops: levelIds.map((levelId) => ({ levelId, position: at(36) })),
    seconds: 10,
    waitSeconds: 30,
  })
  return out
}
