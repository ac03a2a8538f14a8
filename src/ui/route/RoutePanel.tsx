import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { DirectionsPanel } from './DirectionsPanel.tsx'

/**
 * The side panel when directions are open and nothing is selected (a `from=&to=` link, the
 * automation API): the directions alone, closed with × like any panel.
 */
export function RoutePanel() {
  const t = useT()
  const clearRoute = useVenueStore((s) => s.clearRoute)
  return (
    <aside className="panel" aria-label={t('route.title')} data-kind="route">
      <div className="panel-bar">
        <span />
        <button type="button" className="panel-close" aria-label={t('route.clear')} onClick={() => clearRoute('user')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-scroll">
        <DirectionsPanel />
      </div>
    </aside>
  )
}
