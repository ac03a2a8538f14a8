/** Zones, booths, points of interest and kiosks of a generated venue, from its floor plan. */
import type { Booth, Kiosk, Poi, Zone } from '../../src/domain/scene/schema.ts'
import { SINGLE_LEVEL_ID } from '../../src/domain/scene/singleLevel.ts'
import { centre, cm, footprint, type Pt } from './geometry.ts'
import { BOULEVARD, type BlockPlan, type LayoutPlan, type ZonePlan } from './layout.ts'
import { SECTORS, STAGE_COLOR, TRADE_ZONE_COLOR, type SectorDef } from './names.ts'

export function isTradeZone(zone: ZonePlan): boolean {
  return zone.trade
}

export function zoneSector(zone: ZonePlan): SectorDef {
  return SECTORS[zone.index % SECTORS.length]!
}

export const zoneId = (block: BlockPlan, zone: ZonePlan): string => `hall-${block.no}-zone-${zone.letter.toLowerCase()}`
export const stageId = (block: BlockPlan): string => `hall-${block.no}-stage`
export const boothId = (block: BlockPlan, zone: ZonePlan, n: number): string => `booth-${block.no}${zone.letter.toLowerCase()}-${n}`
/** The printed booth number: hall, zone letter, three digits — "12C045". */
export const boothLabel = (block: BlockPlan, zone: ZonePlan, n: number): string => `${block.no}${zone.letter}${String(n).padStart(3, '0')}`

export function buildZones(plan: LayoutPlan): Zone[] {
  const zones: Zone[] = []
  for (const block of plan.blocks) {
    zones.push({
      id: stageId(block),
      levelId: SINGLE_LEVEL_ID,
      kind: 'stage',
      name: { en: `Hall ${block.no} Forum Stage`, zh: `${block.no}号馆论坛舞台` },
      summary: { en: `Talks, launches and buyer matchmaking for Hall ${block.no}.`, zh: `${block.no}号馆的演讲、新品发布和采购对接。` },
      footprint: footprint(block.stage),
      height: 6,
      color: STAGE_COLOR,
    })
    for (const zone of block.zones) {
      const sector = zoneSector(zone)
      const trade = isTradeZone(zone)
      zones.push({
        id: zoneId(block, zone),
        levelId: SINGLE_LEVEL_ID,
        kind: trade ? 'trade-zone' : 'pavilion',
        name: trade
          ? { en: `Hall ${block.no}${zone.letter} International Trade Zone`, zh: `${block.no}${zone.letter}国际贸易专区` }
          : { en: `Hall ${block.no}${zone.letter} ${sector.name.en} Pavilion`, zh: `${block.no}${zone.letter}${sector.name.zh}馆` },
        summary: trade
          ? { en: `Importers and exporters from around the world, ${zone.booths.length} booths.`, zh: `来自世界各地的进出口企业，共${zone.booths.length}个展位。` }
          : { en: `${sector.name.en}: makers and suppliers, ${zone.booths.length} booths.`, zh: `${sector.name.zh}：制造商与供应商，共${zone.booths.length}个展位。` },
        footprint: footprint(zone.box),
        height: 4,
        color: trade ? TRADE_ZONE_COLOR : sector.color,
      })
    }
  }
  return zones
}

export function buildBooths(plan: LayoutPlan): Booth[] {
  const booths: Booth[] = []
  for (const block of plan.blocks)
    for (const zone of block.zones)
      for (const b of zone.booths)
        booths.push({ id: boothId(block, zone, b.n), zoneId: zoneId(block, zone), levelId: SINGLE_LEVEL_ID, label: boothLabel(block, zone, b.n), footprint: footprint(b.box) })
  return booths
}

/**
 * Entrances where the boulevards meet the outer wall (and a main one in the south wall), and
 * per hall block an information desk, restrooms and a café on the boulevard south of it.
 */
