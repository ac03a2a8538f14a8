/**
 * A venue may bring its own model: nodes named `zone:<id>` or `booth:<id>` become the clickable
 * volumes for those ids (docs/contract.md "Models"), replacing the boxes drawn from data.
 */
import { rect } from '../geometry/polygon.ts'
import type { PickBooth, PickZone } from './pickIndex.ts'

export interface ModelVolume {
  kind: 'zone' | 'booth'
  id: string
  min: [number, number, number]
  max: [number, number, number]
}

const NAME = /^(zone|booth):([a-z0-9]+(?:-[a-z0-9]+)*)$/

export function parseVolumeName(name: string | undefined): { kind: 'zone' | 'booth'; id: string } | null {
  const m = name ? NAME.exec(name) : null
  return m ? { kind: m[1] as 'zone' | 'booth', id: m[2]! } : null
}

/** Pick volumes with the model's boxes in place of the data's, for the ids the model names. */
export function withModelVolumes(
  booths: readonly PickBooth[],
  zones: readonly PickZone[],
  volumes: readonly ModelVolume[],
): { booths: PickBooth[]; zones: PickZone[] } {
  const byKey = new Map(volumes.map((v) => [`${v.kind}:${v.id}`, v]))
  const replace = <T extends PickBooth | PickZone>(kind: 'zone' | 'booth', item: T): T => {
    const v = byKey.get(`${kind}:${item.id}`)
    if (!v) return item
    return { ...item, footprint: rect(v.min[0], v.min[2], v.max[0] - v.min[0], v.max[2] - v.min[2]), height: Math.max(0.1, v.max[1]) }
  }
  return { booths: booths.map((b) => replace('booth', b)), zones: zones.map((z) => replace('zone', z)) }
}
