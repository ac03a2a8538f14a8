/**
 * Three days of programme: five talks a day on every hall's stage and a product launch a day
 * at one booth of every zone, all inside 09:00–18:00 in the venue's time zone.
 */
import type { Exhibitor, Session, SessionKind } from '../../src/domain/scene/schema.ts'
import type { LayoutPlan } from './layout.ts'
import { personName, SECTORS } from './names.ts'
import type { Random } from './random.ts'
import { boothId, stageId, zoneSector } from './venue.ts'

export const UTC_OFFSET = '+08:00'

const SLOTS: readonly [string, string][] = [
  ['09:30', '10:30'],
  ['11:00', '12:00'],
  ['13:30', '14:30'],
  ['15:00', '16:00'],
  ['16:30', '17:30'],
]
const STAGE_KINDS: readonly { kind: SessionKind; en: string; zh: string }[] = [
  { kind: 'forum', en: 'Industry Forum', zh: '产业论坛' },
  { kind: 'investment', en: 'Buyer Matchmaking', zh: '采购对接会' },
  { kind: 'consumption', en: 'Consumer Trends Talk', zh: '消费趋势分享' },
  { kind: 'forum', en: 'Export Outlook', zh: '出口形势研讨' },
]

export function buildSessions(plan: LayoutPlan, days: readonly string[], exhibitors: readonly Exhibitor[], random: Random): Session[] {
  const sessions: Session[] = []
  const exhibitorByBooth = new Map(exhibitors.map((e) => [e.boothIds[0]!, e]))
  const at = (day: string, hhmm: string): string => `${day}T${hhmm}:00${UTC_OFFSET}`
  const speakers = (count: number, hallExhibitors: readonly Exhibitor[]): Session['speakers'] =>
    Array.from({ length: count }, () => {
      const ex = hallExhibitors.length ? random.pick(hallExhibitors) : null
      return ex ? { name: personName(random), affiliation: ex.name } : { name: personName(random) }
    })

  for (const block of plan.blocks) {
    const hallExhibitors = block.zones.flatMap((z) => z.booths.slice(0, 8).map((b) => exhibitorByBooth.get(boothId(block, z, b.n))!))
    const topic = block.zones[0] ? zoneSector(block.zones[0]) : SECTORS[0]!
    days.forEach((day, d) => {
      SLOTS.forEach(([start, end], s) => {
        const opening = block.no === 1 && d === 0 && s === 0
        const k = STAGE_KINDS[(s + d + block.no) % STAGE_KINDS.length]!
        sessions.push({
          id: `hall-${block.no}-day-${d + 1}-talk-${s + 1}`,
          title: opening
            ? { en: 'Opening Ceremony', zh: '开幕式' }
            : { en: `Hall ${block.no} ${topic.name.en} ${k.en}`, zh: `${block.no}号馆${topic.name.zh}${k.zh}` },
          kind: opening ? 'ceremony' : k.kind,
          start: at(day, start),
          end: at(day, end),
          locationId: stageId(block),
          speakers: speakers(1 + random.int(3), hallExhibitors),
          summary: opening
            ? { en: 'The fair opens with welcome addresses from the organisers.', zh: '主办方致辞，展会正式开幕。' }
            : { en: `${k.en} on ${topic.name.en.toLowerCase()} for buyers and exhibitors.`, zh: `面向采购商与展商的${topic.name.zh}${k.zh}。` },
        })
      })
      for (const zone of block.zones) {
        const b = zone.booths[random.int(zone.booths.length)]!
        const host = exhibitorByBooth.get(boothId(block, zone, b.n))!
        const hour = 10 + random.int(7)
        sessions.push({
          id: `hall-${block.no}-zone-${zone.letter.toLowerCase()}-day-${d + 1}-launch`,
          title: { en: `Product launch: ${host.name.en}`, zh: `新品发布：${host.name.zh}` },
          kind: 'exhibition',
          start: at(day, `${hour}:00`),
          end: at(day, `${hour}:45`),
          locationId: host.boothIds[0]!,
          speakers: [{ name: personName(random), affiliation: host.name }],
          summary: { en: `${host.name.en} shows this season's new ${SECTORS.find((x) => x.id === host.sectors[0])?.name.en.toLowerCase() ?? 'products'}.`, zh: `${host.name.zh}发布本季新品。` },
        })
      }
    })
  }
  return sessions
}
