import { useEffect, useRef } from 'react'
import { CARD_MARK, markOnce } from '../../state/perfMarks.ts'
import { parentOfSelection } from '../../domain/selection.ts'
import { selectionName, useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { BoothDetails } from './BoothDetails.tsx'
import { ExhibitorCard } from './ExhibitorCard.tsx'
import { SessionCard } from './SessionCard.tsx'
import { ZoneDetails } from './ZoneDetails.tsx'
import { DirectionsPanel } from '../route/DirectionsPanel.tsx'
import { RoutePanel } from '../route/RoutePanel.tsx'

/**
 * Side panel on desktop, bottom sheet on a phone (CSS): what is selected, one level at a time.
 * Its close button, Escape and a click on empty floor all go back one level.
 */
export function Panel() {
  const t = useT()
  const selection = useVenueStore((s) => s.selection)
  const index = useVenueStore((s) => s.index)
  const lang = useVenueStore((s) => s.lang)
  const back = useVenueStore((s) => s.back)
  const routeOpen = useVenueStore((s) => s.routeTo !== null)
  const scrollRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 })
    if (selection) markOnce(CARD_MARK)
  }, [selection])
  if (!selection) return routeOpen ? <RoutePanel /> : null
  const parent = parentOfSelection(index, selection)
  const parentName = selectionName(index, parent, lang)
  return (
    <aside className="panel" aria-label={selectionName(index, selection, lang) ?? selection.id} data-kind={selection.kind}>
      <div className="panel-bar">
        {parent && parentName ? (
          <button type="button" className="panel-back" onClick={() => back()}>
            <span aria-hidden="true">←</span> {parentName}
          </button>
        ) : (
          <span />
        )}
        <button type="button" className="panel-close" aria-label={parent ? t('panel.back') : t('panel.close')} onClick={() => back()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-scroll" ref={scrollRef}>
        {routeOpen && <DirectionsPanel />}
        {selection.kind === 'zone' && <ZoneDetails zoneId={selection.id} />}
        {selection.kind === 'booth' && <BoothDetails boothId={selection.id} />}
        {selection.kind === 'exhibitor' && <ExhibitorCard exhibitorId={selection.id} />}
        {selection.kind === 'session' && <SessionCard sessionId={selection.id} />}
      </div>
    </aside>
  )
}
