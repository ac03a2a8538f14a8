/**
 * Nothing hides the subject: whatever stands between the camera and the selected booth or zone
 * — walls, columns, stages or sign frames of the hall model, a pavilion banner — turns
 * see-through while it is in the way. Rays go from the camera to a few points of the
 * selection (`subjectPoints`) when the camera or the selection changes (at most every 120 ms
 * while the camera moves, once more when it stops); the choice itself is pure
 * (`chooseOccluders`). The switch is immediate, never an animated fade, so reduced motion is
 * respected as it is.
 */
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { InstancedMesh, Mesh, Raycaster, Vector3, type Camera, type Intersection, type Material, type Object3D } from 'three'
import type CameraControlsImpl from 'camera-controls'
import { chooseOccluders, isOccluderNode, subjectPoints, type Point3, type RayHits } from '../domain/camera/seeThrough.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { bannerZoneId, setBannerHidden } from './bannerHiding.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'

const FADED_OPACITY = 0.15
const THROTTLE_MS = 120
/** Booths of an exhibitor with many stands: the first few are enough to keep in sight. */
const MAX_BOOTHS = 3

declare global {
  interface Window {
    /** Test hook: what is see-through now, switch the pass off and on, place the camera, hide a piece of scenery outright. */
    __venueTwinSeeThrough?: {
      faded: () => string[]
      enable: (on: boolean) => void
      lookAt: (eye: Point3, target: Point3) => void
      hide: (name: string, hidden: boolean) => void
    }
  }
}

/** The hall model's node a mesh belongs to (a node with several primitives is a group of meshes). */
function occluderName(o: Object3D): string | null {
  for (let n: Object3D | null = o, i = 0; n && i < 3; n = n.parent, i++) {
    const name = typeof n.userData.name === 'string' ? n.userData.name : n.name
    if (isOccluderNode(name)) return name
  }
  return null
}

interface Pass {
  eye: Vector3
  points: Point3[] | null
  model: unknown
  lastRun: number
  timer: ReturnType<typeof setTimeout> | undefined
  enabled: boolean
  /** Faded meshes and their own materials, restored when they are no longer in the way. */
  faded: Map<Mesh, Material | Material[]>
  hiddenBanners: Set<number>
}

export function SeeThrough({
  index,
  boothIds,
  zoneId,
  model,
}: {
  index: SceneIndex
  boothIds: readonly string[]
  zoneId: string | null
  /** Changes when the hall model arrives: its columns and walls may stand in the way of a view already settled. */
  model: unknown
}) {
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useThree((s) => s.controls) as unknown as CameraControlsImpl | null
  const points = useMemo((): Point3[] | null => {
    const booths = boothIds.slice(0, MAX_BOOTHS).flatMap((id) => index.boothById.get(id) ?? [])
    if (booths.length) return booths.flatMap((b) => subjectPoints(b.footprint, b.height ?? DEFAULT_BOOTH_HEIGHT, 'booth'))
    const zone = zoneId ? index.zoneById.get(zoneId) : undefined
    return zone ? subjectPoints(zone.footprint, zone.height, 'zone') : null
  }, [index, boothIds, zoneId])
  const pass = useRef<Pass>({ eye: new Vector3(NaN, NaN, NaN), points: null, model: null, lastRun: 0, timer: undefined, enabled: true, faded: new Map(), hiddenBanners: new Set() })

  useFrame(({ camera }) => {
    const p = pass.current
    if (p.eye.equals(camera.position) && p.points === points && p.model === model) return
    const now = performance.now()
    if (now - p.lastRun < THROTTLE_MS) {
      // Come back once the throttle has passed: a camera that stopped draws no more frames.
      p.timer ??= setTimeout(() => {
        p.timer = undefined
        invalidate()
      }, THROTTLE_MS)
      return
    }
    p.lastRun = now
    p.eye.copy(camera.position)
    p.points = points
    p.model = model
    // Decided before this frame is drawn: it already shows the change.
    if (seeThroughPass(scene, p, camera, points)) invalidate()
  })


  useEffect(() => {
    const p = pass.current
    window.__venueTwinSeeThrough = {
      faded: () => [
        ...[...p.faded.keys()].map((m) => occluderName(m) ?? m.name),
        ...[...p.hiddenBanners].map((i) => `banner:${bannerZoneId(scene, i) ?? i}`),
      ],
      enable: (on) => {
        p.enabled = on
        p.points = null
        invalidate()
      },
      lookAt: (eye, target) => {
        void controls?.setLookAt(...eye, ...target, false)
        invalidate()
      },
      hide: (name, hidden) => {
        scene.traverse((o) => {
          if (o instanceof Mesh && occluderName(o) === name) o.visible = !hidden
        })
        invalidate()
      },
    }
    return () => {
      delete window.__venueTwinSeeThrough
      clearTimeout(p.timer)
      p.timer = undefined
      for (const m of [...p.faded.keys()]) restore(p, m)
      for (const i of p.hiddenBanners) setBannerHidden(scene, i, false)
      p.hiddenBanners.clear()
    }
  }, [scene, controls, invalidate])
  return null
}

