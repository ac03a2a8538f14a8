import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh, OrthographicCamera, PerspectiveCamera } from 'three'
import { Box3, BoxGeometry, Color, InstancedBufferAttribute, MeshStandardMaterial, Sphere, SRGBColorSpace, Vector3 } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { MAX_CARPET_MAGNIFICATION, type CarpetBooth } from './boothCarpet.ts'
import { boothColor, dim } from './colors.ts'
import { useBoothCarpet } from './useBoothCarpet.ts'

export const DEFAULT_BOOTH_HEIGHT = 2.5

/**
 * Below this many pixels across, the booths of a large venue are drawn as one painted carpet
 * (boothCarpet.ts): two triangles instead of twelve per booth. At the overview of a
 * 70,000-booth fair a booth is 2–3 px wide and its walls cannot be seen, while the instances
 * cost every frame — on small GPUs real time, in software half a second. A little hysteresis
 * keeps a camera resting near the threshold from flickering between the two.
 */
export const CARPET_BELOW_PX = 4
const HYSTERESIS_PX = 1

interface Props {
  index: SceneIndex
  focusZoneId: string | null
  /** Booths lit up by a search or filter; empty = no filter. */
  litBoothIds: ReadonlySet<string> | null
  /** `booth:<id>` keys drawn by the venue's own model: their data boxes are not drawn. */
  modelIds?: ReadonlySet<string>
}

/**
 * Every booth in one InstancedMesh, or from afar in a large venue the carpet: one draw call at
 * 100 or 70,000 booths.
 */
