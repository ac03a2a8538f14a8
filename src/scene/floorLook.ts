/**
 * The floor's look: the theme's floor colours and the floor's baked contact shadows
 * (src/domain/shadow/contactShadow.ts), one texture multiplied onto the floor's own material —
 * no extra draw call, no shadow map. Used by the plain floor and by the hall model's floor.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useState } from 'react'
import { BufferAttribute, NoColorSpace, TextureLoader, Vector3, type Color, type Material, type Mesh, type Object3D, type Texture } from 'three'
import { shadowFileName, shadowFingerprint, shadowFrame, type ShadowFrame } from '../domain/shadow/contactShadow.ts'
import type { Venue } from '../domain/scene/schema.ts'
import { useVenueStore } from '../state/store.ts'
import { floorShadowUrlOf } from '../data/sceneLooks.ts'
import { whenIdle } from '../data/timeSlice.ts'

export interface FloorShadow {
  texture: Texture
  frame: ShadowFrame
}

export interface FloorLook {
  /** Colour per floor mesh name (`floor`, `aisle-markings`). */
  colours: Readonly<Record<string, string>>
  shadow: FloorShadow | null
}

type ShadowState = 'waiting' | 'loading' | 'loaded' | 'none'

declare global {
  interface Window {
    /** Test hook: the floor shadow's state, switching it off and on, and where a floor point is on the canvas. */
    __venueTwinFloorShadow?: {
      state: () => ShadowState
      url: () => string
      show: (on: boolean) => void
      screenOf: (x: number, z: number) => [number, number]
    }
  }
}

/**
 * The floor's shadow texture, fetched once the venue's first frame is on screen. A floor whose
 * booths changed since the build asks for a file that does not exist: no shadows, no error.
 */
export function useFloorShadow(floor: Venue, withColumns: boolean): FloorShadow | null {
  const firstFrame = useVenueStore((s) => s.firstFrame)
  const [loaded, setLoaded] = useState<{ floor: Venue; shadow: FloorShadow } | null>(null)
  const [shown, setShown] = useState(true)
  const [state, setState] = useState<{ floor: Venue | null; phase: ShadowState; url: string }>({ floor: null, phase: 'waiting', url: '' })
  useEffect(() => {
    if (!firstFrame) return
    let live = true
    // The fingerprint walks every booth (~20 ms at 70,000): in idle time after the first frame.
    const stop = whenIdle(
      () => {
        const url = floorShadowUrlOf(floor.id, shadowFileName(shadowFingerprint(floor, withColumns)))
        setState({ floor, phase: 'loading', url })
        new TextureLoader().load(
          url,
          (texture) => {
            if (!live) return void texture.dispose()
            // The texels are multipliers, not colours: used as they are, in linear light.
            texture.colorSpace = NoColorSpace
            texture.flipY = false
            setLoaded({ floor, shadow: { texture, frame: shadowFrame(floor.hall.footprint) } })
            setState({ floor, phase: 'loaded', url })
          },
          undefined,
          () => live && setState({ floor, phase: 'none', url }),
        )
      },
      { fallbackMs: 200 },
    )
    return () => {
      live = false
      stop()
    }
  }, [firstFrame, floor, withColumns])
  useEffect(() => () => loaded?.shadow.texture.dispose(), [loaded])
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  useEffect(() => {
    window.__venueTwinFloorShadow = {
      state: () => (state.floor === floor ? state.phase : 'waiting'),
      url: () => state.url,
      show: setShown,
      screenOf: (x, z) => {
        const p = new Vector3(x, 0, z).project(camera)
        return [((p.x + 1) / 2) * size.width, ((1 - p.y) / 2) * size.height]
      },
    }
    return () => {
      delete window.__venueTwinFloorShadow
    }
  }, [state, floor, camera, size])
  return shown && loaded?.floor === floor ? loaded.shadow : null
}

/** Colours and shadow onto the floor meshes under `root` (found by name), redrawing once. */
export function useFloorLook(root: Object3D | null, look: FloorLook): void {
  const invalidate = useThree((s) => s.invalidate)
  // Before the frame that first shows the floor, so it never shows in the material's own colour.
  useLayoutEffect(() => {
    if (!root) return
    root.updateMatrixWorld(true)
    root.traverse((o) => {
      const colour = look.colours[o.name] ?? look.colours[o.parent?.name ?? '']
      if (colour === undefined || !(o as Mesh).isMesh) return
      const mesh = o as Mesh
      for (const m of ([] as Material[]).concat(mesh.material)) dressMaterial(m, colour, look.shadow?.texture ?? null)
      if (look.shadow) floorUv(mesh, look.shadow.frame)
    })
    invalidate()
  }, [root, look, invalidate])
}

const tmp = new Vector3()

/** Texture coordinates from the floor's own plan position (the hall model carries none). */
function floorUv(mesh: Mesh, f: ShadowFrame): void {
  const g = mesh.geometry
  if (g.userData.shadowFrame === f) return
  const pos = g.getAttribute('position')
  const uv = new Float32Array(pos.count * 2)
  for (let i = 0; i < pos.count; i++) {
    tmp.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld)
    uv[i * 2] = (tmp.x - f.minX) / (f.width * f.texel)
    uv[i * 2 + 1] = (tmp.z - f.minZ) / (f.height * f.texel)
  }
  g.setAttribute('uv', new BufferAttribute(uv, 2))
  g.userData.shadowFrame = f
}

function dressMaterial(m: Material, colour: string, map: Texture | null): void {
  const mat = m as Material & { color?: Color; map?: Texture | null }
  mat.color?.set(colour)
  if ((mat.map ?? null) === map) return
  // A map on or off is another shader program: compiled once, after the first frame.
  mat.map = map
  mat.needsUpdate = true
}
