/** Properties of what is selected, both languages side by side; generators and arrange tools. */
import { useState, type ReactNode } from 'react'
import { findItem, locate, items, type CollectionName } from '../domain/editing/doc.ts'
import { rectMeasure } from '../domain/editing/shapes.ts'
import { BOOTH_TYPES, boothTypes, type BoothType } from '../domain/scene/boothType.ts'
import { POI_KINDS, ZONE_KINDS, type Connector } from '../domain/scene/schema.ts'
import { useT } from './i18n.ts'
import { useEditor } from './store.ts'

export function Inspector() {
  const t = useT()
  const selection = useEditor((s) => s.selection)
  const doc = useEditor((s) => s.history.doc)
  const ids = [...selection]
  if (!ids.length) return <p className="muted">{t('editor.inspector.none')}</p>
  if (ids.length > 1) {
    return (
      <div>
        <p>{t('editor.inspector.many', { count: ids.length })}</p>
        <Arrange ids={ids} />
      </div>
    )
  }
  const id = ids[0]!
  const at = locate(doc, id)
  const connector = at ? undefined : doc.venue.connectors?.find((c) => c.id === id)
  if (connector) return <ConnectorInfo connector={connector} />
  if (!at) return <p className="muted">{t('editor.inspector.none')}</p>
  return (
    <div className="inspector" key={id}>
      <Field label={t('editor.field.id')}>
        <output>{id}</output>
      </Field>
      <ItemFields coll={at.coll} id={id} />
      <Arrange ids={ids} />
      {at.coll === 'zones' ? <Generators zoneId={id} /> : null}
    </div>
  )
}

/** A connector: what it is and the levels it joins; removed with Delete like any item. */
function ConnectorInfo({ connector: c }: { connector: Connector }) {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const lang = useEditor((s) => s.lang)
  const levels = c.stops.map((s) => doc.venue.levels.find((l) => l.id === s.levelId)?.name[lang] ?? s.levelId)
  return (
    <div className="inspector" key={c.id}>
      <Field label={t('editor.field.id')}>
        <output>{c.id}</output>
      </Field>
      <p>
        <strong>{c.name[lang]}</strong> · {t(`editor.connector.${c.kind}`)}
        {c.direction ? ` · ${t(`editor.connector.${c.direction}`)}` : ''}
      </p>
      <p>{t('editor.connector.stops', { levels: levels.join(' ↔ ') })}</p>
      <button type="button" className="danger" onClick={() => useEditor.getState().run({ type: 'delete', ids: [c.id] })}>
        {t('editor.delete')}
      </button>
    </div>
  )
}

