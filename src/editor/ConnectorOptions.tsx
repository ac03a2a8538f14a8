/** What the connector tool places: the kind, an escalator's direction and the level of the other stop. */
import { shownLevel } from '../domain/editing/levelView.ts'
import { CONNECTOR_KINDS } from '../domain/scene/connectorKinds.ts'
import { Field } from './Inspector.tsx'
import { useT } from './i18n.ts'
import { useEditor } from './store.ts'
import { connectorTarget } from './zoneDefaults.ts'

export function ConnectorOptions() {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const levelId = useEditor((s) => s.levelId)
  const draft = useEditor((s) => s.connectorDraft)
  const lang = useEditor((s) => s.lang)
  const here = shownLevel(doc, levelId)
  const others = doc.venue.levels.filter((l) => here && l.id !== here.id && l.buildingId === here.buildingId)
  const target = connectorTarget(doc, levelId, draft)
  const set = (patch: Partial<typeof draft>) => useEditor.getState().set({ connectorDraft: { ...draft, ...patch } })
  if (!others.length) return <p className="muted">{t('editor.connector.needsLevel')}</p>
  return (
    <div className="connector-options">
      <Field label={t('editor.connector.kind')}>
        <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as typeof draft.kind })}>
          {CONNECTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`editor.connector.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.kind === 'escalator' ? (
        <Field label={t('editor.connector.direction')}>
          <select value={draft.direction} onChange={(e) => set({ direction: e.target.value as 'up' | 'down' })}>
            <option value="up">{t('editor.connector.up')}</option>
            <option value="down">{t('editor.connector.down')}</option>
          </select>
        </Field>
      ) : null}
      <Field label={t('editor.connector.to')}>
        <select value={target ?? ''} onChange={(e) => set({ toLevelId: e.target.value })}>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name[lang]}
            </option>
          ))}
        </select>
      </Field>
    </div>
  )
}
