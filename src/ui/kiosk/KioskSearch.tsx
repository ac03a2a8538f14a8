import { useEffect, useId } from 'react'
import type { SearchEntry } from '../../domain/search/types.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { OnScreenKeyboard } from './OnScreenKeyboard.tsx'

/**
 * Touch search: the app's one search (find slice: same engine, same lit booths, cleared at the
 * idle reset) typed with the on-screen keyboard — the field never summons the OS keyboard —
 * with results as large buttons.
 */
export function KioskSearch() {
  const t = useT()
  const fieldId = useId()
  const index = useVenueStore((s) => s.index)
  const lang = useVenueStore((s) => s.lang)
  const query = useVenueStore((s) => s.query)
  const results = useVenueStore((s) => s.searchResults)
  const candidates = useVenueStore((s) => s.candidates)
  const { setQuery, chooseResult } = useVenueStore.getState()
  const hits = results && query.trim() ? results.groups.flatMap((g) => g.hits) : []

  // The engine loads in its own chunk: start before the first key is pressed.
  useEffect(() => {
    void useVenueStore.getState().prepareSearch()
  }, [])

  const example = index?.scene.venue.booths[0]?.label ?? 'A12'
  const subtitle = (e: SearchEntry): string | null => {
    if (!index) return null
    if (e.kind === 'booth') return index.exhibitorsByBooth.get(e.id)?.[0]?.name[lang] ?? null
    if (e.kind === 'exhibitor') {
      const labels = index.exhibitorById.get(e.id)?.boothIds.map((b) => index.boothById.get(b)?.label).filter(Boolean) ?? []
      return labels.length ? t('panel.booth', { label: labels.join(', ') }) : null
    }
    return null
  }

  return (
    <div className="kiosk-search">
      <label htmlFor={fieldId} className="kiosk-search-label">
        {t('kiosk.search.label')}
      </label>
      <input
        id={fieldId}
        type="search"
        className="kiosk-search-field"
        data-testid="kiosk-search-field"
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('kiosk.search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="kiosk-results" aria-live="polite" data-testid="kiosk-results">
        {!query.trim() && <p className="muted">{t('kiosk.search.hint', { example })}</p>}
        {query.trim() && results && hits.length === 0 && <p>{t('kiosk.search.none', { q: query.trim() })}</p>}
        {hits.length > 0 && (
          <>
            <p className="visually-hidden">{t('kiosk.search.results', { count: results!.total })}</p>
            <ul className="kiosk-result-list">
              {hits.map((h) => {
                const sub = subtitle(h.entry)
                return (
                  <li key={h.entry.key}>
                    <button type="button" className="kiosk-result" data-kind={h.entry.kind} onClick={() => chooseResult(h.entry)}>
                      <span className="kiosk-result-title">{h.entry.title[lang]}</span>
                      <span className="kiosk-result-meta">
                        {t(`kiosk.kind.${h.entry.kind}`)}
                        {sub && ` · ${sub}`}
                      </span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </>
        )}
      </div>
      <OnScreenKeyboard value={query} onChange={setQuery} controls={fieldId} candidates={lang === 'zh' && query.trim() ? candidates : []} />
    </div>
  )
}
