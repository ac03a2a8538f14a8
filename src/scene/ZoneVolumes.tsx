import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { AdditiveBlending, Color, NormalBlending, type BufferAttribute, type BufferGeometry, type LineBasicMaterial } from 'three'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { ThemeTokens } from '../domain/theme/themes.ts'
import { zonePalette } from '../domain/theme/zonePalette.ts'
import { zoneEdgeMaterial, zoneFillMaterial } from './viewParts.ts'
import { buildZoneGeometry, setZoneAlpha } from './zoneGeometry.ts'

interface Props {
  index: SceneIndex
  theme: ThemeTokens
  focusZoneId: string | null
  hoverZoneId: string | null
  /** Occupancy colour per zone (live twin): tints the floor and its outline; walls keep the zone's colour. */
  liveTint?: ReadonlyMap<string, string>
}

/** Translucent zone volumes with a floor tint: readable from straight above and at an angle. */
export function ZoneVolumes({ index, theme, focusZoneId, hoverZoneId, liveTint }: Props) {
  const zones = index.scene.venue.zones
  const geo = useMemo(() => buildZoneGeometry(zones), [zones])
  const fillMat = useMemo(() => zoneFillMaterial(), [])
  const lineMat = useMemo(() => zoneEdgeMaterial(), [])
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
      // A tinted floor carries information, so it stays more opaque than a decorative one.
      const tinted = liveTint?.has(z.id) ? 0.18 : 0
      const floorAlpha = Math.min(0.85, (focused ? 0.45 : other ? 0.12 : hovered ? 0.5 : 0.32) + tinted)
      const volumeAlpha = focused ? 0.1 : other ? 0.02 : hovered ? 0.2 : 0.09
      setZoneAlpha(geo.fill, range, floorAlpha, volumeAlpha, z.footprint.length)
      const edgeAlpha = focused || hovered ? 1 : other ? 0.25 : theme.outlineOpacity
      setZoneAlpha(geo.edges, erange, edgeAlpha, edgeAlpha, 0)
    }
    invalidate()
  }, [zones, geo, focusZoneId, hoverZoneId, liveTint, theme, invalidate])

  // The twin's outlines glow: added onto what is behind them, at full brightness (not tone
  // mapped), without a bloom pass or a second line mesh.
  useEffect(() => {
    if (setGlow(lineMat as LineBasicMaterial, theme.outlineGlow)) invalidate()
  }, [lineMat, theme, invalidate])

  // Colours change in place on the merged geometry: still one draw call for all zones.
  useEffect(() => {
    const c = new Color()
    for (const z of zones) {
      const range = geo.fillRanges.get(z.id)
      const erange = geo.edgeRanges.get(z.id)
      if (!range || !erange) continue
      c.set(liveTint?.get(z.id) ?? zonePalette(z.color).theme)
      setRangeColor(geo.fill, range[0], range[0] + z.footprint.length, c)
      // Edge vertices come in sixes per corner (top, bottom, vertical line): tint the bottom pair.
      for (let i = erange[0] + 2; i + 1 < erange[1]; i += 6) setRangeColor(geo.edges, i, i + 2, c)
    }
    invalidate()
  }, [zones, geo, liveTint, invalidate])

  return (
    <group name="zones">
      <mesh name="zone-volumes" geometry={geo.fill} material={fillMat} renderOrder={2} />
      <lineSegments name="zone-edges" geometry={geo.edges} material={lineMat} renderOrder={3} />
    </group>
  )
}

/** Additive and untouched by tone mapping when glowing; whether anything changed. */
function setGlow(m: LineBasicMaterial, glow: boolean): boolean {
  const blending = glow ? AdditiveBlending : NormalBlending
  if (m.blending === blending) return false
  m.blending = blending
  m.toneMapped = !glow
  m.needsUpdate = true
  return true
}

function setRangeColor(geo: BufferGeometry, from: number, to: number, c: Color): void {
  const attr = geo.getAttribute('color') as BufferAttribute
  for (let i = from; i < to; i++) attr.setXYZ(i, c.r, c.g, c.b)
  attr.needsUpdate = true
}
