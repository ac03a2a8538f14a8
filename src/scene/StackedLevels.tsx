/**
 * The stacked view's other levels: each a faint slab of the building's outline with its zones
 * tinted (one mesh, one draw call per level, no booth drawn), and the connectors as lines
 * joining their stops. The level in focus is the venue view itself, at height 0. A click on a
 * faint level focuses it; the view stays stacked.
 */
import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Vector3, type BufferAttribute, type BufferGeometry, type Group, type Material, type Mesh } from 'three'
import { centroid } from '../domain/geometry/measure.ts'
import { rayPrism } from '../domain/picking/prism.ts'
import type { Ray } from '../domain/picking/ray.ts'
import type { Venue } from '../domain/scene/schema.ts'
import { connectorSegments, type Stack } from '../domain/scene/stack.ts'
import { useVenueStore } from '../state/store.ts'
import { useOverlayPicker, type OverlayHit } from './overlayPicks.ts'
import { connectorGeometry, faintLevelGeometry, SLAB_TOP } from './stackGeometry.ts'
import { zoneEdgeMaterial, zoneFillMaterial } from './viewParts.ts'

/** What a test reads back: each level of the stack as drawn, and a point of it on the page (CSS px), clear of its label. */
export interface StackReading {
  levelId: string
  focused: boolean
  /** The most opaque thing drawn for it: 1 for the level in focus (the venue view). */
  opacity: number
  x: number
  y: number
}
declare global {
  interface Window {
    /** Test hook: the levels of the stacked view drawn now. */
    __venueTwinStack?: () => StackReading[]
    /** Test hook: show or hide the faint levels, to compare the canvas with and without them. */
    __venueTwinShowFaintLevels?: (on: boolean) => void
  }
}

const maxAlpha = (g: BufferGeometry): number => {
  const c = g.getAttribute('color') as BufferAttribute
  let max = 0
  for (let i = 0; i < c.count; i++) max = Math.max(max, c.getW(i))
  return max
}

export function StackedLevels({ venue, stack }: { venue: Venue; stack: Stack }) {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const faintGroup = useRef<Group>(null)
  const faint = useMemo(
    () =>
      stack.levels
        .filter((l) => !l.focused)
        .map((l) => ({
          ...l,
          geometry: faintLevelGeometry(
            stack.footprint,
            venue.zones.filter((z) => z.levelId === l.levelId),
            l.y,
          ),
        })),
    [venue, stack],
  )
  const lines = useMemo(() => connectorGeometry(connectorSegments(venue, stack)), [venue, stack])
  const fill = useMemo(() => zoneFillMaterial(), [])
  const edge = useMemo(() => zoneEdgeMaterial(), [])
  useEffect(() => () => faint.forEach((f) => f.geometry.dispose()), [faint])
  useEffect(() => () => lines.dispose(), [lines])
  useEffect(
    () => () => {
      fill.dispose()
      edge.dispose()
    },
    [fill, edge],
  )

  const picker = useCallback(
    (ray: Ray): OverlayHit | null => {
      let best: OverlayHit | null = null
      for (const l of faint) {
        const t = rayPrism(ray, stack.footprint, l.y - SLAB_TOP, l.y + SLAB_TOP)
        if (t !== null && (!best || t < best.t)) best = { t, act: () => useVenueStore.getState().setLevel(l.levelId, 'user') }
      }
      return best
    },
    [faint, stack],
  )
  useOverlayPicker(picker)

  useEffect(() => {
    const v = new Vector3()
    // Halfway from the middle (where a faint level's name label stands) to a corner: the slab itself.
    const [mx, mz] = centroid(stack.footprint)
    const [kx, kz] = stack.footprint[Math.floor(stack.footprint.length / 2)]!
    const [cx, cz] = [(mx + kx) / 2, (mz + kz) / 2]
    const alpha = new Map(faint.map((f) => [f.levelId, maxAlpha(f.geometry)]))
    // The level in focus is the venue view: as opaque as its floor is drawn.
    const floorOpacity = (): number => {
      const m = (scene.getObjectByName('floor') as Mesh | undefined)?.material as Material | undefined
      return m ? (m.transparent ? m.opacity : 1) : 0
    }
    window.__venueTwinStack = () => {
      const r = gl.domElement.getBoundingClientRect()
      return stack.levels.map((l) => {
        v.set(cx, l.y + SLAB_TOP, cz).project(camera)
        return { levelId: l.levelId, focused: l.focused, opacity: l.focused ? floorOpacity() : (alpha.get(l.levelId) ?? 0), x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height }
      })
    }
    window.__venueTwinShowFaintLevels = (on) => {
      if (faintGroup.current) faintGroup.current.visible = on
      invalidate()
    }
    return () => {
      delete window.__venueTwinStack
      delete window.__venueTwinShowFaintLevels
    }
  }, [stack, faint, camera, gl, scene, invalidate])

  return (
    <group name="stacked-levels">
      <group ref={faintGroup}>
        {faint.map((f) => (
          <mesh key={f.levelId} name={`faint-level:${f.levelId}`} geometry={f.geometry} material={fill} />
        ))}
      </group>
      <lineSegments name="connectors" geometry={lines} material={edge} />
    </group>
  )
}
