/**
 * What stands on the booths of the zone in view (domain/booth/boothParts.ts): shell walls and
 * stage backdrops, counters, screens, fascia pylons, lounge seats. Its own lazy chunk, mounted
 * only for the zone in view, like the fascias: the overview builds none of it, and each part
 * kind is one InstancedMesh under the booths' own material (no new shader program), so a zone
 * of 30 or 3,000 booths costs the same five draw calls.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Color, InstancedMesh, Matrix4, type BufferGeometry, type Material } from 'three'
import { planBoothParts, type BoothPart, type PartKind } from '../domain/booth/boothParts.ts'
import { zoneBoothTypes } from '../domain/scene/boothType.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { boothBoxGeometry, boothMaterial } from './viewParts.ts'
import { useBoothPartPicker } from './overlayPicks.ts'
import { useOwnedMesh } from './useOwnedMesh.ts'

/** The meshes, and which part kinds each draws. */
const MESHES: readonly { name: string; kinds: readonly PartKind[] }[] = [
  { name: 'booth-walls', kinds: ['wall', 'backdrop'] },
  { name: 'booth-counters', kinds: ['counter'] },
  { name: 'booth-screens', kinds: ['screen'] },
  { name: 'booth-pylons', kinds: ['pylon'] },
  { name: 'booth-seats', kinds: ['seat'] },
]

export interface BoothPropsReading {
  zoneId: string
  /** Per mesh: its draw-call count (1 when it has instances) and the parts drawn, by booth. */
  meshes: { name: string; instances: number; visible: boolean }[]
  parts: BoothPart[]
  /** Every booth of the zone: the type it is built as and the side its fascia faces. */
  types: { boothId: string; type: string; explicit: boolean; front: string }[]
}
declare global {
  interface Window {
    /** Test hook: the booth parts drawn now for the zone in view. */
    __venueTwinBoothProps?: () => BoothPropsReading
    /** Test hook: show or hide one of the part meshes, to compare the canvas with and without it. */
    __venueTwinShowBoothProps?: (name: string, on: boolean) => void
  }
}

function colourOf(kind: PartKind, board: string): string {
  // Shell-scheme panels are white; pylons and backdrops carry the pavilion's board colour.
  if (kind === 'wall') return '#e9edf1'
  if (kind === 'counter') return '#f4efe6'
  if (kind === 'screen') return '#141b26'
  if (kind === 'seat') return '#b98b5e'
  return board
}

function buildMesh(name: string, parts: readonly BoothPart[], geometry: BufferGeometry, material: Material, board: string): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, Math.max(1, parts.length))
  mesh.name = name
  mesh.count = parts.length
  mesh.visible = parts.length > 0
  // Picking goes through the domain grid (the booth's volume holds its parts; pylons are registered apart).
  mesh.raycast = () => undefined
  const m = new Matrix4()
  const c = new Color()
  parts.forEach((p, i) => {
    // The shared geometry stands on y = 0: its centre sits half a height up.
    m.makeScale(p.sx, p.sy, p.sz).setPosition(p.x, p.y - p.sy / 2, p.z)
    mesh.setMatrixAt(i, m)
    mesh.setColorAt(i, c.set(colourOf(p.kind, board)))
  })
  mesh.instanceMatrix.needsUpdate = true
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  mesh.computeBoundingSphere()
  return mesh
}

interface Props {
  index: SceneIndex
  zoneId: string
  hiddenIds?: ReadonlySet<string>
  /** Told which zone is built once its parts are in the scene (null when they go), so the booth bodies shrink just then. */
  onBuilt?: (zoneId: string | null) => void
}

export default function BoothProps({ index, zoneId, hiddenIds, onBuilt }: Props) {
  const invalidate = useThree((s) => s.invalidate)
  const { geometry, material } = useOwnedMesh(boothBoxGeometry, boothMaterial)
  const types = useMemo(() => zoneBoothTypes(index, zoneId), [index, zoneId])
  const parts = useMemo(() => {
    const booths = (index.boothsByZone.get(zoneId) ?? []).filter((b) => !hiddenIds?.has(`booth:${b.id}`))
    return planBoothParts(booths, types, (id) => (index.exhibitorsByBooth.get(id)?.length ?? 0) > 0, DEFAULT_BOOTH_HEIGHT)
  }, [index, zoneId, types, hiddenIds])
  // A pylon stands outside its booth's prism in the pick grid: pointed at, it is the booth.
  const pylons = useMemo(
    () =>
      parts
        .filter((p) => p.kind === 'pylon')
        .map((p) => ({ boothId: p.boothId, minX: p.x - p.sx / 2, maxX: p.x + p.sx / 2, minY: p.y - p.sy / 2, maxY: p.y + p.sy / 2, minZ: p.z - p.sz / 2, maxZ: p.z + p.sz / 2 })),
    [parts],
  )
  useBoothPartPicker(pylons)
  const board = zonePalette(index.zoneById.get(zoneId)?.color ?? '#335577').board
  const meshes = useMemo(
    () => MESHES.map(({ name, kinds }) => buildMesh(name, parts.filter((p) => kinds.includes(p.kind)), geometry, material, board)),
    [parts, geometry, material, board],
  )
  useEffect(() => {
    invalidate()
    onBuilt?.(zoneId)
    window.__venueTwinBoothProps = () => ({
      zoneId,
      meshes: meshes.map((m) => ({ name: m.name, instances: m.count, visible: m.visible })),
      parts,
      types: [...types].map(([boothId, t]) => ({ boothId, type: t.type, explicit: t.explicit, front: t.sides.front.side })),
    })
    window.__venueTwinShowBoothProps = (name, on) => {
      for (const m of meshes) if (m.name === name) m.visible = on && m.count > 0
      invalidate()
    }
    return () => {
      delete window.__venueTwinBoothProps
      delete window.__venueTwinShowBoothProps
      // The geometry and material are shared; only the instance buffers are the meshes' own.
      for (const m of meshes) m.dispose()
      onBuilt?.(null)
      invalidate()
    }
  }, [meshes, parts, types, zoneId, invalidate, onBuilt])
  return (
    <>
      {meshes.map((m) => (
        <primitive key={m.name} object={m} />
      ))}
    </>
  )
}
