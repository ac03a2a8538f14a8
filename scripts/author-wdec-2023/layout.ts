/**
 * Floor plan of the WDEC 2023 expo hall (Ningbo International Conference & Exhibition Center
 * style single hall, simplified): 180 m × 100 m, main entrance in the middle of the south wall.
 *
 *   z = −50  ───────────────────────────── north wall ─────────────────────────────
 *            perimeter aisle (5 m)
 *   z = −45  [ future-industries  D ]  [ central-forum-stage ]  [ digital-scenario  C ]
 *   z = −29  ── cross aisle north (10 m at the sides, 6 m in front of the stage) ──
 *   z = −19  [ digital-real-fusion  B ]   main  [ digital-trade  E ]
 *   z =  −3  ── cross aisle centre (6 m): west entrance ↔ east entrance ──
 *   z =   3  [ belt-and-road T ] café |  aisle | media [ investment lounge ]
 *   z =  19  ── cross aisle south (6 m) ──
 *   z =  25  [ comprehensive-digital-economy  A ]  main  [ smart-consumption-plaza ]
 *   z =  41  south foyer (9 m): information desk, kiosk, first aid
 *   z =  50  ──────────────── south wall, main entrance (12 m) at x = 0 ──────────────
 *
 * Side aisles 4 m wide run north–south at x = ±20…±24 beside the stage and between the
 * belt-and-road / investment zones and the open café and media areas.
 */
import { box, type Box } from './geometry.ts'

export const HALL: Box = box(-90, -50, 90, 50)
export const HALL_HEIGHT = 16
export const PERIMETER_AISLE_M = 5

/** Walkways no booth may stand in (named for the report and the unit test). */
export const AISLES = {
  main: box(-4, -25, 4, 50),
  crossNorth: box(-85, -25, 85, -19),
  crossNorthWest: box(-85, -29, -20, -25),
  crossNorthEast: box(20, -29, 85, -25),
  crossCentre: box(-85, -3, 85, 3),
  crossSouth: box(-85, 19, 85, 25),
  stageWest: box(-24, -45, -20, -29),
  stageEast: box(20, -45, 24, -29),
  southFoyer: box(-85, 41, 85, 45),
} as const

/** The band inside the walls that stays clear: the hall minus this box. */
export const INNER = box(-85, -45, 85, 45)

export type ZoneId =
  | 'comprehensive-digital-economy'
  | 'digital-real-fusion'
  | 'digital-scenario'
  | 'future-industries'
  | 'digital-trade'
  | 'belt-and-road-trade-zone'
  | 'central-forum-stage'
  | 'investment-cooperation-lounge'
  | 'smart-consumption-plaza'

export const ZONE_BOXES: Record<ZoneId, Box> = {
  'future-industries': box(-85, -45, -24, -29),
  'central-forum-stage': box(-20, -45, 20, -25),
  'digital-scenario': box(24, -45, 85, -29),
  'digital-real-fusion': box(-85, -19, -4, -3),
  'digital-trade': box(4, -19, 85, -3),
  'belt-and-road-trade-zone': box(-85, 3, -24, 19),
  'investment-cooperation-lounge': box(24, 3, 85, 19),
  'comprehensive-digital-economy': box(-85, 25, -4, 41),
  'smart-consumption-plaza': box(4, 25, 85, 41),
}

/** Zone order in venue.json: the pavilions first (docs/contract.md order), then stage and services. */
export const ZONE_ORDER: ZoneId[] = [
  'comprehensive-digital-economy',
  'digital-real-fusion',
  'digital-scenario',
  'future-industries',
  'digital-trade',
  'belt-and-road-trade-zone',
  'central-forum-stage',
  'investment-cooperation-lounge',
  'smart-consumption-plaza',
]

