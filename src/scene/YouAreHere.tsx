import { Html } from '@react-three/drei'
import { useEffect, useMemo } from 'react'
import { DoubleSide, MeshBasicMaterial, RingGeometry } from 'three'
import { translate } from '../domain/i18n/messages.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { onFocusedFloor } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

const RING_COLOR = '#e6007e'

/**
 * "You are here": at this kiosk in kiosk mode, else at the start of the route being shown.
 * Where a route starts at the same spot its start disc marks the floor; otherwise a ring does.
 * The label is an HTML overlay that takes no pointer events and is hidden from screen readers
 * (the directions panel says where the route starts).
 */
export function YouAreHere({ lang }: { lang: Lang }) {
  // Only on the level in view: the kiosk's own, the route's first.
  const kioskAt = useVenueStore((s) => {
    const k = s.mode === 'kiosk' && s.kioskId ? s.index?.kioskById.get(s.kioskId) : undefined
    return k && onFocusedFloor(s, k.levelId) ? k.position : null
  })
  const routeStart = useVenueStore((s) => (s.route && onFocusedFloor(s, s.route.legs[0]!.levelId) ? (s.route.points[0] ?? null) : null))
  const geometry = useMemo(() => {
    const g = new RingGeometry(1.5, 2.1, 40)
    g.rotateX(-Math.PI / 2)
    g.translate(0, 0.1, 0)
    return g
  }, [])
  const material = useMemo(() => new MeshBasicMaterial({ color: RING_COLOR, side: DoubleSide }), [])
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
    },
    [geometry, material],
  )
  const at = kioskAt ?? routeStart
  if (!at) return null
  const onRouteStart = routeStart !== null && Math.hypot(routeStart[0] - at[0], routeStart[1] - at[1]) < 0.5
  return (
    <group name="you-are-here" position={[at[0], 0, at[1]]}>
      {!onRouteStart && <mesh geometry={geometry} material={material} raycast={() => null} />}
      <Html position={[0, 4.2, 0]} center zIndexRange={[25, 21]} style={{ pointerEvents: 'none' }}>
        <div className="you-are-here" aria-hidden="true" data-testid="you-are-here">
          {translate(lang, 'route.youAreHere')}
        </div>
      </Html>
    </group>
  )
}
