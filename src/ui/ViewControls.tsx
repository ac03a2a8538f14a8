import type { ViewMode } from '../state/slices/viewSlice.ts'
import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

const VIEWS: { id: ViewMode; label: 'view.orbit' | 'view.plan' | 'view.walk' }[] = [
  { id: 'orbit', label: 'view.orbit' },
  { id: 'plan', label: 'view.plan' },
  { id: 'walk', label: 'view.walk' },
]

/** 3D / floor plan switch and the tour button. Hidden without WebGL: there is no view to change. */
export function ViewControls({ views = VIEWS }: { views?: typeof VIEWS }) {
  const t = useT()
  const view = useVenueStore((s) => s.view)
  const webgl = useVenueStore((s) => s.webgl)
  const touring = useVenueStore((s) => s.tour !== null)
  const { setView, startTour } = useVenueStore.getState()
  if (webgl === 'unavailable') return null
  return (
    <div className="view-controls">
      <div role="group" aria-label={t('view.label')} className="segmented">
        {views.map((v) => (
          <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
            {t(v.label)}
          </button>
        ))}
      </div>
      <button type="button" className="tour-button" aria-pressed={touring} onClick={() => startTour()} disabled={touring}>
        {t('tour.start')}
      </button>
    </div>
  )
}
