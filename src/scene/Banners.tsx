/**
 * Pavilion banners: in the frame hung over each pavilion (the hall model's sign, or where it
 * would be in a venue without a model), a board in the pavilion's palette colour with its name
 * on all four faces — the current language large, the other below it. Loaded as a lazy chunk
 * after the first frame (troika-three-text and the font subset, shared with the fascias), and
 * batched: every board one InstancedMesh, every name one BatchedText — two draw calls for any
 * number of pavilions.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { BoxGeometry, Color, InstancedMesh, Matrix4, MeshLambertMaterial, Quaternion, Vector3 } from 'three'
import { Text } from 'troika-three-text'
import { fasciaDisplay } from '../domain/fascia/fasciaText.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { hasSign, planSign, type SignPlan } from '../domain/model/signPlan.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import type { BannerBoardsData } from './bannerHiding.ts'
import { disposeMesh } from './disposeMesh.ts'
import { disposeLettering, ems, fontUrlOf, laidOut, newLettering, onPage } from './textFont.ts'

/** Inside the sign's frame (its members are 0.1 m). */
const INSET = 0.15
/** More pavilions than this: names on the two long faces only (half the glyphs to lay out). */
const FOUR_FACES_UP_TO = 40
const MAIN_MAX = 0.75
const SUB_MAX = 0.42
const MIN_FONT = 0.28

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

function lettering(text: string, size: number, width: number): Text {
  const t = new Text()
  t.text = text
  t.color = '#ffffff'
  t.anchorX = 'center'
  t.anchorY = 'middle'
  t.textAlign = 'center'
  t.lineHeight = 1.05
  const fit = (width * 0.9) / Math.max(1, ems(text))
  t.fontSize = Math.max(MIN_FONT, Math.min(size, fit))
  if (fit < MIN_FONT) {
    t.maxWidth = width * 0.92
    t.whiteSpace = 'normal'
    t.overflowWrap = 'break-word'
  } else t.whiteSpace = 'nowrap'
  return t
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

  const { names, members } = useMemo(() => {
    const other: Lang = lang === 'en' ? 'zh' : 'en'
    const four = plans.length <= FOUR_FACES_UP_TO
    const members: Text[] = []
    const batch = newLettering('banner-names', fontUrl, invalidate)
    for (const { zone, sign } of plans) {
      const [cx, cy, cz] = sign.center
      for (const face of facesOf(sign, four)) {
        const main = lettering(fasciaDisplay(zone.name[lang]), MAIN_MAX, face.width)
        const sub = lettering(fasciaDisplay(zone.name[other]), SUB_MAX, face.width)
        const out = face.out + 0.01
        const fx = cx + Math.sin(face.yaw) * out
        const fz = cz + Math.cos(face.yaw) * out
        main.position.set(fx, cy + 0.28, fz)
        sub.position.set(fx, cy - 0.5, fz)
        for (const t of [main, sub]) {
          t.font = fontUrl
          t.rotation.y = face.yaw
          t.userData = { zoneId: zone.id, yaw: face.yaw, main: t === main, pair: t === main ? sub : main }
          batch.addText(t)
          members.push(t)
        }
      }
    }
    // Names rebuilt (a language switch) while a banner is stepped aside stay out of the way with it.
    const hiddenZones = new Set([...(boards.userData as BannerBoardsData).hidden.keys()].map((i) => plans[i]?.zone.id))
    for (const t of members) if (hiddenZones.has(String(t.userData.zoneId))) t.scale.setScalar(0)
    batch.userData.members = members
    return { names: batch, members }
  }, [plans, fontUrl, lang, boards, invalidate])

  useEffect(() => {
    // Starts the layout even if no frame is drawn yet (no-op when the first frame already has).
    names.sync()
    window.__venueTwinBanners = () => {
      if (!laidOut(names)) return null
      const best = new Map<string, { t: Text; facing: number }>()
      for (const t of members) {
        if (!t.userData.main) continue
        const yaw = Number(t.userData.yaw)
        const facing = Math.sin(yaw) * (camera.position.x - t.position.x) + Math.cos(yaw) * (camera.position.z - t.position.z)
        const id = String(t.userData.zoneId)
        if ((best.get(id)?.facing ?? -Infinity) < facing) best.set(id, { t, facing })
      }
      return [...best].map(([zoneId, { t }]) => ({ zoneId, text: t.text, other: (t.userData.pair as Text).text, ...onPage(t, camera, gl.domElement) }))
    }
    window.__venueTwinShowBanners = (on) => {
      names.visible = on
      boards.visible = on
      invalidate()
    }
    return () => {
      delete window.__venueTwinBanners
      delete window.__venueTwinShowBanners
      disposeLettering(names, members)
    }
  }, [names, members, boards, camera, gl, invalidate])

  return (
    <>
      <primitive object={boards} />
      <primitive object={names} />
    </>
  )
}
