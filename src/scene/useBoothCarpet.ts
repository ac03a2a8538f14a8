import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { DataTexture, LinearMipmapLinearFilter, LinearFilter, Mesh, PlaneGeometry, RGBAFormat, SRGBColorSpace, UnsignedByteType, type MeshLambertMaterial } from 'three'
import type { Camera, Scene, WebGLRenderer } from 'three'
import { carpetMaterial } from './viewParts.ts'
import { carpetLayout, carpetMipmaps, paintCarpet, type Bounds, type CarpetBooth, type CarpetLayout, type CarpetLevel } from './boothCarpet.ts'

/**
 * Venues with fewer booths than this never use the carpet: their instanced roofs are cheap on any
 * renderer, and the texture would only cost memory.
 */
export const CARPET_MIN_BOOTHS = 2000
/** Largest carpet texture side: 16 MB of texels at most, within every WebGL2 device's limit. */
const MAX_CARPET_SIZE = 2048

export interface BoothCarpet {
  /** The flat quad that draws the carpet (hidden until the far level of detail asks for it). */
  mesh: Mesh
  layout: CarpetLayout
  /** Each booth's drawn footprint (minX, maxX, minZ, maxZ; gap included) and whether the model hides it (1). */
  setFootprints(footprints: Float32Array, hidden: Uint8Array): void
  /** Each booth's colour, sRGB bytes. The first colours are painted at once. */
  setColours(srgb: Uint8Array): void
  /** Draws the carpet (or not) from the next frame on; painted first if it is out of date. */
  show(visible: boolean): void
  readonly shown: boolean
  /** Stops a pending repaint (the carpet is going). */
  cancel(): void
  /** Compiles its shader without painting it. */
  compile(renderer: WebGLRenderer, camera: Camera, scene: Scene): void
}

/** The carpet for a large venue (null for a small one): its quad, texture and painter. */
export function useBoothCarpet(boothCount: number, bounds: Bounds, typicalWidth: number, roofHeight: number): BoothCarpet | null {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const maxTextureSize = gl.capabilities.maxTextureSize
  // By value: a new revision of the scene with the same hall keeps its carpet, which then repaints
  // in a task of its own rather than inside the commit that brings the new revision.
  const { minX, maxX, minZ, maxZ } = bounds
  const carpet = useMemo((): BoothCarpet | null => {
    if (boothCount < CARPET_MIN_BOOTHS || !(maxX > minX)) return null
    const layout = carpetLayout({ minX, maxX, minZ, maxZ }, typicalWidth, Math.min(MAX_CARPET_SIZE, maxTextureSize))
    let data = new Uint8Array(layout.width * layout.height * 4)
    let levels: CarpetLevel[] = []
    const texture = new DataTexture(data, layout.width, layout.height, RGBAFormat, UnsignedByteType)
    texture.colorSpace = SRGBColorSpace
    // Seen from afar the carpet is minified: mipmaps keep it from shimmering as the camera moves.
    // They are made on this side (carpetMipmaps); the GPU's own pass is far slower in software.
    texture.generateMipmaps = false
    texture.minFilter = LinearMipmapLinearFilter
    texture.magFilter = LinearFilter
    texture.flipY = false
    const geometry = new PlaneGeometry(layout.maxX - layout.minX, layout.maxZ - layout.minZ)
    // Lying flat, facing up. Its v then runs towards −z; the rows run towards +z (row 0 at the
    // smallest z), so v is turned round.
    geometry.rotateX(-Math.PI / 2)
    const uv = geometry.getAttribute('uv')
    for (let i = 0; i < uv.count; i++) uv.setY(i, 1 - uv.getY(i))
    geometry.translate((layout.minX + layout.maxX) / 2, roofHeight, (layout.minZ + layout.maxZ) / 2)
    const material = carpetMaterial(texture)
    const mesh = new Mesh(geometry, material)
    mesh.name = 'booth-carpet'
    mesh.visible = false
    // Picking goes through the domain grid index.
    mesh.raycast = () => undefined

    // What is painted: read 70,000 times a paint, so typed arrays.
    let footprints: Float32Array = new Float32Array(0)
    let hidden: Uint8Array = new Uint8Array(0)
    let srgb: Uint8Array = new Uint8Array(0)
    const boothAt = (i: number, out: CarpetBooth): CarpetBooth => {
      out.minX = footprints[i * 4] ?? 0
      out.maxX = footprints[i * 4 + 1] ?? 0
      out.minZ = footprints[i * 4 + 2] ?? 0
      out.maxZ = footprints[i * 4 + 3] ?? 0
      out.r = srgb[i * 3] ?? 0
      out.g = srgb[i * 3 + 1] ?? 0
      out.b = srgb[i * 3 + 2] ?? 0
      out.hidden = hidden[i] === 1
      return out
    }
    // Painted only when needed after a change. While the carpet is in view that is outside the
    // next frame — the frame already carries the drawing and, with software WebGL, the wait for
    // it — the first time as the venue mounts, later in a task of its own. Out of view, when
    // next shown. A large venue opens on its overview, so at first it counts as in view.
    let stale = true
    let painted = false
    let inView = true
    let soon: ReturnType<typeof setTimeout> | null = null
    const paint = (): void => {
      stale = false
      painted = true
      data = paintCarpet(layout, boothCount, boothAt, data)
      const base: CarpetLevel = { data, width: layout.width, height: layout.height }
      levels = carpetMipmaps(base, levels)
      texture.image.data = data
      texture.mipmaps = [base, ...levels]
      texture.needsUpdate = true
      // Uploaded now, not when next drawn, and flushed: the GPU process copies it in while this
      // thread goes on (with software WebGL, tens of ms the first frame would otherwise wait for).
      gl.initTexture(texture)
      gl.getContext().flush()
    }
    const changed = (paintNow: boolean): void => {
      stale = true
      if (!inView) return
      if (paintNow && !painted) paint()
      else
        soon ??= setTimeout(() => {
          soon = null
          if (stale) paint()
        }, 0)
    }
    return {
      mesh,
      layout,
      setFootprints(f, h) {
        footprints = f
        hidden = h
        changed(false)
      },
      setColours(c) {
        srgb = c
        changed(true)
      },
      show(visible) {
        if (visible && stale) paint()
        mesh.visible = visible
        inView = visible
      },
      get shown() {
        return mesh.visible
      },
      cancel() {
        if (soon !== null) clearTimeout(soon)
        soon = null
      },
      compile(renderer, camera, scene) {
        // compile() skips hidden objects, so the quad is shown for it — directly, not through
        // show(), which would paint the carpet: again each time the effect reruns (the camera
        // changes as the venue's camera rig takes over), and before its colours even arrive.
        const visible = mesh.visible
        mesh.visible = true
        renderer.compile(mesh, camera, scene)
        mesh.visible = visible
      },
    }
  }, [boothCount, minX, maxX, minZ, maxZ, typicalWidth, roofHeight, maxTextureSize, gl])
  // Its shader (textured, cut-out) is compiled as it mounts, with the venue still being built,
  // rather than at the first frame that draws it (which would then wait for the GPU process).
  useLayoutEffect(() => {
    if (!carpet) return
    carpet.compile(gl, camera, scene)
    gl.getContext().flush()
  }, [carpet, gl, camera, scene])
  useEffect(
    () => () => {
      if (!carpet) return
      carpet.cancel()
      carpet.mesh.geometry.dispose()
      const material = carpet.mesh.material as MeshLambertMaterial
      material.map?.dispose()
      material.dispose()
    },
    [carpet],
  )
  return carpet
}
