/**
 * The exhibitors' logos on the fascia boards of the zone in view: one quad per board face, all
 * in one mesh sampling the scene's logo atlas — one draw call for every logo, and nothing drawn
 * until the atlas image is in.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { BufferGeometry, Float32BufferAttribute, Mesh, MeshBasicMaterial, Object3D, SRGBColorSpace, TextureLoader } from 'three'
import type { LogoAtlas } from '../data/logoAtlas.ts'
import { uvOf } from '../domain/logos/atlasMap.ts'
import { disposeMesh } from './disposeMesh.ts'
import type { FasciaPlan } from './Fascias.tsx'

/** The logo's square on the board (metres): most of the board's 1.3 m height. */
export const LOGO_SIDE = 1.0
export const LOGO_GAP = 0.12

/** A logo quad's centre and its face's outward normal (x, z): what the test hook reads. */
export interface LogoCentre {
  boothId: string
  at: Object3D
  normal: [number, number]
}

function buildLogos(plans: readonly FasciaPlan[], atlas: LogoAtlas, boardDepth: number): Mesh {
  const pos: number[] = []
  const uv: number[] = []
  const idx: number[] = []
  const centres: LogoCentre[] = []
  for (const p of plans) {
    const rect = p.logoOf ? atlas.logos[p.logoOf] : undefined
    if (!rect) continue
    const [u0, v0, u1, v1] = uvOf(rect, atlas.size)
    // The atlas cell keeps the logo's aspect: so does its quad, inside the square.
    const k = LOGO_SIDE / Math.max(rect[2], rect[3])
    const hw = (rect[2] * k) / 2
    const hh = (rect[3] * k) / 2
    for (const back of [false, true]) {
      const yaw = back ? p.yaw + Math.PI : p.yaw
      const out = boardDepth / 2 + 0.012
      // The face's rightward direction is (cos yaw, −sin yaw); its normal (sin yaw, cos yaw).
      const rx = Math.cos(yaw)
      const rz = -Math.sin(yaw)
      const cx = p.x + Math.sin(yaw) * out + rx * p.logoAt
      const cz = p.z + Math.cos(yaw) * out + rz * p.logoAt
      const base = pos.length / 3
      for (const [sx, sy, u, v] of [
        [-1, -1, u0, v0],
        [1, -1, u1, v0],
        [1, 1, u1, v1],
        [-1, 1, u0, v1],
      ] as const) {
        pos.push(cx + rx * hw * sx, p.y + hh * sy, cz + rz * hw * sx)
        uv.push(u, v)
      }
      idx.push(base, base + 1, base + 2, base, base + 2, base + 3)
      const at = new Object3D()
      at.position.set(cx, p.y, cz)
      centres.push({ boothId: p.boothId, at, normal: [Math.sin(yaw), Math.cos(yaw)] })
    }
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(pos, 3))
  geometry.setAttribute('uv', new Float32BufferAttribute(uv, 2))
  geometry.setIndex(idx)
  geometry.computeBoundingSphere()
  // Unlit: a logo keeps its own colours whatever the light on the board.
  const mesh = new Mesh(geometry, new MeshBasicMaterial({ transparent: true }))
  mesh.name = 'fascia-logos'
  mesh.visible = false
  mesh.userData = { centres, ready: false }
  return mesh
}

declare global {
  interface Window {
    /** Test hook: show or hide the logos' mesh, to compare the canvas with and without them. */
    __venueTwinShowFasciaLogos?: (on: boolean) => void
  }
}

export function FasciaLogos({ plans, atlas, boardDepth }: { plans: readonly FasciaPlan[]; atlas: LogoAtlas; boardDepth: number }) {
  const invalidate = useThree((s) => s.invalidate)
  const mesh = useMemo(() => buildLogos(plans, atlas, boardDepth), [plans, atlas, boardDepth])
  useEffect(() => {
    let live = true
    const material = mesh.material as MeshBasicMaterial
    new TextureLoader().load(atlas.imageUrl, (tex) => {
      if (!live) return tex.dispose()
      tex.colorSpace = SRGBColorSpace
      tex.anisotropy = 4
      material.map = tex
      material.needsUpdate = true
      mesh.userData.ready = true
      mesh.visible = mesh.geometry.index!.count > 0
      invalidate()
    })
    window.__venueTwinShowFasciaLogos = (on) => {
      mesh.visible = on && mesh.userData.ready === true
      invalidate()
    }
    return () => {
      live = false
      delete window.__venueTwinShowFasciaLogos
      material.map?.dispose()
      disposeMesh(mesh)
    }
  }, [mesh, atlas, invalidate])
  return <primitive object={mesh} />
}
