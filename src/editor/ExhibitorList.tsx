/** The exhibitor list beside the plan: search it, drag a name onto a booth, or add one. */
import { useMemo, useState } from 'react'
import { items, usedIds, uniqueId } from '../domain/editing/doc.ts'
import { useT } from './i18n.ts'
import { assign, EXHIBITOR_DRAG_TYPE } from './PlanCanvas.tsx'
import { useEditor } from './store.ts'

const SHOWN = 200

export function ExhibitorList() {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const lang = useEditor((s) => s.lang)
  const selection = useEditor((s) => s.selection)
  const [q, setQ] = useState('')
  const labelOf = useMemo(() => new Map(doc.venue.booths.map((b) => [b.id, b.label])), [doc.venue.booths])
  const list = useMemo(() => {
    const needle = q.trim().toLowerCase()
    const all = items(doc, 'exhibitors')
    return needle ? all.filter((e) => `${e.name?.en ?? ''} ${e.name?.zh ?? ''} ${e.id}`.toLowerCase().includes(needle)) : all
  }, [doc, q])
  const selectedBooth = [...selection].find((id) => labelOf.has(id))

  const add = () => {
    const st = useEditor.getState()
    const d = st.history.doc
    const n = d.exhibitors.length + 1
    const id = uniqueId(`exhibitor-${n}`, usedIds(d))
    try {
      st.run({
        type: 'add',
        coll: 'exhibitors',
        item: { id, name: { en: `Exhibitor ${n}`, zh: `展商 ${n}` }, country: 'CN', sectors: [], boothIds: selectedBooth ? [selectedBooth] : [], summary: { en: `Exhibitor ${n}`, zh: `展商 ${n}` } },
      })
      st.select([id])
    } catch {
      /* reported */
    }
  }

  return (
    <div className="exhibitors">
      <input type="search" aria-label={t('editor.exhibitors.search')} placeholder={t('editor.exhibitors.search')} value={q} onChange={(e) => setQ(e.target.value)} />
      <p className="muted">{t('editor.exhibitors.drag')}</p>
      <button type="button" onClick={add}>
        {t('editor.exhibitors.add')}
      </button>
      <ul className="plain exhibitor-list" aria-label={t('editor.tab.exhibitors')}>
        {list.slice(0, SHOWN).map((e) => (
          <li
            key={e.id}
            draggable
            data-exhibitor={e.id}
            className={selection.has(e.id) ? 'selected' : undefined}
            onDragStart={(ev) => {
              ev.dataTransfer.setData(EXHIBITOR_DRAG_TYPE, e.id)
              ev.dataTransfer.setData('text/plain', e.name?.[lang] ?? e.id)
              ev.dataTransfer.effectAllowed = 'link'
            }}
          >
            <button type="button" className="link" onClick={() => useEditor.getState().select([e.id])}>
              <strong>{e.name?.[lang] ?? e.id}</strong>
            </button>
            <span className="muted">
              {' '}
              {e.boothIds?.length ? t('editor.exhibitors.booths', { labels: e.boothIds.map((b) => labelOf.get(b) ?? b).join(', ') }) : t('editor.exhibitors.none')}
            </span>
            {selectedBooth ? (
              <button type="button" onClick={() => assign(e.id, selectedBooth)} aria-label={`${t('editor.exhibitors.assign')}: ${e.name?.[lang] ?? e.id}`}>
                {t('editor.exhibitors.assign')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {list.length > SHOWN ? <p className="muted">+{list.length - SHOWN}</p> : null}
    </div>
  )
}
