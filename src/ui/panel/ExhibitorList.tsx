import type { Exhibitor } from '../../domain/scene/schema.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { countryName } from '../format.ts'

export function ExhibitorList({ exhibitors }: { exhibitors: readonly Exhibitor[] }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const select = useVenueStore((s) => s.select)
  if (!exhibitors.length) return <p className="muted">{t('panel.noExhibitors')}</p>
  const sorted = [...exhibitors].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang === 'zh' ? 'zh-CN' : 'en'))
  return (
    <ul className="item-list exhibitor-list">
      {sorted.map((e) => {
        const labels = e.boothIds.map((b) => index?.boothById.get(b)?.label).filter(Boolean).join(', ')
        return (
          <li key={e.id}>
            <button type="button" className="item-button" onClick={() => select({ kind: 'exhibitor', id: e.id })}>
              <span className="item-title">{e.name[lang]}</span>
              <span className="item-meta">
                {countryName(e.country, lang)} · {t('panel.booth', { label: labels })}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
