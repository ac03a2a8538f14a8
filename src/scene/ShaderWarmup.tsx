import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
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
 * Compiles the venue's shaders before the venue mounts. A shader program is compiled the first
 * time something draws with it; the venue's first frame would otherwise pay for all of them at
 * once, waiting on the GPU process (tens of milliseconds with a GPU, more with software WebGL).
 * So as soon as the canvas exists (often while the scene still loads), and always before the
 * venue mounts, the renderer compiles one stand-in per material kind the overview uses — same
 * material settings, same instancing, vertex colours and attributes, same lights (SceneHost
 * keeps the lights outside the venue for this reason) — and three.js finds every program
 * already built when the venue arrives. The stand-ins are kept for the canvas's lifetime: disposing them
 * would release the programs the venue now shares. Keep the kinds in step with Booths,
 * Markers, Highlights, ZoneVolumes and the floor.
 */
export function ShaderWarmup({ onCompiled, venuePending }: { onCompiled: () => void; venuePending: boolean }) {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const group = useMemo(() => buildStandIns(), [])
  useLayoutEffect(() => {
    // compile() only issues the compile and link commands and takes the lights from the
    // canvas's scene; nothing is drawn. flush() hands them to the GPU process now, so it works
    // on them while this thread mounts the venue; the first draw then finds them linked.
    gl.compile(group, camera, scene)
    gl.getContext().flush()
    onCompiled()
  }, [gl, camera, scene, group, onCompiled])
  // Linking is not the whole cost. Software renderers (SwiftShader) and many drivers build a
  // program's machine code for the pipeline state on its first *draw*: with software WebGL that
  // was ~100 ms of the first frame of a 70,000-booth venue. So while the venue is still on its
  // way, the stand-ins are drawn into the canvas when the browser is idle (they have no area:
  // the frame shows the background, the colour the page already has there) — one per idle
  // period, since the frame that carries a draw waits for that code to be built: all at once
  // was a 150–300 ms task of its own. Not when the venue is already here: drawing right after
  // the compile would wait for it on this thread.
  useEffect(() => {
    if (!venuePending) return
    const parts = group.children
    let next = 0
    let handle = 0
    const hasIdle = typeof window.requestIdleCallback === 'function'
    const idle = (cb: () => void): number => (hasIdle ? window.requestIdleCallback(cb, { timeout: 1000 }) : window.setTimeout(cb, 50))
    const drawNext = (): void => {
      const part = parts[next++]
      if (!part) return
      for (const p of parts) p.visible = p === part
      scene.add(group)
      gl.render(scene, camera)
      scene.remove(group)
      for (const p of parts) p.visible = true
      gl.getContext().flush()
      handle = idle(drawNext)
    }
    handle = idle(drawNext)
    return () => (hasIdle ? window.cancelIdleCallback(handle) : window.clearTimeout(handle))
  }, [venuePending, gl, camera, scene, group])
  useEffect(
    () => () =>
      group.traverse((o) => {
        const m = o as Mesh
        m.geometry?.dispose()
        ;(m.material as Material | undefined)?.dispose()
      }),
    [group],
  )
  return null
}

function buildStandIns(): Group {
  const group = new Group()
  group.name = 'shader-warmup'
  // A triangle with no area (never drawn: only compiled).
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
    // Drawn where the camera cannot see them (at the origin, no area): never culled.
    o.frustumCulled = false
    group.add(o)
  }
  return group
}
