/**
 * The building and level a one-hall venue stands on: what a v2 scene migrates to, and what a
 * single-floor scene written by a script states.
 */
export const SINGLE_BUILDING_ID = 'main-hall'
export const SINGLE_LEVEL_ID = 'level-1'

/** Generic over the outline and height so the migration can pass raw JSON through unchecked. */
export function singleLevel<F, H>(
  footprint: F,
  height: H,
  ids: { buildingId: string; levelId: string } = { buildingId: SINGLE_BUILDING_ID, levelId: SINGLE_LEVEL_ID },
) {
  return {
    buildings: [{ id: ids.buildingId, name: { en: 'Main hall', zh: '主展馆' }, footprint }],
    levels: [
      {
        id: ids.levelId,
        buildingId: ids.buildingId,
        name: { en: 'Level 1', zh: '1 层' },
        shortName: { en: 'L1', zh: '1F' },
        ordinal: 0,
        elevation: 0,
        height,
      },
    ],
    connectors: [] as never[],
  }
}
