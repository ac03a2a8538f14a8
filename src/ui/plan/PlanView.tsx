/**
 * The light floor plan a phone starts with (src/domain/device/startView.ts): the hall, its
 * zones and booths as one SVG drawing, with the selected booths, the focused zone and a route
 * marked — where the card the visitor came for is, without three.js. It draws once per change
 * (no frame loop). A tap on a booth or zone selects it, as in 3D; the list beside it remains the
 * way to reach every place by keyboard and screen reader, so the drawing is one image for them.
 */
import { useEffect, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Point2 } from '../../domain/geometry/types.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { focusZoneId, selectedBoothIds, selectionName, useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

const pathOf = (points: readonly (readonly [number, number])[]): string => `M${points.map(([x, z]) => `${round(x)} ${round(z)}`).join('L')}Z`
const round = (v: number): number => Math.round(v * 10) / 10

interface PlanShapes {
  viewBox: string
  hall: string
  zones: { id: string; d: string; color: string }[]
  booths: { id: string; d: string }[]
}

function planShapes(index: SceneIndex): PlanShapes {
  const { venue } = index.scene
  const xs = venue.hall.footprint.map((p) => p[0])
  const zs = venue.hall.footprint.map((p) => p[1])
  const margin = 4
  const [minX, minZ] = [Math.min(...xs) - margin, Math.min(...zs) - margin]
  return {
    viewBox: `${round(minX)} ${round(minZ)} ${round(Math.max(...xs) + margin - minX)} ${round(Math.max(...zs) + margin - minZ)}`,
    hall: pathOf(venue.hall.footprint),
    zones: venue.zones.map((z) => ({ id: z.id, d: pathOf(z.footprint), color: z.color })),
    booths: venue.booths.map((b) => ({ id: b.id, d: pathOf(b.footprint) })),
  }
}

export function PlanView() {
  const t = useT()
  const index = useVenueStore((s) => s.index)
  const lang = useVenueStore((s) => s.lang)
  const saveData = useVenueStore((s) => s.saveData)
  const boothIds = useVenueStore(useShallow(selectedBoothIds))
  const focusZone = useVenueStore(focusZoneId)
  const route = useVenueStore((s) => s.route)
  const place = useVenueStore((s) => selectionName(s.index, s.selection, s.lang))
  const shapes = useMemo(() => (index ? planShapes(index) : null), [index])
  const lit = useMemo(() => new Set(boothIds), [boothIds])

  // The plan is the first view: once it is on screen, the parts that wait for the first view start.
  useEffect(() => {
    if (!shapes) return
    let timer = 0
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => useVenueStore.getState().setPlanDrawn())))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [shapes])

  if (!index || !shapes) return null
  const venue = index.scene.venue.name[lang]
  const onClick = (e: React.MouseEvent<SVGSVGElement>): void => {
    const target = (e.target as Element).closest('[data-booth],[data-zone]')
    const booth = target?.getAttribute('data-booth')
    const zone = target?.getAttribute('data-zone')
    const { select } = useVenueStore.getState()
    if (booth) select({ kind: 'booth', id: booth })
    else if (zone) select({ kind: 'zone', id: zone })
  }
  return (
    <div className="plan-view" data-testid="plan-view">
      <svg
        className="plan-svg"
        viewBox={shapes.viewBox}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={place ? t('plan.labelWith', { venue, place }) : t('plan.label', { venue })}
        onClick={onClick}
      >
        <path d={shapes.hall} className="plan-hall" />
        {shapes.zones.map((z) => (
          <path key={z.id} d={z.d} data-zone={z.id} className="plan-zone" style={{ fill: z.color, stroke: z.color }} data-focus={z.id === focusZone || undefined} />
        ))}
        {shapes.booths.map((b) => (
          <path key={b.id} d={b.d} data-booth={b.id} className="plan-booth" data-lit={lit.has(b.id) || undefined} />
        ))}
        {route && <polyline className="plan-route" points={route.points.map((p: Point2) => `${round(p[0])},${round(p[1])}`).join(' ')} />}
      </svg>
      {saveData && <p className="plan-note">{t('plan.saveData')}</p>}
    </div>
  )
}
