/**
 * Pavilion banners: in the frame hung over each pavilion (the hall model's sign, or where it
 * would be in a venue without a model), a board in the pavilion's palette colour with its name
 * on all four faces — the current language large, the other below it. Loaded as a lazy chunk
 * after the first frame, and batched: every board one InstancedMesh, every name one mesh of
 * quads on one canvas texture in the scene's font subset (bannerLettering.ts) — two draw calls
 * for any number of pavilions.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useState } from 'react'
import { BoxGeometry, Color, InstancedMesh, Matrix4, MeshLambertMaterial, Quaternion, Vector3, type MeshBasicMaterial } from 'three'
import { fasciaDisplay } from '../domain/fascia/fasciaText.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { hasSign, planSign, type SignPlan } from '../domain/model/signPlan.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import { setNamesHidden, type BannerBoardsData } from './bannerHiding.ts'
import { letteringFont, letteringMesh, mainLineAt, type BannerFace, type BannerLetteringData } from './bannerLettering.ts'
import { disposeMesh } from './disposeMesh.ts'
import { fontUrlOf } from '../data/sceneLooks.ts'
import { onPage } from './lettering.ts'
import { useFloorShown } from './KeptFloors.tsx'

/** Inside the sign's frame (its members are 0.1 m). */
const INSET = 0.15
/** More pavilions than this: names on the two long faces only (half the glyphs to lay out). */
const FOUR_FACES_UP_TO = 40

interface Face {
  yaw: number
  /** Distance from the sign's centre to this face, and the face's width. */
  out: number
  width: number
}

function facesOf(p: SignPlan, four: boolean): Face[] {
  const w = p.width - INSET * 2
  const d = p.depth - INSET * 2
  const faces: Face[] = [
    { yaw: 0, out: d / 2, width: w },
    { yaw: Math.PI, out: d / 2, width: w },
  ]
  if (four) faces.push({ yaw: Math.PI / 2, out: w / 2, width: d }, { yaw: -Math.PI / 2, out: w / 2, width: d })
  return faces
}

/** What a test reads back: each pavilion's banner text on the face turned most towards the camera, and where it is on screen (CSS px). */
export interface BannerReading {
  zoneId: string
  text: string
  other: string
  x: number
  y: number
}
declare global {
  interface Window {
    /** Test hook: the banners drawn now (null until laid out). */
    __venueTwinBanners?: () => BannerReading[] | null
    /** Test hook: show or hide the banners (boards and names), to compare the canvas with and without them. */
    __venueTwinShowBanners?: (on: boolean) => void
  }
}

export default function Banners({ index, lang }: { index: SceneIndex; lang: Lang }) {
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const venue = index.scene.venue
  const fontUrl = fontUrlOf(venue.id)
  const plans = useMemo(() => venue.zones.filter(hasSign).map((z) => ({ zone: z, sign: planSign(z, venue.hall.height) })), [venue])

  const boards = useMemo(() => {
    const mesh = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshLambertMaterial({ color: '#ffffff' }), Math.max(1, plans.length))
    mesh.name = 'banner-boards'
    mesh.count = plans.length
    const m = new Matrix4()
    const c = new Color()
    plans.forEach(({ zone, sign: s }, i) => {
      m.compose(new Vector3(...s.center), new Quaternion(), new Vector3(s.width - INSET * 2, s.height - INSET * 2, s.depth - INSET * 2))
      mesh.setMatrixAt(i, m)
      mesh.setColorAt(i, c.set(zonePalette(zone.color).board))
    })
    // Read by the see-through pass (bannerHiding.ts): which banner an instance is, to step it aside.
    const data: BannerBoardsData = { bannerZoneIds: plans.map((p) => p.zone.id), hidden: new Map() }
    mesh.userData = data
    mesh.computeBoundingSphere()
    return mesh
  }, [plans])
  useEffect(() => () => disposeMesh(boards), [boards])

  // The names wait for the font subset (so every glyph is the scene's own), then are lettered at once.
  const [family, setFamily] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    letteringFont(fontUrl).then((f) => live && setFamily(f), () => undefined)
    return () => {
      live = false
    }
  }, [fontUrl])

  const names = useMemo(() => {
    if (!family) return null
    const other: Lang = lang === 'en' ? 'zh' : 'en'
    const four = plans.length <= FOUR_FACES_UP_TO
    const faces: BannerFace[] = []
    for (const { zone, sign } of plans) {
      const [cx, cy, cz] = sign.center
      for (const face of facesOf(sign, four)) {
        const out = face.out + 0.01
        const center = new Vector3(cx + Math.sin(face.yaw) * out, cy, cz + Math.cos(face.yaw) * out)
        const main = fasciaDisplay(zone.name[lang])
        faces.push({ zoneId: zone.id, yaw: face.yaw, center, width: face.width, height: sign.height - INSET * 2, main, other: fasciaDisplay(zone.name[other]) })
      }
    }
    const mesh = letteringMesh(faces, family)
    // Names rebuilt (a language switch) while a banner is stepped aside stay out of the way with it.
    for (const i of (boards.userData as BannerBoardsData).hidden.keys()) {
      const zoneId = plans[i]?.zone.id
      if (zoneId) setNamesHidden(mesh, zoneId, true)
    }
    return mesh
  }, [plans, family, lang, boards])

  // A floor kept built out of view (KeptFloors.tsx) leaves the test hooks to the one on screen.
  const shown = useFloorShown()
  useEffect(() => {
    if (!names) return
    // Uploaded now, not when first drawn: a floor built ahead out of view (KeptFloors.tsx) is then
    // shown without the upload in that frame.
    const map = (names.material as MeshBasicMaterial).map
    if (map) gl.initTexture(map)
    invalidate()
    return () => {
      ;(names.material as MeshBasicMaterial).map?.dispose()
      disposeMesh(names)
    }
  }, [names, gl, invalidate])
  useEffect(() => {
    if (!names || !shown) return
    const { faces } = names.userData as BannerLetteringData
    window.__venueTwinBanners = () => {
      const best = new Map<string, { f: BannerFace; facing: number }>()
      for (const f of faces) {
        const facing = Math.sin(f.yaw) * (camera.position.x - f.center.x) + Math.cos(f.yaw) * (camera.position.z - f.center.z)
        if ((best.get(f.zoneId)?.facing ?? -Infinity) < facing) best.set(f.zoneId, { f, facing })
      }
      return [...best].map(([zoneId, { f }]) => ({ zoneId, text: f.main, other: f.other, ...onPage(mainLineAt(f), camera, gl.domElement) }))
    }
    window.__venueTwinShowBanners = (on) => {
      names.visible = on
      boards.visible = on
      invalidate()
    }
    return () => {
      delete window.__venueTwinBanners
      delete window.__venueTwinShowBanners
    }
  }, [names, boards, camera, gl, invalidate, shown])

  // A floor without pavilions draws no boards: an empty InstancedMesh would still compile a
  // program of its own (no instance colours), released and linked again at each level switch.
  if (plans.length === 0) return null
  return (
    <>
      <primitive object={boards} />
      {names && <primitive object={names} />}
    </>
  )
}