export function Booths({ index, focusZoneId, litBoothIds, modelIds }: Props) {
  const booths = index.scene.venue.booths
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => {
    const g = new BoxGeometry(1, 1, 1)
    g.translate(0, 0.5, 0)
    return g
  }, [])
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.85, metalness: 0 }), [])
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  // A typical booth's width (the median), for the level of detail below.
  const typicalWidth = useMemo(() => {
    const w = booths.map((b) => {
      const box = index.boothBox.get(b.id)!
      return Math.min(box.maxX - box.minX, box.maxZ - box.minZ)
    })
    w.sort((a, b) => a - b)
    return w[w.length >> 1] ?? 3
  }, [booths, index])
  const venueBox = useMemo(() => {
    const b = new Box3()
    for (const booth of booths) {
      const box = index.boothBox.get(booth.id)!
      b.expandByPoint(new Vector3(box.minX, 0, box.minZ)).expandByPoint(new Vector3(box.maxX, 0, box.maxZ))
    }
    return b
  }, [booths, index])
  const nearest = useMemo(() => new Vector3(), [])
  const bounds = useMemo(() => ({ minX: venueBox.min.x, maxX: venueBox.max.x, minZ: venueBox.min.z, maxZ: venueBox.max.z }), [venueBox])
  // The carpet lies at the typical (median) roof height.
  const roofHeight = useMemo(() => {
    const h = booths.map((b) => b.height ?? DEFAULT_BOOTH_HEIGHT).sort((a, b) => a - b)
    return h[h.length >> 1] ?? DEFAULT_BOOTH_HEIGHT
  }, [booths])
  const carpet = useBoothCarpet(booths.length, bounds, typicalWidth, roofHeight)
  // What the carpet paints: each booth's colour as sRGB bytes and whether the model hides it.
  const srgb = useRef<Uint8Array>(new Uint8Array(0))
  const hidden = useRef<Uint8Array>(new Uint8Array(0))
  // Each booth's drawn footprint (minX, maxX, minZ, maxZ), gap included: read 70,000 times a paint.
  const footprints = useRef<Float32Array>(new Float32Array(0))
  // Painted when first needed after the booths' colours or boxes changed, not on every change.
  const carpetStale = useRef(true)

  const carpetBooth = useCallback((i: number, out: CarpetBooth): CarpetBooth => {
    const f = footprints.current
    out.minX = f[i * 4]!
    out.maxX = f[i * 4 + 1]!
    out.minZ = f[i * 4 + 2]!
    out.maxZ = f[i * 4 + 3]!
    out.r = srgb.current[i * 3] ?? 0
    out.g = srgb.current[i * 3 + 1] ?? 0
    out.b = srgb.current[i * 3 + 2] ?? 0
    out.hidden = hidden.current[i] === 1
    return out
  }, [])
  // Whether the last frame drew the carpet (a large venue opens on its overview, so at first: yes).
  const carpetInView = useRef(true)
  const paintSoon = useRef<number | null>(null)
  // New colours or boxes: while the carpet is in view it is repainted in a task of its own, just
  // before the next frame rather than inside it — that frame already carries the drawing and,
  // with software WebGL, the wait for it. Out of view it is only painted when next needed.
  const markCarpetStale = useCallback(() => {
    carpetStale.current = true
    if (!carpet || !carpetInView.current || paintSoon.current !== null) return
    paintSoon.current = window.setTimeout(() => {
      paintSoon.current = null
      if (!carpetStale.current) return
      carpetStale.current = false
      carpet.paint(booths.length, carpetBooth)
    }, 0)
  }, [carpet, booths, carpetBooth])
  useEffect(
    () => () => {
      if (paintSoon.current !== null) window.clearTimeout(paintSoon.current)
      paintSoon.current = null
    },
    [markCarpetStale],
  )

  // Level of detail, checked as each frame is drawn (only then can the view have changed); a
  // small venue has none.
  useFrame(({ camera, size }) => {
    const mesh = ref.current
    if (!mesh || !carpet) return
    const ortho = (camera as OrthographicCamera).isOrthographicCamera ? (camera as OrthographicCamera) : null
    let px: number
    if (ortho) px = (typicalWidth * size.height * ortho.zoom) / (ortho.top - ortho.bottom)
    else {
      // The booth nearest the camera is the largest on screen.
      const fov = (camera as PerspectiveCamera).fov ?? 50
      const d = Math.max(0.1, venueBox.clampPoint(camera.position, nearest).distanceTo(camera.position))
      px = (typicalWidth * size.height) / (2 * Math.tan((fov * Math.PI) / 360) * d)
    }
    const small = carpet.shown ? px < CARPET_BELOW_PX + HYSTERESIS_PX : px < CARPET_BELOW_PX
    // Nor is the carpet drawn much larger than its texels (it would blur): a venue too vast for
    // a fine enough texture keeps its boxes.
    const useCarpet = small && px <= carpet.layout.texelsPerBooth * MAX_CARPET_MAGNIFICATION
    if (useCarpet && carpetStale.current) {
      carpetStale.current = false
      carpet.paint(booths.length, carpetBooth)
    }
    carpet.show(useCarpet)
    carpetInView.current = useCarpet
    mesh.visible = !useCarpet
  })

  // Matrices and colours are written straight into the instance arrays: at 70,000 booths a
  // per-instance Object3D/Color round trip costs hundreds of milliseconds in one task.
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const m = mesh.instanceMatrix.array as Float32Array
    const hide = new Uint8Array(booths.length)
    const feet = new Float32Array(booths.length * 4)
    const bounds = new Box3()
    const lo = new Vector3()
    const hi = new Vector3()
    booths.forEach((b, i) => {
      const box = index.boothBox.get(b.id)!
      const hidden = modelIds?.has(`booth:${b.id}`) ?? false
      hide[i] = hidden ? 1 : 0
      // A 10 cm gap keeps neighbouring booths visibly apart.
      const sx = hidden ? 0 : Math.max(0.2, box.maxX - box.minX - 0.1)
      const sy = hidden ? 0 : (b.height ?? DEFAULT_BOOTH_HEIGHT)
      const sz = hidden ? 0 : Math.max(0.2, box.maxZ - box.minZ - 0.1)
      feet.set([box.minX + 0.05, box.maxX - 0.05, box.minZ + 0.05, box.maxZ - 0.05], i * 4)
      // Column-major scale + translation: booths are axis-aligned boxes standing on the floor.
      m.set([sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, sz, 0, (box.minX + box.maxX) / 2, 0, (box.minZ + box.maxZ) / 2, 1], i * 16)
      bounds.expandByPoint(lo.set(box.minX, 0, box.minZ)).expandByPoint(hi.set(box.maxX, sy, box.maxZ))
    })
    mesh.instanceMatrix.needsUpdate = true
    if (!mesh.instanceColor) mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(booths.length * 3), 3)
    // Bounds from the boxes themselves, not three's pass over every instance matrix.
    mesh.boundingBox = bounds
    mesh.boundingSphere = bounds.getBoundingSphere(new Sphere())
    hidden.current = hide
    footprints.current = feet
    markCarpetStale()
    invalidate()
  }, [booths, index, modelIds, invalidate, markCarpetStale])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh?.instanceColor) return
    const out = mesh.instanceColor.array as Float32Array
    const bytes = new Uint8Array(booths.length * 3)
    const rgb = { r: 0, g: 0, b: 0 }
    // A handful of distinct colours (zone × occupied × emphasis), each worked out once.
    const palette = new Map<string, Color>()
    const colorFor = (zoneColor: string, occupied: boolean, state: 0 | 1 | 2 | 3): Color => {
      const key = `${zoneColor}|${occupied ? 1 : 0}|${state}`
      let c = palette.get(key)
      if (!c) {
        c = boothColor(zoneColor, occupied, new Color())
        if (state === 1) c.lerp(new Color('#ffe066'), 0.65)
        else if (state === 2) dim(c, 0.7)
        else if (state === 3) dim(c, 0.45)
        palette.set(key, c)
      }
      return c
    }
    booths.forEach((b, i) => {
      const zone = index.zoneById.get(b.zoneId)
      const lit = litBoothIds !== null && litBoothIds.has(b.id)
      const state = lit ? 1 : litBoothIds !== null ? 2 : focusZoneId !== null && b.zoneId !== focusZoneId ? 3 : 0
      const c = colorFor(zone?.color ?? '#888888', (index.exhibitorsByBooth.get(b.id)?.length ?? 0) > 0, state)
      out[i * 3] = c.r
      out[i * 3 + 1] = c.g
      out[i * 3 + 2] = c.b
      c.getRGB(rgb, SRGBColorSpace)
      bytes[i * 3] = Math.round(rgb.r * 255)
      bytes[i * 3 + 1] = Math.round(rgb.g * 255)
      bytes[i * 3 + 2] = Math.round(rgb.b * 255)
    })
    mesh.instanceColor.needsUpdate = true
    srgb.current = bytes
    markCarpetStale()
    invalidate()
  }, [booths, index, focusZoneId, litBoothIds, invalidate, markCarpetStale])

  return (
    <>
      <instancedMesh
        ref={ref}
        name="booths"
        args={[geometry, material, booths.length]}
        // Picking goes through the domain grid index, never three's per-instance raycast.
        raycast={() => null}
        frustumCulled={false}
      />
      {carpet && <primitive object={carpet.mesh} />}
    </>
  )
}
