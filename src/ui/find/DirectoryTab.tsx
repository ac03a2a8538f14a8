import { useMemo, useState } from 'react'
import { facetCounts, facetTotals, facetValues, filterExhibitors, firstBoothLabel, sortExhibitors } from '../../domain/directory/directory.ts'
import { DIRECTORY_FACETS, hasFilters, type DirectoryFacet, type DirectorySort } from '../../domain/directory/filters.ts'
import { localeOf, type MessageKey } from '../../domain/i18n/messages.ts'
import type { Lang } from '../../domain/i18n/text.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { countryName } from '../format.ts'
import { ZoneChip } from '../panel/ZoneChip.tsx'
import { StarButton } from './StarButton.tsx'

/** Rows rendered at once: a Canton-Fair-sized venue lists thousands. */
const PAGE = 100

const FACET_LABEL: Record<DirectoryFacet, MessageKey> = { zone: 'find.dir.zone', country: 'find.dir.country', sector: 'find.dir.sector' }

function valueName(index: SceneIndex, facet: DirectoryFacet, value: string, lang: Lang): string {
  if (facet === 'zone') return index.zoneById.get(value)?.name[lang] ?? value
  if (facet === 'country') return countryName(value, lang)
  return index.scene.sectors.find((s) => s.id === value)?.name[lang] ?? value
}

/**
 * Browse every exhibitor: filter by zone, country and sector (each option says how many
 * exhibitors it would leave), sort by name or booth. A filter lights its booths in 3D.
 */
export function DirectoryTab() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const filters = useVenueStore((s) => s.directoryFilters)
  const sort = useVenueStore((s) => s.directorySort)
  const litCount = useVenueStore((s) => (s.litBy === 'directory' ? (s.litBoothIds?.length ?? 0) : null))
  const selection = useVenueStore((s) => s.selection)
  const { setDirectoryFilter, clearDirectoryFilters, setDirectorySort, select } = useVenueStore.getState()
  const [shown, setShown] = useState(PAGE)

  const counts = useMemo(() => (index ? facetCounts(index, filters) : null), [index, filters])
  const totals = useMemo(() => (index ? facetTotals(index, filters) : null), [index, filters])
  const list = useMemo(() => (index ? sortExhibitors(index, filterExhibitors(index, filters), sort, lang) : []), [index, filters, sort, lang])
  const options = useMemo(() => {
    if (!index) return null
    const collator = new Intl.Collator(localeOf(lang))
    const out = {} as Record<DirectoryFacet, { value: string; name: string }[]>
    for (const facet of DIRECTORY_FACETS) {
      const values = facetValues(index, facet).map((value) => ({ value, name: valueName(index, facet, value, lang) }))
      // Zones keep the venue's order; countries and sectors read alphabetically.
      if (facet !== 'zone') values.sort((a, b) => collator.compare(a.name, b.name))
      out[facet] = values
    }
    return out
  }, [index, lang])
  if (!index || !counts || !totals || !options) return null

  return (
    <section className="directory" aria-labelledby="directory-title">
      <h2 id="directory-title" className="find-title">
        {t('find.dir.title')}
      </h2>
      <fieldset className="directory-filters">
        <legend className="visually-hidden">{t('find.dir.filters')}</legend>
        {DIRECTORY_FACETS.map((facet) => (
          <label key={facet} className="field">
            <span className="field-label">{t(FACET_LABEL[facet])}</span>
            <select
              value={filters[facet] ?? ''}
              data-facet={facet}
              onChange={(e) => {
                setDirectoryFilter(facet, e.target.value || null)
                setShown(PAGE)
              }}
            >
              <option value="">{t('find.dir.all', { count: totals[facet] })}</option>
              {options[facet].map(({ value, name }) => {
                const count = counts[facet].get(value) ?? 0
                return (
                  <option key={value} value={value} disabled={count === 0 && filters[facet] !== value}>
                    {t('find.dir.option', { name, count })}
                  </option>
                )
              })}
            </select>
          </label>
        ))}
        <div className="field">
          <span className="field-label" id="directory-sort-label">
            {t('find.dir.sort')}
          </span>
          <div role="group" aria-labelledby="directory-sort-label" className="segmented">
            {(['name', 'booth'] as const satisfies readonly DirectorySort[]).map((s) => (
              <button key={s} type="button" aria-pressed={sort === s} onClick={() => setDirectorySort(s)}>
                {t(s === 'name' ? 'find.dir.sortName' : 'find.dir.sortBooth')}
              </button>
            ))}
          </div>
        </div>
      </fieldset>
      <div className="directory-summary">
        <p role="status" className="directory-count">
          {t('find.dir.count', { count: list.length })}
          {litCount !== null && (
            <>
              {' · '}
              <span data-testid="directory-lit">{t('find.dir.lit', { count: litCount })}</span>
            </>
          )}
        </p>
        {hasFilters(filters) && (
          <button type="button" className="link-button" onClick={() => clearDirectoryFilters()}>
            {t('find.dir.clear')}
          </button>
        )}
      </div>
      {list.length === 0 ? (
        <p className="muted">{t('find.dir.empty')}</p>
      ) : (
        <ul className="item-list directory-list">
          {list.slice(0, shown).map((e) => {
            const booth = firstBoothLabel(index, e)
            const labels = e.boothIds.map((b) => index.boothById.get(b)?.label).filter(Boolean).join(', ')
            const zone = index.zoneById.get(index.boothById.get(e.boothIds[0] ?? '')?.zoneId ?? '')
            return (
              <li key={e.id} className="find-row" data-booth={booth}>
                <button
                  type="button"
                  className="item-button"
                  aria-current={selection?.kind === 'exhibitor' && selection.id === e.id ? 'true' : undefined}
                  onClick={() => select({ kind: 'exhibitor', id: e.id })}
                >
                  <span className="item-title">{e.name[lang]}</span>
                  <span className="item-meta">
                    {zone && <ZoneChip color={zone.color} name={zone.name[lang]} />}
                    {t('panel.booth', { label: labels })} · {countryName(e.country, lang)}
                  </span>
                </button>
                <StarButton kind="exhibitor" id={e.id} name={e.name[lang]} compact />
              </li>
            )
          })}
        </ul>
      )}
      {list.length > shown && (
        <button type="button" className="more-button" onClick={() => setShown((n) => n + PAGE)}>
          {t('find.dir.showMore', { count: Math.min(PAGE, list.length - shown) })}
        </button>
      )}
    </section>
  )
}
