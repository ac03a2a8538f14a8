import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, BufferGeometry, Color, Group, InstancedMesh, LineSegments, Mesh, type Camera, type Material, type Object3D, type Scene, type WebGLRenderer } from 'three'
import { useVenueStore } from '../state/store.ts'
import { whenIdle } from '../data/timeSlice.ts'
import { WARMUP_PARTS, type WarmupPart } from './viewParts.ts'

/**
 * Compiles the venue's shaders before the venue draws with them. A shader program is compiled
 * the first time something draws with it; the venue's first frame would otherwise pay for all
 * of them at once, waiting on the GPU process (tens of milliseconds with a GPU, more with
 * software WebGL). So the renderer compiles one stand-in per material kind the venue uses —
 * same material settings, same instancing, vertex colours and attributes, same lights
 * (SceneHost keeps the lights outside the venue for this reason) — and three.js finds every
 * program already built when the venue arrives. The stand-ins are kept for the canvas's
 * lifetime: disposing them would release the programs the venue now shares. The stand-ins are
 * made by the view's own factories (viewParts.ts: `WARMUP_PARTS`), so they cannot drift.
 *
 * When the canvas comes up while the scene still loads, all of them are compiled (and drawn,
 * below) in the wait. When the venue is already here there is no wait: every program compiled
 * now is paid for by the first frame (its link in the GPU process, its pipeline warm-up on a
 * pool thread), so only the kinds the first frame draws — booths and service points, and the
 * floor of a venue without a model — are compiled before it, the rest as soon as it is on screen
 * (the zone volumes join in the next frame: see SceneHost).
 */
export function ShaderWarmup({ onCompiled, venuePending, floorFirst }: { onCompiled: () => void; venuePending: boolean; floorFirst: boolean }) {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const group = useMemo(() => buildStandIns(), [])
  const firstFrame = useVenueStore((s) => s.firstFrame)
  // As the canvas came up: was the scene still on its way, and would the floor be its ground?
  const start = useRef({ pending: venuePending, floorFirst })
  useLayoutEffect(() => {
    // compile() only issues the compile and link commands and takes the lights from the
    // canvas's scene; nothing is drawn. flush() hands them to the GPU process now, so it works
    // on them while this thread mounts the venue; the first draw then finds them linked.
    const { pending, floorFirst: floor } = start.current
    compileOnly(gl, camera, scene, pending ? group.children : firstFrameStandIns(group, floor))
    onCompiled()
  }, [gl, camera, scene, group, onCompiled])
  useEffect(() => {
    const { pending, floorFirst: floor } = start.current
    if (pending || !firstFrame) return
    const first = firstFrameStandIns(group, floor)
    compileOnly(gl, camera, scene, group.children.filter((o) => !first.includes(o)))
  }, [firstFrame, gl, camera, scene, group])
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
    let cancel = (): void => undefined
    const idle = (cb: () => void): void => void (cancel = whenIdle(cb, { timeoutMs: 1000, fallbackMs: 50 }))
    const drawNext = (): void => {
      const part = parts[next++]
      if (!part) return
      for (const p of parts) p.visible = p === part
      scene.add(group)
      gl.render(scene, camera)
      scene.remove(group)
      for (const p of parts) p.visible = true
      gl.getContext().flush()
      idle(drawNext)
    }
    idle(drawNext)
    return () => cancel()
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

/** Compiles the given stand-ins (and no others: compile() takes every material below the object it is given, shown or not) and hands the commands to the GPU process. */
function compileOnly(gl: WebGLRenderer, camera: Camera, scene: Scene, parts: readonly Object3D[]): void {
  for (const part of parts) gl.compile(part, camera, scene)
  gl.getContext().flush()
}

/** What the first overview frame draws: booths and service points, and the floor if it is the venue's ground. */
function firstFrameStandIns(group: Group, floorFirst: boolean): Object3D[] {
  return group.children.filter((o) => o.userData.kind === 'booths' || (o.userData.kind === 'floor' && floorFirst))
}

/** A triangle with no area (nothing to see when drawn) with the vertex attributes of the part's geometry: attributes are part of a program too. */
function speckLike(part: WarmupPart): BufferGeometry {
  const source = part.geometry()
  const g = new BufferGeometry()
  for (const [name, attr] of Object.entries(source.attributes)) {
    const values = new Float32Array(3 * attr.itemSize)
    // Real normals, colours and uvs of the first vertices; every position at the origin.
    if (name !== 'position') for (let i = 0; i < Math.min(3, attr.count) * attr.itemSize; i++) values[i] = attr.array[i] ?? 0
    g.setAttribute(name, new BufferAttribute(values, attr.itemSize))
  }
  source.dispose()
  return g
}

function standIn(part: WarmupPart): Object3D {
  const geometry = speckLike(part)
  const material = part.material()
  let o: Object3D
  if (part.draw === 'instanced') {
    const m = new InstancedMesh(geometry, material, 1)
    m.setColorAt(0, new Color(0xffffff))
    o = m
  } else o = part.draw === 'lines' ? new LineSegments(geometry, material) : new Mesh(geometry, material)
  o.userData.kind = part.kind
  // Drawn where the camera cannot see them (at the origin, no area): never culled.
  o.frustumCulled = false
  return o
}

function buildStandIns(): Group {
  const group = new Group()
  group.name = 'shader-warmup'
  for (const part of WARMUP_PARTS) group.add(standIn(part))
  return group
}
