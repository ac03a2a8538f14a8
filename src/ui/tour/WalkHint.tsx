import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/** Walk mode's help line and "where am I", readable by screen readers as it changes. */
export function WalkHint() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const view = useVenueStore((s) => s.view)
  const place = useVenueStore((s) => s.walkPlace)
  const index = useVenueStore((s) => s.index)
  if (view !== 'walk') return null
  const name = place ? (place.kind === 'zone' ? index?.zoneById.get(place.id)?.name[lang] : index?.poiById.get(place.id)?.name[lang]) : null
  return (
    <section className="walk-hint" aria-label={t('view.walk')} data-testid="walk-hint">
      <p className="walk-near" role="status" aria-live="polite">
        {name ? t('walk.near', { place: name }) : t('walk.open')}
      </p>
      <p className="walk-help">{t('walk.hint')}</p>
      <button type="button" onClick={() => useVenueStore.getState().setView('orbit')}>
        {t('walk.exit')}
      </button>
    </section>
  )
}
