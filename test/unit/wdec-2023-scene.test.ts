/**
 * The default scene `scenes/wdec-2023/` (authored by scripts/author-wdec-2023.ts): it loads,
 * it holds the numbers the brief promises, its floor plan keeps the aisles clear, and the
 * committed JSON is exactly what the author script produces.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildWdec2023, serialise } from '../../scripts/author-wdec-2023.ts'
import { area, bbox } from '../../src/domain/geometry/measure.ts'
import type { Box2 } from '../../src/domain/geometry/types.ts'
import { localDate } from '../../src/domain/scene/crossCheck.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scenes/wdec-2023')
const FILES = ['venue.json', 'exhibitors.json', 'sessions.json'] as const
const text = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')])) as Record<(typeof FILES)[number], string>
const raw = Object.fromEntries(FILES.map((f) => [f, JSON.parse(text[f]) as unknown])) as Record<(typeof FILES)[number], unknown>

const PAVILIONS = [
  'comprehensive-digital-economy',
  'digital-real-fusion',
  'digital-scenario',
  'future-industries',
  'digital-trade',
  'belt-and-road-trade-zone',
] as const
const STAGE = 'central-forum-stage'
/** Main aisle: 8 m wide, from the south wall (main entrance) to the front of the forum stage. */
const MAIN_AISLE: Box2 = { minX: -4, maxX: 4, minZ: -25, maxZ: 50 }
/** Everything closer than 5 m to a wall is the perimeter aisle. */
const INSIDE_PERIMETER: Box2 = { minX: -85, maxX: 85, minZ: -45, maxZ: 45 }

function loadScene(): Scene {
  const res = parseScene(raw as Parameters<typeof parseScene>[0])
  if (!res.ok) throw new Error(`wdec-2023 does not validate:\n${res.issues.map((i) => `${i.file} ${i.path} [${i.rule}] ${i.message}`).join('\n')}`)
  return res.scene
}

function overlaps(a: Box2, b: Box2): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ
}

