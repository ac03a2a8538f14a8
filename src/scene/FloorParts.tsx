/**
 * What one floor draws of its own: its slab, zone volumes, booths, service points and banners.
 * Memoised, so a floor kept built out of view (KeptFloors.tsx) is not rendered again while its
 * props stay the same.
 */
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react'
import type { Mesh } from 'three'
import type { Polygon } from '../domain/geometry/types.ts'
import type { Lang } from '../domain/i18n/text.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import type { ThemeTokens } from '../domain/theme/themes.ts'
import { Booths } from './Booths.tsx'
import { useFloorLook, type FloorLook } from './floorLook.ts'
import { Markers } from './Markers.tsx'
import { floorGeometry, floorMaterial } from './viewParts.ts'
import { ZoneVolumes } from './ZoneVolumes.tsx'

// The pavilion banners (the font subset on a canvas texture, no troika) join once the first frame is on screen.
const Banners = lazy(() => import('./Banners.tsx'))

export interface FloorPartsProps {
  index: SceneIndex
  /** No hall model stands on this floor: it is drawn on a plain slab of its outline. */
  slab: boolean
  look: FloorLook
  theme: ThemeTokens
  lang: Lang
  /** The venue's first frame is on screen: the volumes and the banners join. */
  afterFirstFrame: boolean
  /** Hung over the pavilions: part of every view but the top-down plan, where they would cover it. */
  banners: boolean
  liveTint: ReadonlyMap<string, string>
  focusZoneId: string | null
  hoverZoneId: string | null
  litBoothIds: ReadonlySet<string> | null
  modelIds: ReadonlySet<string>
  builtZoneId: string | null
}

export const FloorParts = memo(function FloorParts(p: FloorPartsProps) {
  return (
    <>
      {p.slab && <FloorFallback footprint={p.index.scene.venue.hall.footprint} look={p.look} />}
      {/* The pavilion volumes join one frame after the booths. With software WebGL each new
          kind of drawing costs its first frame its pipeline's machine code (measured: the
          translucent volumes and their outlines ~120 ms together, as much as the whole rest of
          that frame), so the booths and service points come on screen first. */}
      {p.afterFirstFrame && <ZoneVolumes index={p.index} theme={p.theme} focusZoneId={p.focusZoneId} hoverZoneId={p.hoverZoneId} liveTint={p.liveTint} />}
      <Booths index={p.index} focusZoneId={p.focusZoneId} litBoothIds={p.litBoothIds} modelIds={p.modelIds} builtZoneId={p.builtZoneId} dimTarget={p.theme.dimTarget} />
      <Markers index={p.index} />
      {p.afterFirstFrame && p.banners && (
        <Suspense fallback={null}>
          <Banners index={p.index} lang={p.lang} />
        </Suspense>
      )}
    </>
  )
})

/** The floor's own footprint as a plain floor (any polygon, not just its bounding box). */
export function FloorFallback({ footprint: hall, look }: { footprint: Polygon; look: FloorLook }) {
  const geometry = useMemo(() => floorGeometry(hall), [hall])
  const material = useMemo(() => floorMaterial(), [])
  const [mesh, setMesh] = useState<Mesh | null>(null)
  useFloorLook(mesh, look)
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return <mesh ref={setMesh} name="floor" geometry={geometry} material={material} />
}
