/**
 * Fascia boards: along the front of every booth of the zone in view, a board in the pavilion's
 * colour with the exhibitor's name in the current language. Loaded as its own chunk after the
 * first frame (troika-three-text and the font subset are not on the start-up path), drawn only
 * for the zone in view — near enough to read, no layout work for far booths — and batched: all
 * boards one InstancedMesh, all names one BatchedText (SDF glyphs in one atlas), and the
 * exhibitors' logos (beside the name) one mesh on the scene's logo atlas: three draw calls at
 * most, whatever the venue's size.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { Camera, Object3D } from 'three'
import { BoxGeometry, InstancedMesh, Matrix4, MeshLambertMaterial, Quaternion, Vector3 } from 'three'
import { useLogoAtlas } from '../state/useLogoAtlas.ts'
import { FasciaLogos, LOGO_GAP, LOGO_SIDE, type LogoCentre } from './FasciaLogos.tsx'
import { Text } from 'troika-three-text'
import { OUTWARD, sideYaw } from '../domain/fascia/boothFront.ts'
import { fasciaMount } from '../domain/fascia/fasciaMount.ts'
import { zoneBoothTypes } from '../domain/scene/boothType.ts'
import { fasciaDisplay } from '../domain/fascia/fasciaText.ts'
import type { Lang } from '../domain/i18n/text.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { disposeMesh } from './disposeMesh.ts'
import { useBoothPartPicker } from './overlayPicks.ts'
import { fontUrlOf } from '../data/sceneLooks.ts'
import { ems, onPage } from './lettering.ts'
import { disposeLettering, laidOut, newLettering } from './textFont.ts'

/** Board: height and depth, metres; it stands on the booth's front edge, above its top. */
const BOARD_H = 1.3
const BOARD_D = 0.08
/** Name size limits, metres (em height): as large as the board allows, two lines at most. */
const MAX_FONT = 0.9
const MIN_FONT = 0.42

export interface FasciaPlan {
  boothId: string
  text: string
  /** Board centre and yaw. */
  x: number
  y: number
  z: number
  yaw: number
  width: number
  fontSize: number
  wrap: boolean
  /** The exhibitor, when it has a logo: drawn at the board's left end, the name beside it. */
  logoOf: string | null
  /** Along the board, from its centre (to the reader's right): the logo's centre and the name's. */
  logoAt: number
  textAt: number
}

export function planFascias(index: SceneIndex, zoneId: string, lang: Lang): FasciaPlan[] {
  const booths = index.boothsByZone.get(zoneId) ?? []
  const typed = zoneBoothTypes(index, zoneId)
  const out: FasciaPlan[] = []
  for (const b of booths) {
    const exhibitor = index.exhibitorsByBooth.get(b.id)?.[0]
    const t = typed.get(b.id)
    if (!exhibitor || !t) continue
    const front = t.sides.front
    const text = fasciaDisplay(exhibitor.name[lang])
    const width = front.length * 0.94
    // A logo takes a square at the left end, when the board is wide enough to keep room for the name.
    const logo = exhibitor.logo !== undefined && width >= LOGO_SIDE * 3
    const room = logo ? width - LOGO_SIDE - 2 * LOGO_GAP : width
    const fit = (room * 0.9) / ems(text)
    const fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, fit))
    const [ox, oz] = OUTWARD[front.side]
    out.push({
      boothId: b.id,
      text,
      x: front.mid[0] + ox * BOARD_D,
      // On a shell's walls, or on an open stand's pylon (domain/fascia/fasciaMount.ts).
      y: fasciaMount(t.type, b.height ?? DEFAULT_BOOTH_HEIGHT).bottom + BOARD_H / 2,
      z: front.mid[1] + oz * BOARD_D,
      yaw: sideYaw(front.side),
      width,
      fontSize,
      wrap: fit < MIN_FONT,
      logoOf: logo ? exhibitor.id : null,
      logoAt: -width / 2 + LOGO_GAP + LOGO_SIDE / 2,
      textAt: logo ? (LOGO_SIDE + LOGO_GAP) / 2 : 0,
    })
  }
  return out
}

/** What a test reads back from the scene graph: each name's text and where it is on screen (CSS px). */
export interface FasciaReading {
  boothId: string
  text: string
  x: number
  y: number
  /** The logo beside the name, where its atlas has one: its centre on screen (the face turned to the camera) and whether it is drawn. */
  logo?: { x: number; y: number; drawn: boolean }
}
declare global {
  interface Window {
    /** Test hook: the fascia names drawn now, read from their Text objects (null until laid out). */
    __venueTwinFascias?: () => FasciaReading[] | null
    /** Test hook: show or hide the names' object, to compare the canvas with and without them. */
    __venueTwinShowFasciaNames?: (on: boolean) => void
  }
}

