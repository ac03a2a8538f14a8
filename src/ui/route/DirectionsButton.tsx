import { defaultStartId } from '../../domain/routing/route.ts'
import { resolvePlace } from '../../domain/routing/targets.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/**
 * "Directions" on a card: opens the directions panel with a route to this place, from the start
 * the visitor chose before, else this kiosk (kiosk mode), else the main entrance.
 */
export function DirectionsButton({ targetId }: { targetId: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const place = index ? resolvePlace(index, targetId) : null
  if (!index || !place) return null
  const open = (): void => {
    const s = useVenueStore.getState()
    const from = s.routeFrom ?? defaultStartId(index, s.mode === 'kiosk' ? s.kioskId : null)
    if (from) s.setRoute(from, targetId, { source: 'user' })
  }
  return (
    <button type="button" className="directions-button" aria-label={t('route.directionsTo', { place: place.name[lang] })} onClick={open}>
      <span aria-hidden="true">➜ </span>
      {t('route.directions')}
    </button>
  )
}
