/**
 * The other buildings of a site in the overview: one merged, faint mesh of every building's
 * massing (the building in view keeps only a veil of walls around its floor). A click on another
 * building's massing shows that building from its entry level, as the building picker does.
 */
import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo } from 'react'
import { Vector3 } from 'three'
import { rayPrism } from '../domain/picking/prism.ts'
import type { Ray } from '../domain/picking/ray.ts'
import { entryLevel, type Massing } from '../domain/scene/buildings.ts'
import type { Venue } from '../domain/scene/schema.ts'
import { useVenueStore } from '../state/store.ts'
import { useOverlayPicker, type OverlayHit } from './overlayPicks.ts'
import { MASSING_ALPHA, MASSING_ON_FLOOR_ALPHA, massingGeometry } from './stackGeometry.ts'
import { zoneFillMaterial } from './viewParts.ts'

/** What a test reads back: each building's massing as drawn, and a point of its roof on the page (CSS px). */
export interface MassingReading {
  buildingId: string
  onFloor: boolean
  opacity: number
  roof: { x: number; y: number } | null
}
declare global {
  interface Window {
    /** Test hook: the buildings' massings drawn now. */
    __venueTwinMassing?: () => MassingReading[]
  }
}

/** Show a building from the level a visitor walks in by. */
export function showBuilding(venue: Venue, buildingId: string): void {
  const entry = entryLevel(venue.levels.filter((l) => l.buildingId === buildingId))
  if (entry) useVenueStore.getState().setLevel(entry.id, 'user')
}

export function BuildingMassing({ venue, massings }: { venue: Venue; massings: readonly Massing[] }) {
  const geometry = useMemo(() => massingGeometry(massings), [massings])
  const material = useMemo(() => zoneFillMaterial(), [])
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])

  const picker = useCallback(
    (ray: Ray): OverlayHit | null => {
      let best: OverlayHit | null = null
      for (const m of massings) {
        if (m.onFloor) continue
        const t = rayPrism(ray, m.footprint, m.bottom, m.top)
        if (t !== null && (!best || t < best.t)) best = { t, act: () => showBuilding(venue, m.buildingId) }
      }
      return best
    },
    [massings, venue],
  )
  useOverlayPicker(picker)

  useEffect(() => {
    const v = new Vector3()
    window.__venueTwinMassing = () => {
      const r = gl.domElement.getBoundingClientRect()
      return massings.map((m) => {
        // Halfway between the roof's middle and a corner: clear of the name label over the middle.
        const [cx, , cz] = m.label
        const [x0, z0] = m.footprint[0]!
        v.set((cx + x0) / 2, m.top, (cz + z0) / 2).project(camera)
        const seen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1
        return {
          buildingId: m.buildingId,
          onFloor: m.onFloor,
          opacity: m.onFloor ? MASSING_ON_FLOOR_ALPHA : MASSING_ALPHA,
          roof: seen && !m.onFloor ? { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height } : null,
        }
      })
    }
    return () => {
      delete window.__venueTwinMassing
    }
  }, [massings, camera, gl])

  return <mesh name="building-massing" geometry={geometry} material={material} renderOrder={1} />
}