function ItemFields({ coll, id }: { coll: CollectionName; id: string }) {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const run = useEditor((s) => s.run)
  const item = findItem(doc, coll, id) as Record<string, unknown> | undefined
  if (!item) return null
  const update = (changes: Record<string, unknown>) => {
    try {
      run({ type: 'update', coll, id, changes })
    } catch {
      /* reported */
    }
  }
  const text = (key: 'name' | 'summary') => {
    const v = item[key] as { en: string; zh: string } | undefined
    if (!v) return null
    return (
      <div className="bilingual">
        <TextField label={t(key === 'name' ? 'editor.field.nameEn' : 'editor.field.summaryEn')} value={v.en} lang="en" onCommit={(en) => update({ [key]: { ...v, en } })} />
        <TextField label={t(key === 'name' ? 'editor.field.nameZh' : 'editor.field.summaryZh')} value={v.zh} lang="zh" onCommit={(zh) => update({ [key]: { ...v, zh } })} />
      </div>
    )
  }
  return (
    <>
      {text('name')}
      {coll === 'zones' ? (
        <>
          {text('summary')}
          <Field label={t('editor.field.kind')}>
            <select value={String(item.kind)} onChange={(e) => update({ kind: e.target.value })}>
              {ZONE_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </Field>
          <Field label={t('editor.field.color')}>
            <input type="color" value={String(item.color)} onChange={(e) => update({ color: e.target.value })} />
          </Field>
        </>
      ) : null}
      {coll === 'pois' ? (
        <Field label={t('editor.field.kind')}>
          <select value={String(item.kind)} onChange={(e) => update({ kind: e.target.value })}>
            {POI_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
      ) : null}
      {coll === 'kiosks' ? (
        <Field label={t('editor.field.heading')}>
          <NumberField value={Number(item.heading)} onCommit={(heading) => update({ heading: ((heading % 360) + 360) % 360 })} />
        </Field>
      ) : null}
      {coll === 'booths' ? <BoothFields id={id} /> : null}
    </>
  )
}

function BoothFields({ id }: { id: string }) {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const run = useEditor((s) => s.run)
  const lang = useEditor((s) => s.lang)
  const booth = findItem(doc, 'booths', id)
  if (!booth) return null
  const m = rectMeasure(booth.footprint)
  const here = items(doc, 'exhibitors').filter((e) => e.boothIds.includes(id))
  const safe = (fn: () => void) => {
    try {
      fn()
    } catch {
      /* reported */
    }
  }
  return (
    <>
      <Field label={t('editor.field.label')}>
        <TextField value={booth.label} onCommit={(label) => safe(() => run({ type: 'update', coll: 'booths', id, changes: { label } }))} />
      </Field>
      <Field label={t('editor.field.zone')}>
        <select value={booth.zoneId} onChange={(e) => safe(() => run({ type: 'update', coll: 'booths', id, changes: { zoneId: e.target.value } }))}>
          {doc.venue.zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name[lang]}
            </option>
          ))}
        </select>
      </Field>
      {m ? (
        <div className="bilingual">
          <Field label={t('editor.field.width')}>
            <NumberField value={m.width} onCommit={(width) => safe(() => run({ type: 'resize-booth', id, width, depth: m.depth }))} />
          </Field>
          <Field label={t('editor.field.depth')}>
            <NumberField value={m.depth} onCommit={(depth) => safe(() => run({ type: 'resize-booth', id, width: m.width, depth }))} />
          </Field>
        </div>
      ) : null}
      <Field label={t('editor.field.boothType')}>
        <select
          value={booth.type ?? ''}
          onChange={(e) => safe(() => run({ type: 'update', coll: 'booths', id, changes: { type: (e.target.value || undefined) as BoothType | undefined } }))}
        >
          <option value="">{t('editor.boothType.auto', { type: t(`editor.boothType.${derivedType(doc, booth.id, booth.zoneId)}`) })}</option>
          {BOOTH_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`editor.boothType.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('editor.field.exhibitors')}>
        <ul className="plain">
          {here.map((e) => (
            <li key={e.id}>
              {e.name[lang]}{' '}
              <button type="button" onClick={() => safe(() => run({ type: 'unassign', exhibitorId: e.id, boothId: id }))} aria-label={`${t('editor.delete')} ${e.name[lang]}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </Field>
    </>
  )
}

/** What the booth would be built as without a type of its own (the view's derivation, against its zone's booths). */
function derivedType(doc: ReturnType<typeof useEditor.getState>['history']['doc'], boothId: string, zoneId: string): BoothType {
  const zone = doc.venue.zones.find((z) => z.id === zoneId)
  const booths = doc.venue.booths.filter((b) => b.zoneId === zoneId).map((b) => (b.id === boothId ? { ...b, type: undefined } : b))
  const pois = doc.venue.pois.filter((p) => p.levelId === zone?.levelId)
  return boothTypes(booths, { zoneKind: zone?.kind ?? 'pavilion', pois }).get(boothId)?.type ?? 'shell'
}

function Arrange({ ids }: { ids: string[] }) {
  const t = useT()
  const run = useEditor((s) => s.run)
  const safe = (fn: () => void) => {
    try {
      fn()
    } catch {
      /* reported */
    }
  }
  const movable = ids.filter((id) => id !== 'hall')
  return (
    <fieldset className="arrange">
      <legend>{t('editor.arrange')}</legend>
      <button type="button" onClick={() => safe(() => run({ type: 'rotate', ids: movable, degrees: 90 }))}>
        {t('editor.rotate')}
      </button>
      {movable.length > 1 ? (
        <>
          {(['left', 'right', 'top', 'bottom'] as const).map((edge) => (
            <button key={edge} type="button" onClick={() => safe(() => run({ type: 'align', ids: movable, edge }))}>
              {t(`editor.align.${edge}`)}
            </button>
          ))}
          <button type="button" onClick={() => safe(() => run({ type: 'distribute', ids: movable, axis: 'x' }))}>
            {t('editor.distribute.x')}
          </button>
          <button type="button" onClick={() => safe(() => run({ type: 'distribute', ids: movable, axis: 'z' }))}>
            {t('editor.distribute.z')}
          </button>
        </>
      ) : null}
      <button type="button" className="danger" onClick={() => safe(() => run({ type: 'delete', ids: movable }))}>
        {t('editor.delete')}
      </button>
    </fieldset>
  )
}