const ray = new Raycaster()
const target = new Vector3()

/** One look along the rays: fade what is in the way now, restore what no longer is. True when something changed. */
function seeThroughPass(scene: Object3D, p: Pass, camera: Camera, pts: Point3[] | null): boolean {
  const meshes = new Map<string, Mesh>()
  let banners: InstancedMesh | null = null
  scene.traverse((o) => {
    if (o instanceof InstancedMesh && o.name === 'banner-boards') banners = o
    else if (o instanceof Mesh && occluderName(o)) meshes.set(o.uuid, o)
  })
  const chosen = new Set<string>()
  if (p.enabled && pts) {
    const rays: RayHits[] = []
    for (const pt of pts) {
      target.set(...pt)
      const reach = camera.position.distanceTo(target)
      ray.set(camera.position, target.sub(camera.position).normalize())
      ray.far = reach
      const found: Intersection[] = []
      // The hall's meshes do not take part in picking (their raycast is switched off): ask three's own.
      for (const m of meshes.values()) Mesh.prototype.raycast.call(m, ray, found)
      const hits = found.map((h) => ({ key: (h.object as Mesh).uuid, distance: h.distance }))
      const bannerMesh = banners as InstancedMesh | null
      if (bannerMesh?.visible) {
        const bh: Intersection[] = []
        InstancedMesh.prototype.raycast.call(bannerMesh, ray, bh)
        for (const h of bh) if (h.instanceId !== undefined) hits.push({ key: `banner:${h.instanceId}`, distance: h.distance })
      }
      rays.push({ reach, hits })
    }
    for (const k of chooseOccluders(rays)) chosen.add(k)
  }
  let changed = false
  for (const [uuid, m] of meshes) {
    const inWay = chosen.has(uuid)
    const own = p.faded.get(m)
    if (inWay && !own) {
      p.faded.set(m, m.material)
      m.material = seeThroughMaterial(m.material)
      changed = true
    } else if (!inWay && own) restore(p, m)
    if (!inWay && own) changed = true
  }
  const nowHidden = new Set([...chosen].filter((k) => k.startsWith('banner:')).map((k) => Number(k.slice(7))))
  for (const i of p.hiddenBanners) if (!nowHidden.has(i)) setBannerHidden(scene, i, false)
  for (const i of nowHidden) if (!p.hiddenBanners.has(i)) setBannerHidden(scene, i, true)
  if (nowHidden.size !== p.hiddenBanners.size || [...nowHidden].some((i) => !p.hiddenBanners.has(i))) changed = true
  p.hiddenBanners = nowHidden
  return changed
}

function seeThroughMaterial(material: Material | Material[]): Material | Material[] {
  const one = (m: Material): Material => {
    const c = m.clone()
    c.transparent = true
    c.opacity = FADED_OPACITY
    // Drawn over by what is behind it, not hiding it in the depth buffer.
    c.depthWrite = false
    return c
  }
  return Array.isArray(material) ? material.map(one) : one(material)
}

function restore(p: Pass, m: Mesh): void {
  const own = p.faded.get(m)
  if (!own) return
  for (const c of Array.isArray(m.material) ? m.material : [m.material]) c.dispose()
  m.material = own
  p.faded.delete(m)
}
