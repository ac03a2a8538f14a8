import { tourStops } from '../../domain/tour/tourStops.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/** The caption card of the guided tour, with its own controls (they don't end the tour). */
export function TourCaption() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const tour = useVenueStore((s) => s.tour)
  const index = useVenueStore((s) => s.index)
  const { tourGo, tourPause, stopTour } = useVenueStore.getState()
  if (!tour || !index) return null
  const stops = tourStops(index)
  const zone = stops[tour.step]
  if (!zone) return null
  return (
    <section className="tour-caption" aria-label={t('tour.label')} data-tour-control="" data-testid="tour-caption">
      <p className="tour-step">{t('tour.stop', { n: tour.step + 1, total: stops.length })}</p>
      <div aria-live="polite" aria-atomic="true">
        <h2 className="tour-title" style={{ borderColor: zone.color }}>
          {zone.name[lang]}
        </h2>
        <p className="tour-summary">{zone.summary[lang]}</p>
        {zone.highlights && zone.highlights.length > 0 && (
          <ul className="tour-highlights" aria-label={t('tour.highlights')}>
            {zone.highlights.map((h, i) => (
              <li key={i}>{h[lang]}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="tour-controls">
        <button type="button" onClick={() => tourGo(Math.max(0, tour.step - 1))} disabled={tour.step === 0}>
          {t('tour.previous')}
        </button>
        <button type="button" aria-pressed={tour.paused} onClick={() => tourPause(!tour.paused)}>
          {tour.paused ? t('tour.resume') : t('tour.pause')}
        </button>
        <button type="button" onClick={() => (tour.step + 1 < stops.length ? tourGo(tour.step + 1) : stopTour())}>
          {t('tour.next')}
        </button>
        <button type="button" onClick={() => stopTour()}>
          {t('tour.exit')}
        </button>
      </div>
    </section>
  )
}
