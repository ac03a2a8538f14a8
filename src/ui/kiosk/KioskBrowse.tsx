import { useMemo } from 'react'
import { facetCounts, filterExhibitors, sortExhibitors } from '../../domain/directory/directory.ts'
import { hasFilters, NO_FILTERS } from '../../domain/directory/filters.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { countryName } from '../format.ts'

type Facet = 'country' | 'sector'

/**
 * One-tap browsing: a pavilion opens the zone; a country or a sector sets the directory filter
 * (its booths light up in the hall) and lists its exhibitors, each one more tap from its card.
 * One filter at a time: a visitor at a screen browses, they do not build queries.
 */
export function KioskBrowse() {
  const t = useT()
  const index = useVenueStore((s) => s.index)
  const lang = useVenueStore((s) => s.lang)
  const filters = useVenueStore((s) => s.directoryFilters)
  const { select, setDirectoryFilter, clearDirectoryFilters } = useVenueStore.getState()

  const counts = useMemo(() => (index ? facetCounts(index, NO_FILTERS) : null), [index])
  const members = useMemo(() => (index && hasFilters(filters) ? sortExhibitors(index, filterExhibitors(index, filters), 'name', lang) : null), [index, filters, lang])
  if (!index || !counts) return null

  const sectorName = (id: string): string => index.scene.sectors.find((s) => s.id === id)?.name[lang] ?? id
  const active: { facet: Facet; id: string } | null = filters.country ? { facet: 'country', id: filters.country } : filters.sector ? { facet: 'sector', id: filters.sector } : null
  const activeName = active ? (active.facet === 'country' ? countryName(active.id, lang) : sectorName(active.id)) : ''
  const choose = (facet: Facet, id: string): void => {
    const on = filters[facet] === id
    clearDirectoryFilters()
    if (!on) setDirectoryFilter(facet, id)
  }
  const countries = [...counts.country.entries()]
    .map(([code, count]) => ({ code, name: countryName(code, lang), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang === 'zh' ? 'zh-CN' : 'en'))
  const sectors = index.scene.sectors.filter((s) => counts.sector.has(s.id))
  const zones = index.scene.venue.zones.filter((z) => counts.zone.has(z.id))
  const chip = (facet: Facet, id: string, label: string, count: number) => (
    <li key={`${facet}:${id}`}>
      <button type="button" className="kiosk-chip" aria-pressed={filters[facet] === id} onClick={() => choose(facet, id)}>
        <span>{label}</span> <span className="kiosk-chip-count">{count}</span>
      </button>
    </li>
  )

  return (
    <div className="kiosk-browse">
      {members && (
        <section className="kiosk-facet-results" aria-labelledby="kiosk-facet-title" data-testid="kiosk-facet-results">
          <div className="kiosk-facet-bar">
            <h2 id="kiosk-facet-title">{t('kiosk.browse.showing', { name: activeName, count: members.length })}</h2>
            <button type="button" className="kiosk-chip" onClick={() => clearDirectoryFilters()}>
              {t('kiosk.browse.clear')}
            </button>
          </div>
          <ul className="kiosk-result-list">
            {members.map((e) => (
              <li key={e.id}>
                <button type="button" className="kiosk-result" onClick={() => select({ kind: 'exhibitor', id: e.id })}>
                  <span className="kiosk-result-title">{e.name[lang]}</span>
                  <span className="kiosk-result-meta">{t('panel.booth', { label: e.boothIds.map((b) => index.boothById.get(b)?.label ?? b).join(', ') })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="kiosk-browse-zones">
        <h2 id="kiosk-browse-zones">{t('kiosk.browse.pavilions')}</h2>
        <ul className="kiosk-zone-list">
          {zones.map((z) => (
            <li key={z.id}>
              <button type="button" className="kiosk-zone" style={{ borderLeftColor: z.color }} onClick={() => select({ kind: 'zone', id: z.id })}>
                <span className="kiosk-result-title">{z.name[lang]}</span>
                <span className="kiosk-result-meta">{t('kiosk.browse.count', { count: counts.zone.get(z.id) ?? 0 })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kiosk-browse-countries">
        <h2 id="kiosk-browse-countries">{t('kiosk.browse.countries')}</h2>
        <ul className="kiosk-chips">{countries.map((c) => chip('country', c.code, c.name, c.count))}</ul>
      </section>
      <section aria-labelledby="kiosk-browse-sectors">
        <h2 id="kiosk-browse-sectors">{t('kiosk.browse.sectors')}</h2>
        <ul className="kiosk-chips">{sectors.map((s) => chip('sector', s.id, s.name[lang], counts.sector.get(s.id) ?? 0))}</ul>
      </section>
    </div>
  )
}
