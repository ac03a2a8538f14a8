/**
 * The floor plan of a generated venue: one big rectangular hall footprint holding a grid of
 * "hall blocks" separated by wide boulevards. Each block has a stage strip at its north side
 * and up to 4 × 2 exhibition zones; each zone holds islands of 2 × 8 shell-scheme booths
 * (3 m × 3 m) with 3 m aisles between them. Sizes adapt to the booth count, so 100 booths give
 * one small block and 70,000 booths a campus of ~28 blocks about 1.5 km across.
 */
import { box, type Box } from './geometry.ts'

export const BOOTH = 3
const ISLAND_LENGTH = 8
const ISLAND_DEPTH = 2
const BOOTHS_PER_ISLAND = ISLAND_LENGTH * ISLAND_DEPTH
const AISLE = 3
const ZONE_PAD = 1.5
/** Cross aisle between zones within a block. */
const ZONE_GAP = 6
const BLOCK_PAD = 6
/** The wide aisles between blocks: room for crowds, POIs and kiosks. */
export const BOULEVARD = 24
const PERIMETER = 12
const STAGE_DEPTH = 18
const STAGE_WIDTH = 48
const MAX_ZONE_COLS = 4
const MAX_ZONE_ROWS = 2
const MAX_ZONE_BOOTHS = 320

export interface BoothPlan {
  /** 1-based number within its zone (the printed label's digits). */
  n: number
  box: Box
}

export interface ZonePlan {
  /** 0-based over the whole venue: exhibition zones in block order. */
  index: number
  /** Letter within the block: A, B, … */
  letter: string
  /** An international trade zone rather than a themed pavilion. */
  trade: boolean
  box: Box
  booths: BoothPlan[]
}

export interface BlockPlan {
  /** 1-based hall number, printed on signs and booth labels. */
  no: number
  box: Box
  stage: Box
  zones: ZonePlan[]
}

export interface LayoutPlan {
  hall: Box
  blocks: BlockPlan[]
  /** Hall blocks per row and per column (boulevards run between them). */
  cols: number
  rows: number
}

export function planLayout(boothCount: number): LayoutPlan {
  if (!Number.isInteger(boothCount) || boothCount < 1) throw new Error(`booth count must be a positive integer, got ${boothCount}`)
  // Zone size: small venues still get a handful of zones; big ones cap a zone at 320 booths.
  const target = Math.min(MAX_ZONE_BOOTHS, Math.max(BOOTHS_PER_ISLAND, Math.ceil(boothCount / 4)))
  const islands = Math.ceil(target / BOOTHS_PER_ISLAND)
  const islandCols = Math.min(4, islands)
  const islandRows = Math.ceil(islands / islandCols)
  const capacity = islandCols * islandRows * BOOTHS_PER_ISLAND
  const zoneW = islandCols * ISLAND_LENGTH * BOOTH + (islandCols - 1) * AISLE + 2 * ZONE_PAD
  const zoneD = islandRows * ISLAND_DEPTH * BOOTH + (islandRows - 1) * AISLE + 2 * ZONE_PAD
  const zoneCount = Math.ceil(boothCount / capacity)

  const zoneCols = Math.min(MAX_ZONE_COLS, Math.ceil(Math.sqrt(zoneCount)))
  const zoneRows = Math.min(MAX_ZONE_ROWS, Math.ceil(zoneCount / zoneCols))
  const perBlock = zoneCols * zoneRows
  const blockCount = Math.ceil(zoneCount / perBlock)
  const innerW = zoneCols * zoneW + (zoneCols - 1) * ZONE_GAP
  const blockW = innerW + 2 * BLOCK_PAD
  const blockD = 2 * BLOCK_PAD + STAGE_DEPTH + ZONE_GAP + zoneRows * zoneD + (zoneRows - 1) * ZONE_GAP
  // Blocks in a grid that keeps the whole campus roughly square.
  const cols = Math.max(1, Math.min(blockCount, Math.round(Math.sqrt((blockCount * blockD) / blockW))))
  const rows = Math.ceil(blockCount / cols)
  const W = 2 * PERIMETER + cols * blockW + (cols - 1) * BOULEVARD
  const D = 2 * PERIMETER + rows * blockD + (rows - 1) * BOULEVARD
  const hall = box(-W / 2, -D / 2, W, D)

  const blocks: BlockPlan[] = []
  let remaining = boothCount
  let zoneIndex = 0
  for (let b = 0; b < blockCount; b++) {
    const bx = hall.x0 + PERIMETER + (b % cols) * (blockW + BOULEVARD)
    const bz = hall.z0 + PERIMETER + Math.floor(b / cols) * (blockD + BOULEVARD)
    const stageW = Math.min(innerW, STAGE_WIDTH)
    const stage = box(bx + (blockW - stageW) / 2, bz + BLOCK_PAD, stageW, STAGE_DEPTH)
    const zones: ZonePlan[] = []
    for (let z = 0; z < perBlock && remaining > 0; z++) {
      const zx = bx + BLOCK_PAD + (z % zoneCols) * (zoneW + ZONE_GAP)
      const zz = bz + BLOCK_PAD + STAGE_DEPTH + ZONE_GAP + Math.floor(z / zoneCols) * (zoneD + ZONE_GAP)
      const count = Math.min(capacity, remaining)
      remaining -= count
      zones.push({
        index: zoneIndex,
        letter: String.fromCharCode(65 + z),
        // Every fifth zone; a small venue still gets one (its last).
        trade: zoneIndex % 5 === 4 || (zoneCount > 1 && zoneCount < 5 && zoneIndex === zoneCount - 1),
        box: box(zx, zz, zoneW, zoneD),
        booths: planBooths(zx + ZONE_PAD, zz + ZONE_PAD, islandCols, count),
      })
      zoneIndex++
    }
    blocks.push({ no: b + 1, box: box(bx, bz, blockW, blockD), stage, zones })
  }
  return { hall, blocks, cols, rows }
}

/** Booths island by island (west to east, then north to south), two rows back to back. */
function planBooths(x0: number, z0: number, islandCols: number, count: number): BoothPlan[] {
  const out: BoothPlan[] = []
  for (let i = 0; out.length < count; i++) {
    const ix = x0 + (i % islandCols) * (ISLAND_LENGTH * BOOTH + AISLE)
    const iz = z0 + Math.floor(i / islandCols) * (ISLAND_DEPTH * BOOTH + AISLE)
    for (let r = 0; r < ISLAND_DEPTH && out.length < count; r++)
      for (let c = 0; c < ISLAND_LENGTH && out.length < count; c++)
        out.push({ n: out.length + 1, box: box(ix + c * BOOTH, iz + r * BOOTH, BOOTH, BOOTH) })
  }
  return out
}
