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
  // A phone starts with the light plan (ui/plan): "Floor plan" stands for it until another view
  // (or the tour) is chosen, which brings in the 3D view.
  const plan = useVenueStore((s) => s.display === 'plan')
  const { setView, startTour, show3d } = useVenueStore.getState()
  if (webgl === 'unavailable') return null
  const choose = (id: ViewMode): void => {
    if (plan && id === 'plan') return
    if (plan) show3d()
    setView(id)
  }
  return (
    <div className="view-controls">
      <div role="group" aria-label={t('view.label')} className="segmented">
        {views.map((v) => (
          <button key={v.id} type="button" aria-pressed={plan ? v.id === 'plan' : view === v.id} onClick={() => choose(v.id)}>
            {t(v.label)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="tour-button"
        aria-pressed={touring}
        onClick={() => {
          show3d()
          startTour()
        }}
        disabled={touring}
      >
        {t('tour.start')}
      </button>
    </div>
  )
}
