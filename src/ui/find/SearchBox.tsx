import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { flatHits } from '../../domain/search/results.ts'
import type { SearchHit } from '../../domain/search/types.ts'
import { viewDrawn } from '../../state/readiness.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { searchOptionId } from './searchOptionId.ts'
import { onDemand } from '../onDemand.tsx'
import { whenIdle } from '../../data/timeSlice.ts'

// The result rows (names, booths, times) arrive with the search engine, never in the first download.
const SearchResultGroups = onDemand(async () => (await import('./SearchResultGroups.tsx')).SearchResultGroups)

/**
 * The toolbar's search: instant results in a popup, grouped by kind. Focus stays in the
 * field; arrows move through the results (aria-activedescendant), Enter opens one, Escape
 * clears the search. While results show, their booths are lit in 3D (find slice).
 */
export function SearchBox() {
  const t = useT()
  const id = useId()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const query = useVenueStore((s) => s.query)
  const results = useVenueStore((s) => s.searchResults)
  const status = useVenueStore((s) => s.searchStatus)
  const litCount = useVenueStore((s) => (s.litBy === 'search' ? (s.litBoothIds?.length ?? 0) : 0))
  const { setQuery, clearQuery, chooseResult, prepareSearch } = useVenueStore.getState()
  const [active, setActive] = useState(-1)
  const [dismissed, setDismissed] = useState(false)
  // New results (or a query set from outside: ?q=, Back, the embed host) reopen the list.
  const [shownResults, setShownResults] = useState(results)
  if (shownResults !== results) {
    setShownResults(results)
    setActive(-1)
    setDismissed(false)
  }

  // Fetch the engine while the visitor looks around, so the first keystroke is instant — once
  // the 3D view has drawn: building the index must not hold up the first frame (typing still
  // builds it at once). A phone's plan leaves it to the field's focus: on a slow CPU the build
  // was the largest block of main-thread work after the first view.
  const drawn = useVenueStore((s) => s.display === '3d' && viewDrawn(s))
  useEffect(() => {
    if (!drawn) return
    return whenIdle(
      () => {
        void prepareSearch()
        void SearchResultGroups.preload().catch(() => undefined)
      },
      { fallbackMs: 1500 },
    )
  }, [prepareSearch, drawn])

  const hits = flatHits(results)
  const open = query.trim() !== '' && !dismissed
  const root = useRef<HTMLDivElement>(null)
  // Opened without focus (?q=, Back): a press anywhere else closes the list.
  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setDismissed(true)
    }
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  const optionId = (i: number): string => searchOptionId(id, i)
  const listId = `${id}-list`

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return
    chooseResult(hit.entry)
    setDismissed(true)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const n = hits.length
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) {
        setDismissed(false)
        return
      }
      if (!n) return
      if (e.key === 'ArrowDown') setActive((a) => (a + 1) % n)
      else setActive((a) => (a <= 0 ? n - 1 : a - 1))
    } else if (e.key === 'Enter') {
      if (!open || !n) return
      e.preventDefault()
      choose(hits[active >= 0 ? active : 0])
    } else if (e.key === 'Escape') {
      // An empty field lets Escape do its usual job (back one level).
      if (!query) return
      e.preventDefault()
      e.stopPropagation()
      clearQuery()
      setActive(-1)
    }
  }
  const onBlur = (e: FocusEvent<HTMLDivElement>): void => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDismissed(true)
  }

  let statusText = ''
  if (open) {
    if (status === 'preparing' && !results) statusText = t('find.search.preparing')
    else if (results && results.total === 0) statusText = t('find.search.none', { q: query.trim() })
    else if (results) {
      const count = t(results.capped ? 'find.search.countCapped' : 'find.search.count', { count: results.total })
      statusText = litCount ? `${count} · ${t('find.search.lit', { count: litCount })}` : count
    }
  }

  return (
    <div className="search" onBlur={onBlur} ref={root}>
      <input
        type="search"
        role="searchbox"
        className="search-input"
        aria-label={t('find.search.label')}
        placeholder={t('find.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setDismissed(false)
          void prepareSearch()
          void SearchResultGroups.preload().catch(() => undefined)
        }}
      />
      {query && (
        <button
          type="button"
          className="search-clear"
          aria-label={t('find.search.clear')}
          onClick={(e) => {
            clearQuery()
            ;(e.currentTarget.previousElementSibling as HTMLInputElement | null)?.focus()
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <span id={`${id}-hint`} className="visually-hidden">
        {t('find.search.hint')}
      </span>
      <div className="search-popup" hidden={!open} data-testid="search-popup">
        <p className="search-status" role="status" aria-live="polite">
          {statusText}
        </p>
        <div role="listbox" id={listId} aria-label={t('find.search.results')} className="search-results">
          {open && index && results && (
            <SearchResultGroups groups={results.groups} index={index} lang={lang} query={query} active={active} idPrefix={id} onHover={setActive} onChoose={choose} />
          )}
        </div>
      </div>
    </div>
  )
}
