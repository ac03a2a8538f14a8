import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh, OrthographicCamera, PerspectiveCamera } from 'three'
import { Box3, BoxGeometry, Color, InstancedBufferAttribute, MeshStandardMaterial, PlaneGeometry, Sphere, Vector3 } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { boothColor, dim } from './colors.ts'

export const DEFAULT_BOOTH_HEIGHT = 2.5

/**
 * Below this many pixels across, a booth is drawn as its roof alone (2 triangles instead of
 * 12): at the overview of a 70,000-booth fair a booth is 2–3 px wide and its walls cannot be
 * seen, while six times the triangles cost real time on small GPUs and seconds in software.
 * A little hysteresis keeps a camera resting near the threshold from flickering between them.
 */
export const ROOF_ONLY_BELOW_PX = 4
const HYSTERESIS_PX = 1

interface Props {
  index: SceneIndex
  focusZoneId: string | null
  /** Booths lit up by a search or filter; empty = no filter. */
  litBoothIds: ReadonlySet<string> | null
  /** `booth:<id>` keys drawn by the venue's own model: their data boxes are not drawn. */
  modelIds?: ReadonlySet<string>
}

/** Every booth in one InstancedMesh: one draw call at 100 or 70,000 booths. */
export function Booths({ index, focusZoneId, litBoothIds, modelIds }: Props) {
  const booths = index.scene.venue.booths
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => {
    const g = new BoxGeometry(1, 1, 1)
    g.translate(0, 0.5, 0)
    return g
  }, [])
  // The roof alone, at the top of the unit box (same attributes, so the same shader program).
  const roof = useMemo(() => {
    const g = new PlaneGeometry(1, 1)
    g.rotateX(-Math.PI / 2)
    g.translate(0, 1, 0)
    return g
  }, [])
  const material = useMemo(() => new MeshStandardMaterial({ roughness: 0.85, metalness: 0 }), [])
  useEffect(
    () => () => {
      geometry.dispose()
      roof.dispose()
      material.dispose()
    },
    [geometry, roof, material],
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

  // Level of detail, checked as each frame is drawn (only then can the view have changed).
  useFrame(({ camera, size }) => {
    const mesh = ref.current
    if (!mesh) return
    const ortho = (camera as OrthographicCamera).isOrthographicCamera ? (camera as OrthographicCamera) : null
    let px: number
    if (ortho) px = (typicalWidth * size.height * ortho.zoom) / (ortho.top - ortho.bottom)
    else {
      // The booth nearest the camera is the largest on screen.
      const fov = (camera as PerspectiveCamera).fov ?? 50
      const d = Math.max(0.1, venueBox.clampPoint(camera.position, nearest).distanceTo(camera.position))
      px = (typicalWidth * size.height) / (2 * Math.tan((fov * Math.PI) / 360) * d)
    }
    const roofOnly = mesh.geometry === roof
    const want = roofOnly ? px < ROOF_ONLY_BELOW_PX + HYSTERESIS_PX : px < ROOF_ONLY_BELOW_PX
    if (want !== roofOnly) mesh.geometry = want ? roof : geometry
  })

  // Matrices and colours are written straight into the instance arrays: at 70,000 booths a
  // per-instance Object3D/Color round trip costs hundreds of milliseconds in one task.
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    const m = mesh.instanceMatrix.array as Float32Array
    const bounds = new Box3()
    const lo = new Vector3()
    const hi = new Vector3()
    booths.forEach((b, i) => {
      const box = index.boothBox.get(b.id)!
      const hidden = modelIds?.has(`booth:${b.id}`) ?? false
      // A 10 cm gap keeps neighbouring booths visibly apart.
      const sx = hidden ? 0 : Math.max(0.2, box.maxX - box.minX - 0.1)
      const sy = hidden ? 0 : (b.height ?? DEFAULT_BOOTH_HEIGHT)
      const sz = hidden ? 0 : Math.max(0.2, box.maxZ - box.minZ - 0.1)
      // Column-major scale + translation: booths are axis-aligned boxes standing on the floor.
      m.set([sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, sz, 0, (box.minX + box.maxX) / 2, 0, (box.minZ + box.maxZ) / 2, 1], i * 16)
      bounds.expandByPoint(lo.set(box.minX, 0, box.minZ)).expandByPoint(hi.set(box.maxX, sy, box.maxZ))
    })
    mesh.instanceMatrix.needsUpdate = true
    if (!mesh.instanceColor) mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(booths.length * 3), 3)
    // Bounds from the boxes themselves, not three's pass over every instance matrix.
    mesh.boundingBox = bounds
    mesh.boundingSphere = bounds.getBoundingSphere(new Sphere())
    invalidate()
  }, [booths, index, modelIds, invalidate])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh?.instanceColor) return
    const out = mesh.instanceColor.array as Float32Array
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
    })
    mesh.instanceColor.needsUpdate = true
    invalidate()
  }, [booths, index, focusZoneId, litBoothIds, invalidate])

  return (
    <instancedMesh
      ref={ref}
      name="booths"
      args={[geometry, material, booths.length]}
      // Picking goes through the domain grid index, never three's per-instance raycast.
      raycast={() => null}
      frustumCulled={false}
    />
  )
}
