import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DoubleSide,
  Group,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  type Material,
  type Object3D,
} from 'three'

/**
 * Compiles the venue's shaders while its data is still loading. A shader program is compiled the
 * first time something draws with it; the venue's first frame would otherwise pay for all of
 * them at once (tens of milliseconds with a GPU, several hundred with software WebGL, where
 * each pipeline is also compiled to machine code on its first draw). So while the scene loads,
 * the canvas draws one zero-area stand-in per material kind the overview uses — same material
 * settings, same instancing and vertex colours, same lights (SceneHost keeps the lights outside
 * the venue for this reason) — and three.js finds every program already built when the venue
 * arrives. The stand-ins stay (hidden) for the canvas's lifetime: disposing them would release
 * the programs the venue now shares. Keep the kinds in step with Booths, Markers, Highlights,
 * ZoneVolumes and the floor.
 */
export function ShaderWarmup({ active }: { active: boolean }) {
  const invalidate = useThree((s) => s.invalidate)
  const group = useMemo(() => buildStandIns(), [])
  useEffect(() => {
    if (active) invalidate()
  }, [active, invalidate])
  useEffect(
    () => () =>
      group.traverse((o) => {
        const m = o as Mesh
        m.geometry?.dispose()
        ;(m.material as Material | undefined)?.dispose()
      }),
    [group],
  )
  return <primitive object={group} visible={active} />
}

function buildStandIns(): Group {
  const group = new Group()
  group.name = 'shader-warmup'
  // A triangle with no area: every draw is issued (and compiled), no pixel changes.
  const speck = (withColors: boolean): BufferGeometry => {
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(new Float32Array(9), 3))
    // Attributes are part of a program too: the zone geometry has RGBA colours (USE_COLOR_ALPHA)
    // and no normals (HAS_NORMAL); boxes and floors have normals and no colours.
    if (withColors) g.setAttribute('color', new BufferAttribute(new Float32Array(12), 4))
    else g.setAttribute('normal', new BufferAttribute(new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0]), 3))
    return g
  }
  const instanced = (material: Material): InstancedMesh => {
    const m = new InstancedMesh(speck(false), material, 1)
    m.setColorAt(0, new Color(0xffffff))
    return m
  }
  const standIns: Object3D[] = [
    // Booths and markers: lit, instanced, a colour per instance.
    instanced(new MeshStandardMaterial({ roughness: 0.85, metalness: 0 })),
    // Selected / hovered booth shells.
    instanced(new MeshBasicMaterial({ transparent: true, opacity: 0.55, depthWrite: false })),
    // Zone volumes and their edges.
    new Mesh(speck(true), new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, side: DoubleSide })),
    new LineSegments(speck(true), new LineBasicMaterial({ vertexColors: true, transparent: true })),
    // The floor (venues without a model) and plain lit parts of hall models.
    new Mesh(speck(false), new MeshStandardMaterial({ color: '#2b3a4b' })),
  ]
  for (const o of standIns) {
    o.frustumCulled = false
    o.raycast = () => undefined
    group.add(o)
  }
  return group
}