/** "Row of N booths W×D m" and "island block R×C" inside the selected zone. */
function Generators({ zoneId }: { zoneId: string }) {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const zone = findItem(doc, 'zones', zoneId)
  const b = zone ? zone.footprint.reduce((acc, [x, z]) => ({ x: Math.min(acc.x, x), z: Math.min(acc.z, z) }), { x: Infinity, z: Infinity }) : { x: 0, z: 0 }
  const [kind, setKind] = useState<'row' | 'island'>('row')
  const [form, setForm] = useState({ count: 6, rows: 2, cols: 4, width: 3, depth: 3, aisle: 3, prefix: 'A', x: round1(b.x + 3), z: round1(b.z + 3) })
  const num = (k: keyof typeof form) => (
    <Field label={t(LABELS[k])}>
      <NumberField value={form[k] as number} onCommit={(v) => setForm({ ...form, [k]: v })} name={`gen-${k}`} />
    </Field>
  )
  const go = () => {
    const st = useEditor.getState()
    try {
      const created =
        kind === 'row'
          ? st.run({ type: 'generate-row', spec: { zoneId, origin: [form.x, form.z], count: form.count, width: form.width, depth: form.depth, labelPrefix: form.prefix } })
          : st.run({ type: 'generate-island', spec: { zoneId, origin: [form.x, form.z], rows: form.rows, cols: form.cols, width: form.width, depth: form.depth, aisle: form.aisle, labelPrefix: form.prefix } })
      st.select(created)
      st.set({ status: { text: t('editor.generate.done', { count: created.length }), kind: 'info' } })
    } catch {
      /* reported */
    }
  }
  return (
    <fieldset className="generators">
      <legend>{t('editor.generate')}</legend>
      <div role="radiogroup" aria-label={t('editor.generate')}>
        <label>
          <input type="radio" checked={kind === 'row'} onChange={() => setKind('row')} /> {t('editor.generate.row')}
        </label>
        <label>
          <input type="radio" checked={kind === 'island'} onChange={() => setKind('island')} /> {t('editor.generate.island')}
        </label>
      </div>
      {kind === 'row' ? num('count') : (
        <>
          {num('rows')}
          {num('cols')}
          {num('aisle')}
        </>
      )}
      {num('width')}
      {num('depth')}
      {num('x')}
      {num('z')}
      <Field label={t('editor.generate.prefix')}>
        <TextField value={form.prefix} onCommit={(prefix) => setForm({ ...form, prefix })} name="gen-prefix" />
      </Field>
      <button type="button" className="primary" onClick={go}>
        {t('editor.generate.run')}
      </button>
    </fieldset>
  )
}

const LABELS = {
  count: 'editor.generate.count',
  rows: 'editor.generate.rows',
  cols: 'editor.generate.cols',
  width: 'editor.field.width',
  depth: 'editor.field.depth',
  aisle: 'editor.generate.aisle',
  prefix: 'editor.generate.prefix',
  x: 'editor.generate.x',
  z: 'editor.generate.z',
} as const

const round1 = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0)

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  )
}

/** A text input that commits on blur or Enter: one undo step per edit, not per keystroke. */
export function TextField({ value, onCommit, label, lang, name }: { value: string; onCommit: (v: string) => void; label?: string; lang?: string; name?: string }) {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    setDraft(value)
  }
  const input = (
    <input
      value={draft}
      lang={lang}
      name={name}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== value) onCommit(draft)
      }}
    />
  )
  return label ? <Field label={label}>{input}</Field> : input
}

export function NumberField({ value, onCommit, name }: { value: number; onCommit: (v: number) => void; name?: string }) {
  const [draft, setDraft] = useState(String(value))
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    setDraft(String(value))
  }
  const commit = () => {
    const v = Number(draft.replace(',', '.'))
    if (Number.isFinite(v) && v !== value) onCommit(v)
    else setDraft(String(value))
  }
  return (
    <input
      type="number"
      step="any"
      name={name}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
      }}
    />
  )
}
