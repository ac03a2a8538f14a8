import { useFrame, useThree } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef } from 'react'
import type { InstancedMesh, OrthographicCamera, PerspectiveCamera } from 'three'
import type CameraControlsImpl from 'camera-controls'
import { Box3, Color, InstancedBufferAttribute, Sphere, SRGBColorSpace, Vector3 } from 'three'
import { floorHeight } from '../domain/booth/boothParts.ts'
import { zoneBoothTypes } from '../domain/scene/boothType.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { MAX_CARPET_MAGNIFICATION } from './boothCarpet.ts'
import { boothColor, dim } from './colors.ts'
import { useBoothCarpet } from './useBoothCarpet.ts'
import { boothBoxGeometry, boothMaterial } from './viewParts.ts'
import { useOwnedMesh } from './useOwnedMesh.ts'

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
  /** The zone whose walls and props are drawn (BoothProps.tsx): its bodies shrink to their floors. */
  builtZoneId?: string | null
  /** The theme's colour that booths out of focus fade towards. */
  dimTarget: string
}

/**
 * Every booth in one InstancedMesh, or from afar in a large venue the carpet: one draw call at
 * 100 or 70,000 booths.
 */
export function Booths({ index, focusZoneId, litBoothIds, modelIds, builtZoneId = null, dimTarget }: Props) {
  const booths = index.scene.venue.booths
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const { geometry, material } = useOwnedMesh(boothBoxGeometry, boothMaterial)
  // The venue's extent, a typical booth's width and height (medians), in one pass over typed
  // arrays: at 70,000 booths every allocation per booth shows in the first frame.
  const { typicalWidth, roofHeight, bounds } = useMemo(() => {
    const widths = new Float32Array(booths.length)
    const heights = new Float32Array(booths.length)
    let minX = Infinity
    let maxX = -Infinity
    let minZ = Infinity
    let maxZ = -Infinity
    for (let i = 0; i < booths.length; i++) {
      const b = booths[i]!
      const box = index.boothBox.get(b.id)!
      widths[i] = Math.min(box.maxX - box.minX, box.maxZ - box.minZ)
      heights[i] = b.height ?? DEFAULT_BOOTH_HEIGHT
      if (box.minX < minX) minX = box.minX
      if (box.maxX > maxX) maxX = box.maxX
      if (box.minZ < minZ) minZ = box.minZ
      if (box.maxZ > maxZ) maxZ = box.maxZ
    }
    widths.sort()
    heights.sort()
    return {
      typicalWidth: widths[widths.length >> 1] ?? 3,
      // The carpet lies at the typical roof height.
      roofHeight: heights[heights.length >> 1] ?? DEFAULT_BOOTH_HEIGHT,
      bounds: booths.length ? { minX, maxX, minZ, maxZ } : { minX: 0, maxX: 0, minZ: 0, maxZ: 0 },
    }
  }, [booths, index])
  const venueBox = useMemo(() => new Box3(new Vector3(bounds.minX, 0, bounds.minZ), new Vector3(bounds.maxX, 0, bounds.maxZ)), [bounds])
  const nearest = useMemo(() => new Vector3(), [])
  const destination = useMemo(() => new Vector3(), [])
  const controls = useThree((s) => s.controls) as unknown as CameraControlsImpl | null
  const carpet = useBoothCarpet(booths.length, bounds, typicalWidth, roofHeight)

  // Level of detail, checked as each frame is drawn (only then can the view have changed); a
  // small venue has none.
  useFrame(({ camera, size }) => {
    const mesh = ref.current
    if (!mesh || !carpet) return
    const ortho = (camera as OrthographicCamera).isOrthographicCamera ? (camera as OrthographicCamera) : null
    let px: number
    if (ortho) px = (typicalWidth * size.height * ortho.zoom) / (ortho.top - ortho.bottom)
    else {
      // The booth nearest the eye is the largest on screen.
      const fov = (camera as PerspectiveCamera).fov ?? 50
      const across = (eye: Vector3): number => {
        const d = Math.max(0.1, venueBox.clampPoint(eye, nearest).distanceTo(eye))
        return (typicalWidth * size.height) / (2 * Math.tan((fov * Math.PI) / 360) * d)
      }
      // In flight, the coarser of here and where the camera is going: flying out to a floor's
      // overview (a level switch) draws the carpet from its first frame rather than ~23,000
      // boxes for a few frames (~0.5 s each with software WebGL); flying in keeps the carpet
      // until the booths are near, as before.
      px = across(camera.position)
      if (controls?.getPosition) px = Math.min(px, across(controls.getPosition(destination, true)))
    }
    const small = carpet.shown ? px < CARPET_BELOW_PX + HYSTERESIS_PX : px < CARPET_BELOW_PX
    // Nor is the carpet drawn much larger than its texels (it would blur): a venue too vast for
    // a fine enough texture keeps its boxes.
    const useCarpet = small && px <= carpet.layout.texelsPerBooth * MAX_CARPET_MAGNIFICATION
    carpet.show(useCarpet)
    mesh.visible = !useCarpet
  })

  // Matrices and colours are written straight into the instance arrays: at 70,000 booths a
  // per-instance Object3D/Color round trip costs hundreds of milliseconds in one task.
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    // The mesh is created empty and given its instances here: three's constructor would first
    // write an identity matrix into each of them, ~10 ms at 70,000 booths, all overwritten below.
    if (mesh.instanceMatrix.count !== booths.length) {
      mesh.instanceMatrix = new InstancedBufferAttribute(new Float32Array(booths.length * 16), 16)
      mesh.instanceColor = null
      mesh.count = booths.length
    }
    const m = mesh.instanceMatrix.array as Float32Array
    const hide = new Uint8Array(booths.length)
    const feet = new Float32Array(booths.length * 4)
    const anyHidden = (modelIds?.size ?? 0) > 0
    let top = 0
    for (let i = 0; i < booths.length; i++) {
      const b = booths[i]!
      const box = index.boothBox.get(b.id)!
      const hidden = anyHidden && modelIds!.has(`booth:${b.id}`)
      hide[i] = hidden ? 1 : 0
      // A 10 cm gap keeps neighbouring booths visibly apart.
      const sx = hidden ? 0 : Math.max(0.2, box.maxX - box.minX - 0.1)
      const sy = hidden ? 0 : (b.height ?? DEFAULT_BOOTH_HEIGHT)
      const sz = hidden ? 0 : Math.max(0.2, box.maxZ - box.minZ - 0.1)
      if (sy > top) top = sy
      const f = i * 4
      feet[f] = box.minX + 0.05
      feet[f + 1] = box.maxX - 0.05
      feet[f + 2] = box.minZ + 0.05
      feet[f + 3] = box.maxZ - 0.05
      // Column-major scale + translation: booths are axis-aligned boxes standing on the floor.
      // Element by element: a 16-number array literal per booth is 70,000 allocations.
      const o = i * 16
      m.fill(0, o, o + 16)
      m[o] = sx
      m[o + 5] = sy
      m[o + 10] = sz
      m[o + 12] = (box.minX + box.maxX) / 2
      m[o + 14] = (box.minZ + box.maxZ) / 2
      m[o + 15] = 1
    }
    mesh.instanceMatrix.needsUpdate = true
    if (!mesh.instanceColor) mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(booths.length * 3), 3)
    // Bounds from the boxes themselves, not three's pass over every instance matrix.
    const box = venueBox.clone()
    box.max.y = top
    mesh.boundingBox = box
    mesh.boundingSphere = box.getBoundingSphere(new Sphere())
    carpet?.setFootprints(feet, hide)
    invalidate()
  }, [booths, index, modelIds, venueBox, carpet, invalidate])

  // Close up, the zone in view is built (BoothProps.tsx): a shell is walls on carpet, an island a
  // plinth, a stage a platform — so once its parts are drawn its booths' bodies shrink to that
  // floor. Every other booth, and the overview, keeps the solid block that reads as a booth in
  // its pavilion's colour.
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh || !builtZoneId) return
    const m = mesh.instanceMatrix.array as Float32Array
    const types = zoneBoothTypes(index, builtZoneId)
    const flattened: [number, number][] = []
    for (const b of index.boothsByZone.get(builtZoneId) ?? []) {
      const i = index.boothIndex.get(b.id)
      const t = types.get(b.id)
      if (i === undefined || !t || m[i * 16 + 5] === 0) continue
      flattened.push([i * 16 + 5, m[i * 16 + 5]!])
      m[i * 16 + 5] = floorHeight(t.type)
    }
    mesh.instanceMatrix.needsUpdate = true
    invalidate()
    return () => {
      for (const [o, sy] of flattened) m[o] = sy
      mesh.instanceMatrix.needsUpdate = true
      invalidate()
    }
  }, [booths, index, modelIds, builtZoneId, invalidate])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh?.instanceColor) return
    const out = mesh.instanceColor.array as Float32Array
    const bytes = new Uint8Array(booths.length * 3)
    // A handful of distinct colours (zone × occupied × emphasis), each worked out once, in the
    // linear values the instances take and the sRGB bytes the carpet takes.
    const palette = new Map<string, (readonly number[] | undefined)[]>()
    const rgb = { r: 0, g: 0, b: 0 }
    const colorFor = (zoneColor: string, occupied: boolean, state: 0 | 1 | 2 | 3): readonly number[] => {
      let slots = palette.get(zoneColor)
      if (!slots) palette.set(zoneColor, (slots = []))
      const slot = (occupied ? 4 : 0) + state
      let entry = slots[slot]
      if (!entry) {
        const c = boothColor(zoneColor, occupied, new Color())
        if (state === 1) c.lerp(new Color('#ffe066'), 0.65)
        else if (state === 2) dim(c, dimTarget, 0.7)
        else if (state === 3) dim(c, dimTarget, 0.45)
        c.getRGB(rgb, SRGBColorSpace)
        entry = slots[slot] = [c.r, c.g, c.b, Math.round(rgb.r * 255), Math.round(rgb.g * 255), Math.round(rgb.b * 255)]
      }
      return entry
    }
    for (let i = 0; i < booths.length; i++) {
      const b = booths[i]!
      const zone = index.zoneById.get(b.zoneId)
      const lit = litBoothIds !== null && litBoothIds.has(b.id)
      const state = lit ? 1 : litBoothIds !== null ? 2 : focusZoneId !== null && b.zoneId !== focusZoneId ? 3 : 0
      const c = colorFor(zone?.color ?? '#888888', (index.exhibitorsByBooth.get(b.id)?.length ?? 0) > 0, state)
      out[i * 3] = c[0]!
      out[i * 3 + 1] = c[1]!
      out[i * 3 + 2] = c[2]!
      bytes[i * 3] = c[3]!
      bytes[i * 3 + 1] = c[4]!
      bytes[i * 3 + 2] = c[5]!
    }
    mesh.instanceColor.needsUpdate = true
    carpet?.setColours(bytes)
    invalidate()
  }, [booths, index, focusZoneId, litBoothIds, dimTarget, carpet, invalidate])

  return (
    <>
      <instancedMesh
        ref={ref}
        name="booths"
        args={[geometry, material, 0]}
        // Picking goes through the domain grid index, never three's per-instance raycast.
        raycast={() => null}
        frustumCulled={false}
      />
      {carpet && <primitive object={carpet.mesh} />}
    </>
  )
}
