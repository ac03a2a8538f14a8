import { useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import type { PickHit, PickIndex } from '../domain/picking/pickIndex.ts'
import { useVenueStore } from '../state/store.ts'
import { nearestOverlay, type OverlayHit } from './overlayPicks.ts'
import { rayAt } from './pickRay.ts'

export interface Hover {
  hit: Extract<PickHit, { kind: 'booth' } | { kind: 'zone' }>
  /** World point under the pointer, for the tooltip. */
  point: [number, number, number]
}

const CLICK_SLOP_PX = 6
const CLICK_MAX_MS = 700

/**
 * Pointer input on the canvas, resolved by the domain pick index. A press that moves less than
 * a few pixels is a click; anything longer is the camera's drag and selects nothing.
 */
export function usePointerPicking(pick: PickIndex, enabled: boolean): Hover | null {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const [hover, setHover] = useState<Hover | null>(null)
  const hoverKey = useRef('')

  useEffect(() => {
    if (!enabled) return
    const el = gl.domElement
    let down: { x: number; y: number; t: number; id: number } | null = null

    const hitAt = (e: PointerEvent): { hit: PickHit | null; overlay: Extract<OverlayHit, { act: () => void }> | null; point: [number, number, number] } => {
      const r = el.getBoundingClientRect()
      const ray = rayAt(camera, e.clientX - r.left, e.clientY - r.top, r.width, r.height)
      const found = pick.pick(ray)
      // Another building or a faint level in front of the floor's own things takes the click.
      const near = nearestOverlay(ray)
      // A booth's board or pylon is pointed at as the booth itself, over the zone it stands in.
      const nearer = near && (!found || near.t < found.t || ('boothId' in near && found.kind !== 'booth')) ? near : null
      const overlay = nearer && 'act' in nearer ? nearer : null
      const hit: PickHit | null = nearer && 'boothId' in nearer ? { kind: 'booth', id: nearer.boothId, t: nearer.t } : overlay ? null : found
      const t = hit?.t ?? overlay?.t ?? 0
      return { hit, overlay, point: [ray.origin[0] + ray.dir[0] * t, ray.origin[1] + ray.dir[1] * t, ray.origin[2] + ray.dir[2] * t] }
    }

    const onMove = (e: PointerEvent): void => {
      if (e.pointerType === 'touch' || e.buttons) return
      const { hit, overlay, point } = hitAt(e)
      const key = hit && hit.kind !== 'floor' ? `${hit.kind}:${hit.id}` : ''
      el.style.cursor = key || overlay ? 'pointer' : ''
      if (key === hoverKey.current) return
      hoverKey.current = key
      setHover(hit && hit.kind !== 'floor' ? { hit, point } : null)
      invalidate()
    }
    const onLeave = (): void => {
      if (!hoverKey.current) return
      hoverKey.current = ''
      el.style.cursor = ''
      setHover(null)
      invalidate()
    }
    const onDown = (e: PointerEvent): void => {
      if (e.button !== 0) return
      down = { x: e.clientX, y: e.clientY, t: performance.now(), id: e.pointerId }
    }
    const onUp = (e: PointerEvent): void => {
      const d = down
      down = null
      if (!d || d.id !== e.pointerId) return
      if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > CLICK_SLOP_PX || performance.now() - d.t > CLICK_MAX_MS) return
      const { hit, overlay } = hitAt(e)
      const store = useVenueStore.getState()
      if (overlay) overlay.act()
      else if (hit?.kind === 'booth') store.select({ kind: 'booth', id: hit.id })
      else if (hit?.kind === 'zone') {
        const cur = store.selection
        // A click in the zone that is already open, off its booths, keeps the zone.
        if (!(cur?.kind === 'zone' && cur.id === hit.id)) store.select({ kind: 'zone', id: hit.id })
      } else store.back()
    }
    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerleave', onLeave)
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerup', onUp)
    return () => {
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerleave', onLeave)
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerup', onUp)
    }
  }, [gl, camera, pick, enabled, invalidate])

  return hover
}