/** The logos' readings by booth: the face turned to the camera (FasciaLogos keeps the centres in the mesh's userData). */
function logoReadings(parent: Object3D | null, camera: Camera, canvas: HTMLCanvasElement): Map<string, NonNullable<FasciaReading['logo']>> {
  const out = new Map<string, NonNullable<FasciaReading['logo']>>()
  const mesh = parent?.getObjectByName('fascia-logos')
  const centres = (mesh?.userData.centres ?? []) as LogoCentre[]
  for (const { boothId, at, normal } of centres) {
    const facing = (camera.position.x - at.position.x) * normal[0] + (camera.position.z - at.position.z) * normal[1] > 0
    if (facing) out.set(boothId, { ...onPage(at.position, camera, canvas), drawn: mesh!.visible && mesh!.userData.ready === true })
  }
  return out
}

export default function Fascias({ index, zoneId, lang }: { index: SceneIndex; zoneId: string; lang: Lang }) {
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const fontUrl = fontUrlOf(index.scene.venue.id)
  const plans = useMemo(() => planFascias(index, zoneId, lang), [index, zoneId, lang])
  const zoneColour = index.zoneById.get(zoneId)?.color ?? '#335577'
  // Fetched only for a zone whose boards carry a logo.
  const atlas = useLogoAtlas(plans.some((p) => p.logoOf))

  const boards = useMemo(() => {
    const geometry = new BoxGeometry(1, 1, 1)
    const material = new MeshLambertMaterial({ color: zonePalette(zoneColour).board })
    const mesh = new InstancedMesh(geometry, material, Math.max(1, plans.length))
    mesh.name = 'fascia-boards'
    mesh.count = plans.length
    const m = new Matrix4()
    const q = new Quaternion()
    const up = new Vector3(0, 1, 0)
    plans.forEach((p, i) => {
      m.compose(new Vector3(p.x, p.y, p.z), q.setFromAxisAngle(up, p.yaw), new Vector3(p.width, BOARD_H, BOARD_D))
      mesh.setMatrixAt(i, m)
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
    return mesh
  }, [plans, zoneColour])
  useEffect(() => () => disposeMesh(boards), [boards])
  // The boards stand above their booths' prisms in the pick grid: pointed at, a board is its booth.
  const boardBoxes = useMemo(
    () =>
      plans.map((p) => {
        const [hx, hz] = Math.abs(Math.cos(p.yaw)) > 0.5 ? [p.width / 2, BOARD_D / 2] : [BOARD_D / 2, p.width / 2]
        return { boothId: p.boothId, minX: p.x - hx, maxX: p.x + hx, minY: p.y - BOARD_H / 2, maxY: p.y + BOARD_H / 2, minZ: p.z - hz, maxZ: p.z + hz }
      }),
    [plans],
  )
  useBoothPartPicker(boardBoxes)

  const { names, members } = useMemo(() => {
    const members: Text[] = []
    const batch = newLettering('fascia-names', fontUrl, invalidate)
    for (const p of plans) {
      // Both faces of the board carry the name: it stands above the booths, read from either aisle.
      for (const back of [false, true]) {
        const t = new Text()
        t.text = p.text
        t.font = fontUrl
        t.fontSize = p.fontSize
        t.color = '#ffffff'
        t.anchorX = 'center'
        t.anchorY = 'middle'
        t.textAlign = 'center'
        t.lineHeight = 1.05
        if (p.wrap) {
          t.maxWidth = (p.logoOf ? p.width - LOGO_SIDE - 2 * LOGO_GAP : p.width) * 0.92
          t.whiteSpace = 'normal'
          t.overflowWrap = 'break-word'
        } else t.whiteSpace = 'nowrap'
        // Just off the board's face.
        const yaw = back ? p.yaw + Math.PI : p.yaw
        const out = BOARD_D / 2 + 0.01
        // The face's rightward direction is (cos yaw, −sin yaw): the name sits right of the logo on both faces.
        const along = p.textAt
        t.position.set(p.x + Math.sin(yaw) * out + Math.cos(yaw) * along, p.y, p.z + Math.cos(yaw) * out - Math.sin(yaw) * along)
        t.rotation.y = yaw
        t.userData = { boothId: p.boothId, back }
        batch.addText(t)
        members.push(t)
      }
    }
    return { names: batch, members }
  }, [plans, fontUrl, invalidate])
  useEffect(() => {
    // Starts the layout even if no frame is drawn yet (no-op when the first frame already has).
    names.sync()
    window.__venueTwinFascias = () => {
      if (!laidOut(names)) return null
      const logos = logoReadings(names.parent, camera, gl.domElement)
      return members
        .filter((t) => !t.userData.back)
        .map((t) => {
          const boothId = String(t.userData.boothId)
          const logo = logos.get(boothId)
          return { boothId, text: t.text, ...onPage(t.position, camera, gl.domElement), ...(logo ? { logo } : {}) }
        })
    }
    window.__venueTwinShowFasciaNames = (on) => {
      names.visible = on
      invalidate()
    }
    return () => {
      delete window.__venueTwinFascias
      delete window.__venueTwinShowFasciaNames
      disposeLettering(names, members)
    }
  }, [names, members, camera, gl, invalidate])

  return (
    <>
      <primitive object={boards} />
      <primitive object={names} />
      {atlas && <FasciaLogos plans={plans} atlas={atlas} boardDepth={BOARD_D} />}
    </>
  )
}
