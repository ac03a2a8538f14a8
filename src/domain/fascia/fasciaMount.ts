/**
 * Where a booth's fascia board is held: a shell's walls carry it along their top; an open booth
 * (island, stage, lounge) has no wall to hang it on, so it stands higher, on a pylon at the
 * front, above the heads of the people on the stand and visible across the hall.
 */
import type { BoothType } from '../scene/boothType.ts'

/** Bottom of a pylon-held board, metres: above a shell's 2.5 m walls, so islands stand out. */
export const PYLON_BOARD_BOTTOM = 3.2

export interface FasciaMount {
  /** Height of the board's lower edge above the floor, metres. */
  bottom: number
  pylon: boolean
}

export function fasciaMount(type: BoothType, boothHeight: number): FasciaMount {
  return type === 'shell' ? { bottom: boothHeight, pylon: false } : { bottom: Math.max(PYLON_BOARD_BOTTOM, boothHeight), pylon: true }
}