describe('scenes/wdec-2023', () => {
  const scene = loadScene()
  const { venue, exhibitors, sessions } = scene
  const zoneOfBooth = new Map(venue.booths.map((b) => [b.id, b.zoneId]))
  const zonesOf = (e: Scene['exhibitors'][number]): Set<string> => new Set(e.boothIds.map((id) => zoneOfBooth.get(id) ?? '?'))
  const inZone = (zoneId: string) => exhibitors.filter((e) => zonesOf(e).has(zoneId))

  it('passes the scene validator (parseScene)', () => {
    const res = parseScene(raw as Parameters<typeof parseScene>[0])
    expect(res.ok ? [] : res.issues, 'parseScene issues').toEqual([])
    expect(venue.id).toBe('wdec-2023')
    expect(venue.timezone).toBe('Asia/Shanghai')
    expect(venue.dates).toEqual({ start: '2023-10-13', end: '2023-10-15' })
  })

  it('has a hall between 15,000 and 20,000 m²', () => {
    const a = area(venue.hall.footprint)
    expect(a, `hall area is ${a} m²`).toBeGreaterThanOrEqual(15_000)
    expect(a, `hall area is ${a} m²`).toBeLessThanOrEqual(20_000)
  })

  it('has at least 150 booths, with unique printed labels', () => {
    expect(venue.booths.length, `only ${venue.booths.length} booths`).toBeGreaterThanOrEqual(150)
    expect(new Set(venue.booths.map((b) => b.label)).size, 'booth labels repeat').toBe(venue.booths.length)
  })

  it('keeps the main aisle and the perimeter aisle free of booths', () => {
    // The aisles are the ground floor's; the forum level upstairs has a plan of its own.
    const ground = venue.booths.filter((b) => b.levelId === venue.levels[0]!.id)
    const inMainAisle = ground.filter((b) => overlaps(bbox(b.footprint), MAIN_AISLE)).map((b) => b.id)
    expect(inMainAisle, 'booths standing in the main aisle (x −4…4, z −25…50)').toEqual([])
    const inPerimeter = ground
      .filter((b) => {
        const box = bbox(b.footprint)
        return box.minX < INSIDE_PERIMETER.minX || box.maxX > INSIDE_PERIMETER.maxX || box.minZ < INSIDE_PERIMETER.minZ || box.maxZ > INSIDE_PERIMETER.maxZ
      })
      .map((b) => b.id)
    expect(inPerimeter, 'booths reaching into the 5 m perimeter aisle').toEqual([])
  })

  it('places the forum stage at the north end of the main aisle', () => {
    const stage = venue.zones.find((z) => z.id === STAGE)
    expect(stage, 'central-forum-stage zone').toBeDefined()
    expect(stage!.kind).toBe('stage')
    const b = bbox(stage!.footprint)
    expect(b.maxZ, 'stage front meets the main aisle').toBe(MAIN_AISLE.minZ)
    expect(b.minX < MAIN_AISLE.minX && b.maxX > MAIN_AISLE.maxX, 'stage spans the main aisle').toBe(true)
  })

  it('has at least 120 exhibitors, at least 8 in each of the six pavilions', () => {
    expect(exhibitors.length, `only ${exhibitors.length} exhibitors`).toBeGreaterThanOrEqual(120)
    for (const z of PAVILIONS) {
      const n = inZone(z).length
      expect(n, `${z} has ${n} exhibitors`).toBeGreaterThanOrEqual(8)
    }
  })

  it('holds exactly 18 exhibitors from exactly 13 countries (DE and FR among them) in the Belt and Road zone', () => {
    const tz = inZone('belt-and-road-trade-zone')
    expect(tz.length, 'Belt and Road exhibitors').toBe(18)
    const countries = new Set(tz.map((e) => e.country))
    expect(countries.size, `Belt and Road countries: ${[...countries].sort().join(' ')}`).toBe(13)
    expect(countries.has('DE'), 'a German exhibitor in the Belt and Road zone').toBe(true)
    expect(countries.has('FR'), 'a French exhibitor in the Belt and Road zone').toBe(true)
  })

  it('shows the four real showcases in their pavilions', () => {
    const expected: [string, string[]][] = [
      ['Ningbo Artificial Intelligence Supercomputing Center (Phase I)', ['future-industries']],
      ['Digital Twin Research Institute', ['digital-real-fusion', 'digital-scenario']],
      ['Tianyi Pavilion Yuehu Scenic Area Digital Twin', ['digital-scenario']],
      ['Xiangshan Digital Twin Fishing Port', ['digital-scenario']],
    ]
    for (const [name, zones] of expected) {
      const e = exhibitors.find((x) => x.name.en === name)
      expect(e, `exhibitor "${name}"`).toBeDefined()
      const where = [...zonesOf(e!)]
      expect(where.every((z) => zones.includes(z)), `"${name}" is in ${where.join(', ')}, expected ${zones.join(' or ')}`).toBe(true)
    }
    const sc = exhibitors.find((x) => x.name.en.startsWith('Ningbo Artificial Intelligence Supercomputing Center'))!
    expect(sc.name.zh).toBe('宁波人工智能超算中心（一期）')
    expect(sc.summary.en, 'supercomputing summary mentions the Asian Games forecasts').toMatch(/Asian Games/)
  })

  it('lists a German robotics company', () => {
    const found = exhibitors.filter((e) => e.country === 'DE' && e.sectors.includes('robotics'))
    expect(found.length, 'exhibitors with country DE and sector robotics').toBeGreaterThanOrEqual(1)
  })

  it('has at least 40 sessions spread over 13, 14 and 15 October (Asia/Shanghai)', () => {
    expect(sessions.length, `only ${sessions.length} sessions`).toBeGreaterThanOrEqual(40)
    const days = new Set(sessions.map((s) => localDate(Date.parse(s.start), venue.timezone)))
    for (const d of ['2023-10-13', '2023-10-14', '2023-10-15']) expect(days.has(d), `sessions on ${d}`).toBe(true)
  })

  it('keeps sessions within 09:00–18:00 of one day and never double-books a place', () => {
    const hm = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: venue.timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms)
    for (const s of sessions) {
      const t0 = Date.parse(s.start)
      const t1 = Date.parse(s.end)
      expect(s.start, `${s.id} carries the +08:00 offset`).toMatch(/\+08:00$/)
      expect(localDate(t0, venue.timezone), `${s.id} stays within one day`).toBe(localDate(t1, venue.timezone))
      expect(hm(t0) >= '09:00' && hm(t1) <= '18:00', `${s.id} runs ${hm(t0)}–${hm(t1)}`).toBe(true)
      expect(s.speakers.length >= 1 && s.speakers.length <= 4, `${s.id} has ${s.speakers.length} speakers`).toBe(true)
    }
    const clashes: string[] = []
    for (let i = 0; i < sessions.length; i++)
      for (let j = i + 1; j < sessions.length; j++) {
        const a = sessions[i]!
        const b = sessions[j]!
        if (a.locationId === b.locationId && Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)) clashes.push(`${a.id} × ${b.id}`)
      }
    expect(clashes, 'sessions overlapping at one location').toEqual([])
  })

  it('opens with exactly one opening ceremony, on 13 October at the forum stage', () => {
    const openings = sessions.filter((s) => s.kind === 'ceremony' && /opening/i.test(s.title.en))
    expect(openings.length, 'opening ceremonies').toBe(1)
    const o = openings[0]!
    expect(localDate(Date.parse(o.start), venue.timezone)).toBe('2023-10-13')
    expect(o.locationId).toBe(STAGE)
    expect(o.start).toBe('2023-10-13T09:30:00+08:00')
    expect(o.end).toBe('2023-10-13T10:30:00+08:00')
  })

  it('has kiosks at the entrances, each within 15 m of one', () => {
    const entrances = venue.pois.filter((p) => p.kind === 'entrance')
    const near = venue.kiosks.filter((k) => entrances.some((e) => Math.hypot(k.position[0] - e.position[0], k.position[1] - e.position[1]) <= 15))
    expect(near.length, `kiosks within 15 m of an entrance: ${near.map((k) => k.id).join(', ')}`).toBeGreaterThanOrEqual(2)
    const heading = Object.fromEntries(venue.kiosks.map((k) => [k.id, k.heading]))
    expect(heading).toMatchObject({ 'kiosk-south-entrance': 0, 'kiosk-west-entrance': 90, 'kiosk-east-entrance': 270 })
  })

  it('puts every point of interest and kiosk outside the booths', () => {
    const boxes = venue.booths.map((b) => [b.levelId, bbox(b.footprint)] as const)
    const inside = [...venue.pois, ...venue.kiosks].filter((p) =>
      boxes.some(([level, b]) => level === p.levelId && p.position[0] > b.minX && p.position[0] < b.maxX && p.position[1] > b.minZ && p.position[1] < b.maxZ),
    )
    expect(inside.map((p) => p.id), 'points standing inside a booth').toEqual([])
  })

  it('is exactly what scripts/author-wdec-2023.ts produces (deterministic)', () => {
    const a = buildWdec2023()
    const b = buildWdec2023()
    expect(serialise(a.venue)).toBe(serialise(b.venue))
    expect(serialise(a.exhibitors)).toBe(serialise(b.exhibitors))
    expect(serialise(a.sessions)).toBe(serialise(b.sessions))
    expect(a.venue, 'venue.json is stale: run npx tsx scripts/author-wdec-2023.ts').toEqual(raw['venue.json'])
    expect(a.exhibitors, 'exhibitors.json is stale: run npx tsx scripts/author-wdec-2023.ts').toEqual(raw['exhibitors.json'])
    expect(a.sessions, 'sessions.json is stale: run npx tsx scripts/author-wdec-2023.ts').toEqual(raw['sessions.json'])
    expect(serialise(a.venue) === text['venue.json'], 'venue.json bytes match the script output').toBe(true)
    expect(serialise(a.exhibitors) === text['exhibitors.json'], 'exhibitors.json bytes match the script output').toBe(true)
    expect(serialise(a.sessions) === text['sessions.json'], 'sessions.json bytes match the script output').toBe(true)
  })
})
