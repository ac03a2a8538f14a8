/**
 * Level 2 of the hall: the forum level upstairs — a forum hall, meeting rooms and a start-up
 * gallery — reached by a pair of escalators from the south foyer, stairs in the east, and the
 * lift in the west (the step-free way). Positions are [x, z] metres as in layout.ts.
 */
import type { Building, Connector, Level, Poi, Zone } from '../../src/domain/scene/schema.ts'
import { box, footprint, type Box } from './geometry.ts'
import { HALL, HALL_HEIGHT } from './layout.ts'

export const BUILDING_ID = 'main-hall'
export const GROUND = 'level-1'
export const UPPER = 'level-2'
/** The upper floor's slab: the ground floor is this tall. */
const UPPER_ELEVATION = 8

export const BUILDINGS: Building[] = [
  { id: BUILDING_ID, name: { en: 'Ningbo International Conference & Exhibition Center, Hall 1', zh: '宁波国际会议展览中心 1 号馆' }, footprint: footprint(HALL) },
]

export const LEVELS: Level[] = [
  { id: GROUND, buildingId: BUILDING_ID, name: { en: 'Level 1', zh: '1 层' }, shortName: { en: 'L1', zh: '1F' }, ordinal: 0, elevation: 0, height: UPPER_ELEVATION },
  {
    id: UPPER,
    buildingId: BUILDING_ID,
    name: { en: 'Level 2', zh: '2 层' },
    shortName: { en: 'L2', zh: '2F' },
    ordinal: 1,
    elevation: UPPER_ELEVATION,
    height: HALL_HEIGHT - UPPER_ELEVATION,
  },
]

const GALLERY: Box = box(-40, 7, 40, 19)

export const UPPER_ZONES: Zone[] = [
  {
    id: 'digital-economy-forum-hall',
    levelId: UPPER,
    kind: 'stage',
    name: { en: 'Digital Economy Forum Hall', zh: '数字经济论坛厅' },
    summary: {
      en: 'The upstairs forum hall: parallel forums, launches and signing ceremonies away from the bustle of the show floor.',
      zh: '楼上的论坛厅：平行论坛、新品发布和签约仪式在这里举行，远离展厅的喧闹。',
    },
    footprint: footprint(box(-60, -40, -10, -10)),
    height: 5,
    color: '#CC79A7',
  },
  {
    id: 'meeting-rooms',
    levelId: UPPER,
    kind: 'service',
    name: { en: 'Meeting Rooms', zh: '会议室' },
    summary: {
      en: 'Rooms to book for business meetings and matchmaking between exhibitors and buyers.',
      zh: '可预约的洽谈室，供展商与采购商商务洽谈和对接使用。',
    },
    footprint: footprint(box(10, -40, 60, -10)),
    height: 4,
    color: '#999999',
  },
  {
    id: 'startup-gallery',
    levelId: UPPER,
    kind: 'pavilion',
    name: { en: 'Start-up Showcase Gallery', zh: '创新创业展示长廊' },
    summary: {
      en: 'Young companies from the Ningbo innovation parks show their first products, one compact booth each.',
      zh: '宁波各创新园区的初创企业在这里展示首批产品，每家一个小型展位。',
    },
    footprint: footprint(GALLERY),
    height: 4,
    color: '#009E73',
  },
]

/** Two back-to-back rows of twelve 6 × 3 m booths, G01–G12 north, G13–G24 south. */
export function upperBooths(): { id: string; zoneId: string; label: string; box: Box }[] {
  const out: { id: string; zoneId: string; label: string; box: Box }[] = []
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 12; i++) {
      const label = `G${String(row * 12 + i + 1).padStart(2, '0')}`
      const x0 = -36 + i * 6
      const z0 = 10 + row * 3
      out.push({ id: `booth-${label.toLowerCase()}`, zoneId: 'startup-gallery', label, box: box(x0, z0, x0 + 6, z0 + 3) })
    }
  }
  return out
}

export const UPPER_POIS: Poi[] = [
  { id: 'cafe-level-2', levelId: UPPER, kind: 'cafe', name: { en: 'Sky Café', zh: '空中咖啡吧' }, position: [0, 30] },
  { id: 'restroom-level-2', levelId: UPPER, kind: 'restroom', name: { en: 'Restrooms (Level 2)', zh: '卫生间（2 层）' }, position: [0, -45] },
]

const both = (x: number, z: number): Connector['stops'] => [
  { levelId: GROUND, position: [x, z] },
  { levelId: UPPER, position: [x, z] },
]

export const CONNECTORS: Connector[] = [
  { id: 'escalator-foyer-up', kind: 'escalator', direction: 'up', name: { en: 'Foyer escalator (up)', zh: '门厅上行扶梯' }, stops: both(-20, 47), seconds: 40 },
  { id: 'escalator-foyer-down', kind: 'escalator', direction: 'down', name: { en: 'Foyer escalator (down)', zh: '门厅下行扶梯' }, stops: both(20, 47), seconds: 40 },
  { id: 'stairs-east', kind: 'stairs', name: { en: 'East stairs', zh: '东侧楼梯' }, stops: both(87.5, 36), seconds: 50 },
  { id: 'lift-west', kind: 'lift', name: { en: 'West lift', zh: '西侧电梯' }, stops: both(-87.5, 36), seconds: 20, waitSeconds: 30 },
]
