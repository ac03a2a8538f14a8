import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { Point2 } from '../domain/geometry/types.ts'
import { rayPlaneY } from '../domain/picking/ray.ts'
import { locate, networkFor, rectAt } from '../domain/routing/network.ts'
import { mainEntrance, routeBetweenPoints } from '../domain/routing/route.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { EYE_HEIGHT_M, WALK_SPEED_MPS, followPath, forward, moveWithCollision, right, whereAmI } from '../domain/walk/walker.ts'
import { useVenueStore } from '../state/store.ts'
import { rayAt } from './pickRay.ts'

const TURN_SPEED = 1.6 // rad/s for arrow-key turning
const LOOK_PER_PX = 0.004
const DRAG_SLOP_PX = 6
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'KeyW', 'KeyA', 'KeyS', 'KeyD'])

/**
 * Walk mode: first person at eye height. Click or tap the floor to walk there along the
 * walkable network; arrow keys / WASD to move and turn; drag to look. Every step is checked
 * against the walkable floor, so walls and booths stop the walker.
 */
export function WalkController({ index, reducedMotion }: { index: SceneIndex; reducedMotion: boolean }) {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const walker = useRef<{ pos: Point2; yaw: number; pitch: number; path: Point2[] } | null>(null)
  const keys = useRef(new Set<string>())
  const lastPlace = useRef('')

  // Where the walk starts: this kiosk, else the main entrance, a few steps inside.
  useEffect(() => {
    const net = networkFor(index)
    const st = useVenueStore.getState()
    const kiosk = st.mode === 'kiosk' && st.kioskId ? index.kioskById.get(st.kioskId) : undefined
    const entrance = mainEntrance(index)
    const start: Point2 = kiosk?.position ?? entrance?.position ?? [0, 0]
    const spot = locate(net, start, false, 12)?.point ?? start
    const cx = index.scene.venue.hall.footprint.reduce((a, p) => a + p[0], 0) / index.scene.venue.hall.footprint.length
    const cz = index.scene.venue.hall.footprint.reduce((a, p) => a + p[1], 0) / index.scene.venue.hall.footprint.length
    const yaw = kiosk ? (kiosk.heading * Math.PI) / 180 : Math.atan2(cx - spot[0], -(cz - spot[1]))
    walker.current = { pos: spot, yaw, pitch: -0.08, path: [] }
    invalidate()
  }, [index, invalidate])

  useEffect(() => {
    const el = gl.domElement
    let drag: { x: number; y: number; moved: boolean; id: number } | null = null
    const typing = (e: KeyboardEvent): boolean => {
      const t = e.target as HTMLElement | null
      return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)
    }
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!MOVE_KEYS.has(e.code) || typing(e)) return
      // Arrow keys would scroll the page or move focus; in walk mode they walk.
      e.preventDefault()
      keys.current.add(e.code)
      if (walker.current) walker.current.path = []
      invalidate()
    }
    const onKeyUp = (e: KeyboardEvent): void => {
      keys.current.delete(e.code)
    }
    const onBlur = (): void => keys.current.clear()
    const onDown = (e: PointerEvent): void => {
      drag = { x: e.clientX, y: e.clientY, moved: false, id: e.pointerId }
    }
    const onMove = (e: PointerEvent): void => {
      const w = walker.current
      if (!drag || !w || drag.id !== e.pointerId) return
      const dx = e.clientX - drag.x
      const dy = e.clientY - drag.y
      if (!drag.moved && Math.hypot(dx, dy) < DRAG_SLOP_PX) return
      drag.moved = true
      w.yaw += dx * LOOK_PER_PX
      w.pitch = Math.max(-1.1, Math.min(0.9, w.pitch - dy * LOOK_PER_PX))
      drag.x = e.clientX
      drag.y = e.clientY
      invalidate()
    }
    const onUp = (e: PointerEvent): void => {
      const d = drag
      drag = null
      const w = walker.current
      if (!d || d.moved || !w) return
      const r = el.getBoundingClientRect()
      const ray = rayAt(camera, e.clientX - r.left, e.clientY - r.top, r.width, r.height)
      const t = rayPlaneY(ray, 0)
      if (t === null) return
      const target: Point2 = [ray.origin[0] + ray.dir[0] * t, ray.origin[2] + ray.dir[2] * t]
      const path = routeBetweenPoints(index, w.pos, target, { maxMove: 4 })
      if (!path) return
      if (reducedMotion) {
        // No gliding for visitors who asked for less motion: arrive at once.
        const end = path.points[path.points.length - 1]!
        const before = path.points[path.points.length - 2] ?? w.pos
        w.pos = end
        w.yaw = Math.atan2(end[0] - before[0], -(end[1] - before[1]))
        w.path = []
      } else w.path = path.points.slice(1)
      invalidate()
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    window.addEventListener('blur', onBlur)
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerup', onUp)
    const held = keys.current
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('blur', onBlur)
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerup', onUp)
      held.clear()
    }
  }, [gl, camera, index, reducedMotion, invalidate])

  useFrame((_, rawDt) => {
    const w = walker.current
    if (!w) return
    // Slow frames (software rendering, a busy kiosk) still walk at real speed; collision is sub-stepped.
    const dt = Math.min(rawDt, 0.5)
    const net = networkFor(index)
    const isFree = (p: Point2): boolean => rectAt(net, p, false) >= 0
    const k = keys.current
    let moving = false
    if (k.size) {
      const turn = (k.has('ArrowRight') ? 1 : 0) - (k.has('ArrowLeft') ? 1 : 0)
      w.yaw += turn * TURN_SPEED * dt
      const ahead = (k.has('ArrowUp') || k.has('KeyW') ? 1 : 0) - (k.has('ArrowDown') || k.has('KeyS') ? 1 : 0)
      const side = (k.has('KeyD') ? 1 : 0) - (k.has('KeyA') ? 1 : 0)
      const f = forward(w.yaw)
      const r = right(w.yaw)
      const step = WALK_SPEED_MPS * dt
      w.pos = moveWithCollision(isFree, w.pos, [(f[0] * ahead + r[0] * side) * step, (f[1] * ahead + r[1] * side) * step])
      moving = true
    } else if (w.path.length) {
      const next = followPath(w.pos, w.path, WALK_SPEED_MPS * dt)
      w.pos = next.pos
      w.path = next.path
      if (next.yaw !== null) w.yaw = next.yaw
      moving = w.path.length > 0
    }
    camera.position.set(w.pos[0], EYE_HEIGHT_M, w.pos[1])
    camera.rotation.set(w.pitch, -w.yaw, 0, 'YXZ')
    camera.updateMatrixWorld()
    const place = whereAmI(index, w.pos)
    const key = place ? `${place.kind}:${place.id}` : ''
    if (key !== lastPlace.current) {
      lastPlace.current = key
      useVenueStore.getState().setWalkPlace(place)
    }
    if (moving) invalidate()
  })

  return null
}
