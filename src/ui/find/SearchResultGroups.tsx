import type { Lang } from '../../domain/i18n/text.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { normalize } from '../../domain/search/tokenize.ts'
import type { SearchEntry, SearchHit, SearchResults } from '../../domain/search/types.ts'
import { useT } from '../../state/selectors.ts'
import { hitMeta } from './hitMeta.ts'
import { searchOptionId } from './searchOptionId.ts'

/** The name in the other language, when that is the one the query matched ("数字" in English). */
function otherName(entry: SearchEntry, query: string, lang: Lang): { text: string; lang: Lang } | null {
  const q = normalize(query.trim())
  const other: Lang = lang === 'en' ? 'zh' : 'en'
  if (!q || normalize(entry.title[lang]).includes(q) || !normalize(entry.title[other]).includes(q)) return null
  return { text: entry.title[other], lang: other }
}

interface Props {
  groups: SearchResults['groups']
  index: SceneIndex
  lang: Lang
  query: string
  /** Position of the option the arrow keys are on (across groups), or -1. */
  active: number
  idPrefix: string
  onHover: (i: number) => void
  onChoose: (hit: SearchHit) => void
}

/**
 * The search popup's rows, grouped by kind, inside SearchBox's listbox. Options are numbered
 * across the groups in the order the arrow keys walk them (flatHits).
 */
export function SearchResultGroups({ groups, index, lang, query, active, idPrefix, onHover, onChoose }: Props) {
  const t = useT()
  let n = -1
  return (
    <>
      {groups.map((g) => (
        <div role="group" key={g.kind} aria-labelledby={`${idPrefix}-g-${g.kind}`} className="search-group" data-kind={g.kind}>
          <div role="presentation" id={`${idPrefix}-g-${g.kind}`} className="search-group-heading">
            {t(`find.kind.${g.kind}`)} <span className="muted">({g.total})</span>
          </div>
          {g.hits.map((h) => {
            const i = ++n
            const alt = otherName(h.entry, query, lang)
            return (
              <div
                key={h.entry.key}
                id={searchOptionId(idPrefix, i)}
                role="option"
                aria-selected={i === active}
                className="search-option"
                data-key={h.entry.key}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== active && onHover(i)}
                onClick={() => onChoose(h)}
              >
                <span className="item-title">
                  {h.entry.title[lang]}
                  {alt && (
                    <span className="item-alt" lang={alt.lang === 'zh' ? 'zh-CN' : 'en'}>
                      {' · '}
                      {alt.text}
                    </span>
                  )}
                </span>
                <span className="item-meta">{hitMeta(index, h.entry, lang)}</span>
              </div>
            )
          })}
        </div>
      ))}
    </>
  )
}