/**
 * Booth rows. Every pavilion is 16 m deep: a double row (two 3 m rows back to back, 6 m),
 * a 4 m aisle, another double row. Row tokens, west to east:
 *   P3 / P6  a back-to-back pair of 3×3 / 6×3 booths (north booth numbered first)
 *   I6 / I9 / I12  an island booth 6 m, 9 m or 12 m wide and 6 m deep
 *   |        a 4 m cross-passage through the row
 * Each row is centred in its zone.
 */
export interface BoothRows {
  zoneId: ZoneId
  letter: string
  rows: [string, string]
}

export const BOOTH_ROWS: BoothRows[] = [
  { zoneId: 'comprehensive-digital-economy', letter: 'A', rows: ['I9 P6 P6 P3 | I12 P6 | P3 P6 P6 I9', 'I6 P6 P6 P3 | I9 I9 | P3 P6 P6 I6'] },
  { zoneId: 'digital-real-fusion', letter: 'B', rows: ['I12 P6 P3 P3 | I9 P6 | P3 P3 P6 I9', 'I9 P6 P6 | I6 P3 I6 | P6 P6 I9'] },
  { zoneId: 'digital-scenario', letter: 'C', rows: ['I12 P6 P3 | I9 | P3 P6 I9', 'I6 P6 P3 | P3 P3 P3 P3 | P3 P6 I6'] },
  { zoneId: 'future-industries', letter: 'D', rows: ['I12 P6 P3 | I9 | P3 P6 I9', 'I6 P6 P3 | P3 P3 P3 P3 | P3 P6 I6'] },
  { zoneId: 'digital-trade', letter: 'E', rows: ['I9 P6 P3 P3 | I9 I9 | P3 P3 P6 I9', 'I6 P6 P6 | I12 | P6 P6 I6'] },
  { zoneId: 'belt-and-road-trade-zone', letter: 'T', rows: ['I6 P6 P3 | I9 | P3 P6 I6', 'I6 P6 | I6 P3 | P6 I6'] },
]

export const ROW_DEPTH = 6
export const ROW_AISLE = 4
export const ROW_BREAK = 4

export interface BoothPlan {
  id: string
  label: string
  zoneId: ZoneId
  box: Box
  /** 'island' for the free-standing 6 m deep booths. */
  kind: 'row' | 'island'
}

function tokenWidth(t: string): number {
  if (t === '|') return ROW_BREAK
  const m = /^([PI])(\d+)$/.exec(t)
  if (!m) throw new Error(`bad row token ${t}`)
  return Number(m[2])
}

/** Every booth of the hall, numbered by zone letter: A01, A02, … */
export function planBooths(): BoothPlan[] {
  const out: BoothPlan[] = []
  for (const { zoneId, letter, rows } of BOOTH_ROWS) {
    const zone = ZONE_BOXES[zoneId]
    let n = 0
    const next = (b: Box, kind: BoothPlan['kind']): void => {
      n += 1
      const label = `${letter}${String(n).padStart(2, '0')}`
      out.push({ id: `booth-${label.toLowerCase()}`, label, zoneId, box: b, kind })
    }
    rows.forEach((spec, r) => {
      const tokens = spec.split(/\s+/)
      const length = tokens.reduce((s, t) => s + tokenWidth(t), 0)
      const width = zone.x1 - zone.x0
      if (length > width) throw new Error(`row ${r + 1} of ${zoneId} is ${length} m, the zone is ${width} m wide`)
      const z0 = zone.z0 + r * (ROW_DEPTH + ROW_AISLE)
      let x = zone.x0 + (width - length) / 2
      for (const t of tokens) {
        const w = tokenWidth(t)
        if (t.startsWith('P')) {
          next(box(x, z0, x + w, z0 + ROW_DEPTH / 2), 'row')
          next(box(x, z0 + ROW_DEPTH / 2, x + w, z0 + ROW_DEPTH), 'row')
        } else if (t.startsWith('I')) {
          next(box(x, z0, x + w, z0 + ROW_DEPTH), 'island')
        }
        x += w
      }
    })
  }
  return out
}
