/**
 * The levels of the venue: the shown level's names and heights (each edit one undo step), adding a
 * level above, deleting an empty one, and the stairs, escalators, lifts and ramps between them.
 */
import { useState } from 'react'
import { levelContents, type NewLevel } from '../domain/editing/levels.ts'
import { shownLevel } from '../domain/editing/levelView.ts'
import { Field, NumberField, TextField } from './Inspector.tsx'
import { t as tNow, useT } from './i18n.ts'
import { pick } from './LevelPicker.tsx'
import { useEditor } from './store.ts'
import { newLevel } from './zoneDefaults.ts'

export function LevelsPanel() {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const levelId = useEditor((s) => s.levelId)
  const lang = useEditor((s) => s.lang)
  const level = shownLevel(doc, levelId)
  const run = (cmd: Parameters<ReturnType<typeof useEditor.getState>['run']>[0]) => {
    try {
      return useEditor.getState().run(cmd)
    } catch {
      return [] /* the store shows why */
    }
  }
  const update = (changes: Record<string, unknown>) => level && run({ type: 'update-level', id: level.id, changes })
  const remove = () => {
    if (!level) return
    const name = level.name[lang]
    // Said in the editor's language; the command refuses the same (in English) for scripts.
    const count = Object.values(levelContents(doc, level.id)).reduce((a, n) => a + n, 0)
    if (count) return useEditor.getState().set({ status: { text: tNow('editor.level.notEmpty', { name, count }), kind: 'error' } })
    if (run({ type: 'delete-level', id: level.id }) && !useEditor.getState().history.doc.venue.levels.some((l) => l.id === level.id)) {
      useEditor.getState().set({ levelId: null, selection: new Set(), status: { text: tNow('editor.level.deleted', { name }), kind: 'info' } })
    }
  }
  const levelName = (id: string) => doc.venue.levels.find((l) => l.id === id)?.name[lang] ?? id

  return (
    <div className="levels-panel">
      {level ? (
        <section aria-labelledby="level-this" key={level.id}>
          <h2 id="level-this">
            {t('editor.level.this')}: {level.name[lang]}
          </h2>
          <div className="bilingual">
            <TextField label={t('editor.field.nameEn')} lang="en" value={level.name.en} onCommit={(en) => update({ name: { ...level.name, en } })} />
            <TextField label={t('editor.field.nameZh')} lang="zh" value={level.name.zh} onCommit={(zh) => update({ name: { ...level.name, zh } })} />
            <TextField label={t('editor.level.shortEn')} lang="en" value={level.shortName.en} onCommit={(en) => update({ shortName: { ...level.shortName, en } })} />
            <TextField label={t('editor.level.shortZh')} lang="zh" value={level.shortName.zh} onCommit={(zh) => update({ shortName: { ...level.shortName, zh } })} />
          </div>
          <Field label={t('editor.level.ordinal')}>
            <NumberField value={level.ordinal} onCommit={(ordinal) => update({ ordinal })} />
          </Field>
          <Field label={t('editor.level.elevation')}>
            <NumberField value={level.elevation} onCommit={(elevation) => update({ elevation })} />
          </Field>
          <Field label={t('editor.level.height')}>
            <NumberField value={level.height} onCommit={(height) => update({ height })} />
          </Field>
          <button type="button" className="danger" disabled={doc.venue.levels.length < 2} onClick={remove}>
            {t('editor.level.delete')}
          </button>
        </section>
      ) : null}

      <AddLevel key={`${doc.venue.levels.length}-${level?.id}`} />

      <section aria-labelledby="connectors-title">
        <h2 id="connectors-title">{t('editor.connectors')}</h2>
        {doc.venue.connectors.length ? (
          <ul className="plain connector-list">
            {doc.venue.connectors.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => (c.stops[0] && pick(c.stops[0].levelId, levelName(c.stops[0].levelId)), useEditor.getState().select([c.id]))}>
                  {c.name[lang]}
                </button>{' '}
                <span className="muted">
                  {t(`editor.connector.${c.kind}`)}
                  {c.direction ? ` · ${t(`editor.connector.${c.direction}`)}` : ''} · {t('editor.connector.stops', { levels: c.stops.map((s) => levelName(s.levelId)).join(' ↔ ') })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('editor.connectors.none')}</p>
        )}
      </section>
    </div>
  )
}

/** The form for a new level, filled in as the next floor up; adding it shows it. */
function AddLevel() {
  const t = useT()
  const [draft, setDraft] = useState<NewLevel>(() => newLevel(useEditor.getState().history.doc, useEditor.getState().levelId))
  const add = () => {
    const st = useEditor.getState()
    try {
      const [id] = st.run({ type: 'add-level', level: draft })
      if (id) pick(id, draft.name[st.lang])
      st.set({ status: { text: tNow('editor.level.added', { name: draft.name[st.lang] }), kind: 'info' } })
    } catch {
      /* the store shows why */
    }
  }
  const num = (key: 'ordinal' | 'elevation' | 'height') => (
    <Field label={t(`editor.level.${key}`)}>
      <input type="number" step="any" name={`new-level-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })} />
    </Field>
  )
  const text = (key: 'name' | 'shortName', lang: 'en' | 'zh', label: Parameters<typeof t>[0]) => (
    <Field label={label}>
      <input lang={lang} name={`new-level-${key}-${lang}`} value={draft[key][lang]} onChange={(e) => setDraft({ ...draft, [key]: { ...draft[key], [lang]: e.target.value } })} />
    </Field>
  )
  return (
    <section aria-labelledby="level-new">
      <h2 id="level-new">{t('editor.level.new')}</h2>
      <div className="bilingual">
        {text('name', 'en', 'editor.field.nameEn')}
        {text('name', 'zh', 'editor.field.nameZh')}
        {text('shortName', 'en', 'editor.level.shortEn')}
        {text('shortName', 'zh', 'editor.level.shortZh')}
      </div>
      {num('ordinal')}
      {num('elevation')}
      {num('height')}
      <button type="button" className="primary" onClick={add}>
        {t('editor.level.add')}
      </button>
    </section>
  )
}
