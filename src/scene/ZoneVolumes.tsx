import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { LineBasicMaterial, MeshBasicMaterial, DoubleSide } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { buildZoneGeometry, setZoneAlpha } from './zoneGeometry.ts'

interface Props {
  index: SceneIndex
  focusZoneId: string | null
  hoverZoneId: string | null
  liveTint?: ReadonlyMap<string, string>
}

/** Translucent zone volumes with a floor tint: readable from straight above and at an angle. */
export function ZoneVolumes({ index, focusZoneId, hoverZoneId }: Props) {
  const zones = index.scene.venue.zones
  const geo = useMemo(() => buildZoneGeometry(zones), [zones])
  const fillMat = useMemo(
    () => new MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, side: DoubleSide }),
    [],
  )
  const lineMat = useMemo(() => new LineBasicMaterial({ vertexColors: true, transparent: true }), [])
  const invalidate = useThree((s) => s.invalidate)

  useEffect(
    () => () => {
      geo.fill.dispose()
      geo.edges.dispose()
    },
    [geo],
  )
  useEffect(
    () => () => {
      fillMat.dispose()
      lineMat.dispose()
    },
    [fillMat, lineMat],
  )

  useEffect(() => {
    for (const z of zones) {
      const range = geo.fillRanges.get(z.id)
      const erange = geo.edgeRanges.get(z.id)
      if (!range || !erange) continue
      const focused = z.id === focusZoneId
      const other = focusZoneId !== null && !focused
      const hovered = z.id === hoverZoneId
      const floorAlpha = focused ? 0.45 : other ? 0.12 : hovered ? 0.5 : 0.32
      const volumeAlpha = focused ? 0.1 : other ? 0.02 : hovered ? 0.2 : 0.09
      setZoneAlpha(geo.fill, range, floorAlpha, volumeAlpha, z.footprint.length)
      const edgeAlpha = focused || hovered ? 1 : other ? 0.25 : 0.75
      setZoneAlpha(geo.edges, erange, edgeAlpha, edgeAlpha, 0)
    }
    invalidate()
  }, [zones, geo, focusZoneId, hoverZoneId, invalidate])

  return (
    <group name="zones">
      <mesh name="zone-volumes" geometry={geo.fill} material={fillMat} renderOrder={2} />
      <lineSegments name="zone-edges" geometry={geo.edges} material={lineMat} renderOrder={3} />
    </group>
  )
}
