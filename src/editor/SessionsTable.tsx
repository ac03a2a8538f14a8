/** The sessions table: titles in both languages, times, and a location picked on the plan. */
import { items, usedIds, uniqueId } from '../domain/editing/doc.ts'
import { SESSION_KINDS } from '../domain/scene/schema.ts'
import { useT } from './i18n.ts'
import { TextField } from './Inspector.tsx'
import { useEditor } from './store.ts'

export function SessionsTable() {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const lang = useEditor((s) => s.lang)
  const pickingFor = useEditor((s) => s.pickingFor)
  const run = useEditor((s) => s.run)
  const update = (id: string, changes: Record<string, unknown>) => {
    try {
      run({ type: 'update', coll: 'sessions', id, changes })
    } catch {
      /* reported */
    }
  }
  const placeName = (id: string): string => {
    for (const coll of ['zones', 'booths', 'pois', 'kiosks'] as const) {
      const it = items(doc, coll).find((x) => x.id === id) as { name?: { en: string; zh: string }; label?: string } | undefined
      if (it) return it.name?.[lang] ?? it.label ?? id
    }
    return id
  }
  const add = () => {
    const st = useEditor.getState()
    const d = st.history.doc
    const n = d.sessions.length + 1
    const day = d.venue.dates?.start ?? '2024-01-01'
    try {
      st.run({
        type: 'add',
        coll: 'sessions',
        item: {
          id: uniqueId(`session-${n}`, usedIds(d)),
          title: { en: `Session ${n}`, zh: `活动 ${n}` },
          kind: 'forum',
          start: `${day}T10:00:00+08:00`,
          end: `${day}T11:00:00+08:00`,
          locationId: d.venue.zones[0]?.id ?? '',
          speakers: [],
          summary: { en: `Session ${n}`, zh: `活动 ${n}` },
        },
      })
    } catch {
      /* reported */
    }
  }
  return (
    <div className="sessions">
      <button type="button" onClick={add}>
        {t('editor.sessions.add')}
      </button>
      {pickingFor ? (
        <p role="status" className="picking">
          {t('editor.sessions.picking')}
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('editor.sessions.title')}</th>
            <th scope="col">{t('editor.field.kind')}</th>
            <th scope="col">{t('editor.sessions.start')}</th>
            <th scope="col">{t('editor.sessions.end')}</th>
            <th scope="col">{t('editor.sessions.location')}</th>
          </tr>
        </thead>
        <tbody>
          {items(doc, 'sessions').map((s) => (
            <tr key={s.id}>
              <td className="bilingual">
                <TextField label={t('editor.field.nameEn')} lang="en" value={s.title?.en ?? ''} onCommit={(en) => update(s.id, { title: { ...s.title, en } })} />
                <TextField label={t('editor.field.nameZh')} lang="zh" value={s.title?.zh ?? ''} onCommit={(zh) => update(s.id, { title: { ...s.title, zh } })} />
              </td>
              <td>
                <select aria-label={t('editor.field.kind')} value={s.kind} onChange={(e) => update(s.id, { kind: e.target.value })}>
                  {SESSION_KINDS.map((k) => (
                    <option key={k}>{k}</option>
                  ))}
                </select>
              </td>
              <td>
                <TextField label={t('editor.sessions.start')} value={s.start} onCommit={(start) => update(s.id, { start })} />
              </td>
              <td>
                <TextField label={t('editor.sessions.end')} value={s.end} onCommit={(end) => update(s.id, { end })} />
              </td>
              <td>
                <span>{placeName(s.locationId)}</span>{' '}
                <button type="button" aria-pressed={pickingFor === s.id} onClick={() => useEditor.getState().set({ pickingFor: pickingFor === s.id ? null : s.id })}>
                  {t('editor.sessions.pick')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