export function buildPois(plan: LayoutPlan): Poi[] {
  const { hall } = plan
  const pois: Poi[] = [
    { id: 'entrance-main', levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: { en: 'Main Entrance', zh: '主入口' }, position: [cm((hall.x0 + hall.x1) / 2), hall.z1], width: 24 },
  ]
  const firstBlock = plan.blocks[0]!
  const blockW = firstBlock.box.x1 - firstBlock.box.x0
  const blockD = firstBlock.box.z1 - firstBlock.box.z0
  for (let c = 0; c <= plan.cols; c++) {
    // The boulevard west of column c (and the perimeter aisle at the ends).
    const x = c === 0 ? hall.x0 + 6 : c === plan.cols ? hall.x1 - 6 : firstBlock.box.x0 + c * (blockW + BOULEVARD) - BOULEVARD / 2
    if (Math.abs(x - (hall.x0 + hall.x1) / 2) > 20)
      pois.push({ id: `entrance-south-${c + 1}`, levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: { en: `South Gate ${c + 1}`, zh: `南${c + 1}门` }, position: [cm(x), hall.z1], width: 8 })
    pois.push({ id: `entrance-north-${c + 1}`, levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: { en: `North Gate ${c + 1}`, zh: `北${c + 1}门` }, position: [cm(x), hall.z0], width: 8 })
  }
  for (let r = 1; r < plan.rows; r++) {
    const z = firstBlock.box.z0 + r * (blockD + BOULEVARD) - BOULEVARD / 2
    pois.push({ id: `entrance-west-${r}`, levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: { en: `West Gate ${r}`, zh: `西${r}门` }, position: [hall.x0, cm(z)], width: 8 })
    pois.push({ id: `entrance-east-${r}`, levelId: SINGLE_LEVEL_ID, kind: 'entrance', name: { en: `East Gate ${r}`, zh: `东${r}门` }, position: [hall.x1, cm(z)], width: 8 })
  }
  for (const block of plan.blocks) {
    const south = block.box.z1 + 4
    const [cx] = centre(block.box)
    const at = (dx: number): Pt => [cm(cx + dx), cm(south)]
    pois.push({ id: `hall-${block.no}-information`, levelId: SINGLE_LEVEL_ID, kind: 'information', name: { en: `Hall ${block.no} Information`, zh: `${block.no}号馆服务台` }, position: at(-12) })
    pois.push({ id: `hall-${block.no}-restrooms`, levelId: SINGLE_LEVEL_ID, kind: 'restroom', name: { en: `Hall ${block.no} Restrooms`, zh: `${block.no}号馆洗手间` }, position: at(-(blockW / 2) + 8) })
    pois.push({ id: `hall-${block.no}-cafe`, levelId: SINGLE_LEVEL_ID, kind: 'cafe', name: { en: `Hall ${block.no} Café`, zh: `${block.no}号馆咖啡厅` }, position: at(blockW / 2 - 8) })
    if (block.no % 4 === 1)
      pois.push({ id: `hall-${block.no}-first-aid`, levelId: SINGLE_LEVEL_ID, kind: 'first-aid', name: { en: `First Aid near Hall ${block.no}`, zh: `${block.no}号馆旁医务室` }, position: at(12) })
  }
  return pois
}

/** One kiosk per hall block, on the boulevard south of it, facing north into the hall. */
export function buildKiosks(plan: LayoutPlan): Kiosk[] {
  const kiosks: Kiosk[] = []
  for (const block of plan.blocks) {
    const [cx] = centre(block.box)
    const pos: Pt = [cx, cm(block.box.z1 + 4)]
    kiosks.push({ id: `kiosk-hall-${block.no}`, levelId: SINGLE_LEVEL_ID, name: { en: `Kiosk · Hall ${block.no}`, zh: `导览屏 · ${block.no}号馆` }, position: pos, heading: 0 })
  }
  return kiosks
}
