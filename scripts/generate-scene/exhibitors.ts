/** One fictional exhibitor per booth: bilingual name, ISO country, sectors, a one-line summary. */
import type { Exhibitor, Sector } from '../../src/domain/scene/schema.ts'
import type { LayoutPlan } from './layout.ts'
import { FOREIGN_COUNTRIES, HOME_COUNTRY, SECTORS, companyName, slug } from './names.ts'
import type { Random } from './random.ts'
import { boothId, isTradeZone, zoneSector } from './venue.ts'

const MARKETS = [
  { en: 'retail chains', zh: '零售连锁' },
  { en: 'factories', zh: '工厂' },
  { en: 'hospitals', zh: '医院' },
  { en: 'builders', zh: '建筑商' },
  { en: 'online sellers', zh: '电商卖家' },
  { en: 'city services', zh: '城市服务' },
  { en: 'distributors', zh: '经销商' },
  { en: 'hotels', zh: '酒店' },
] as const

export function buildSectors(): Sector[] {
  return SECTORS.map((s) => ({ id: s.id, name: s.name }))
}

export function buildExhibitors(plan: LayoutPlan, random: Random): Exhibitor[] {
  const out: Exhibitor[] = []
  for (const block of plan.blocks)
    for (const zone of block.zones) {
      const trade = isTradeZone(zone)
      for (const b of zone.booths) {
        const sector = trade ? random.pick(SECTORS) : zoneSector(zone)
        const name = companyName(random, sector)
        const sectors = [sector.id]
        if (random.chance(0.3)) {
          const other = random.pick(SECTORS)
          if (other.id !== sector.id) sectors.push(other.id)
        }
        const market = random.pick(MARKETS)
        const bid = boothId(block, zone, b.n)
        const ex: Exhibitor = {
          id: bid.replace(/^booth-/, 'exhibitor-'),
          name,
          country: trade || random.chance(0.15) ? random.pick(FOREIGN_COUNTRIES) : HOME_COUNTRY,
          sectors,
          boothIds: [bid],
          summary: { en: `${sector.name.en} products for ${market.en}.`, zh: `面向${market.zh}的${sector.name.zh}产品。` },
        }
        if (random.chance(0.25)) ex.website = `https://www.${slug(name.en.split(' ')[0]!)}-${slug(sector.word.en)}.example`
        out.push(ex)
      }
    }
  return out
}
