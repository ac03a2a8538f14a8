import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Mesh, Vector3, type Object3D } from 'three'
import { centroid, bbox } from '../domain/geometry/measure.ts'
import type { PickIndex } from '../domain/picking/pickIndex.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { FIRST_FRAME_MARK, markOnce } from '../state/perfMarks.ts'
import { useVenueStore } from '../state/store.ts'
import { viewport } from '../state/viewport.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { frameState } from './frameState.ts'
import { rayAt } from './pickRay.ts'

/**
 * Exposes the renderer's counters and "where on screen is X" to the automation API. A screen
 * position is only returned after the same pick that a real click uses confirms it.
 */
export function ViewportProbe({ index, pick }: { index: SceneIndex; pick: PickIndex }) {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const ready = useRef(false)

  useFrame(() => {
    frameState.framesDrawn++
    if (!ready.current) {
      ready.current = true
      // The frame is drawn once this callback returns; report after it reaches the screen.
      requestAnimationFrame(() => {
        markOnce(FIRST_FRAME_MARK)
        useVenueStore.getState().setFirstFrame()
      })
    }
  })

  useEffect(() => {
    const el = gl.domElement
    const v = new Vector3()
    const project = (x: number, y: number, z: number): { x: number; y: number } | null => {
      const r = el.getBoundingClientRect()
      v.set(x, y, z).project(camera)
      if (v.z < -1 || v.z > 1 || v.x < -1 || v.x > 1 || v.y < -1 || v.y > 1) return null
      return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height }
    }
    const confirms = (p: { x: number; y: number }, kind: 'zone' | 'booth', id: string): boolean => {
      const r = el.getBoundingClientRect()
      const hit = pick.pick(rayAt(camera, p.x - r.left, p.y - r.top, r.width, r.height))
      if (!hit || hit.kind !== kind || hit.id !== id) return false
      // Overlays (panel, toolbar) must not cover the point either.
      const top = document.elementFromPoint(p.x, p.y)
      return top === el || (top !== null && el.contains(top))
    }
    const candidates = (id: string): { kind: 'zone' | 'booth'; pts: [number, number, number][] } | null => {
      const booth = index.boothById.get(id)
      if (booth) {
        const b = index.boothBox.get(id)!
        const h = booth.height ?? DEFAULT_BOOTH_HEIGHT
        const cx = (b.minX + b.maxX) / 2
        const cz = (b.minZ + b.maxZ) / 2
        const pts: [number, number, number][] = [[cx, h, cz]]
        for (const fx of [0.25, 0.5, 0.75]) for (const fz of [0.25, 0.5, 0.75]) pts.push([b.minX + (b.maxX - b.minX) * fx, h, b.minZ + (b.maxZ - b.minZ) * fz])
        return { kind: 'booth', pts }
      }
      const zone = index.zoneById.get(id)
      if (zone) {
        const [cx, cz] = centroid(zone.footprint)
        const b = bbox(zone.footprint)
        const pts: [number, number, number][] = [[cx, 0, cz]]
        const n = 14
        for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) pts.push([b.minX + ((b.maxX - b.minX) * i) / n, 0, b.minZ + ((b.maxZ - b.minZ) * j) / n])
        // Prefer points near the centre: they stay valid while the view settles.
        pts.sort((p, q) => Math.hypot(p[0] - cx, p[2] - cz) - Math.hypot(q[0] - cx, q[2] - cz))
        return { kind: 'zone', pts }
      }
      return null
    }
    return viewport.register({
      screenPosition(id) {
        const c = candidates(id)
        if (!c) return null
        for (const [x, y, z] of c.pts) {
          const p = project(x, y, z)
          if (p && confirms(p, c.kind, id)) return { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 }
        }
        return null
      },
      stats() {
        const info = gl.info
        return {
          drawCalls: info.render.calls,
          triangles: info.render.triangles,
          geometries: info.memory.geometries,
          textures: info.memory.textures,
          programs: info.programs?.length ?? 0,
          framesDrawn: frameState.framesDrawn,
          maxMeshVertices: maxVertices(scene),
        }
      },
      invalidate,
    })
  }, [gl, camera, scene, index, pick, invalidate])

  return null
}

function maxVertices(root: Object3D): number {
  let max = 0
  root.traverse((o) => {
    if (o instanceof Mesh) max = Math.max(max, o.geometry.getAttribute('position')?.count ?? 0)
  })
  return max
}
