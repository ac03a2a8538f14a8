/** Which level's plan is shown and edited: one button per level, highest floor first, like a lift panel. */
import { shownLevel } from '../domain/editing/levelView.ts'
import { t as tNow, useT } from './i18n.ts'
import { setLevel, useEditor } from './store.ts'

export function LevelPicker() {
  const t = useT()
  const levels = useEditor((s) => s.history.doc.venue.levels)
  const current = useEditor((s) => shownLevel(s.history.doc, s.levelId)?.id)
  const lang = useEditor((s) => s.lang)
  if (!levels || levels.length < 2) return null
  const ordered = [...levels].sort((a, b) => b.ordinal - a.ordinal)
  return (
    <div role="group" aria-label={t('editor.levels')} className="level-picker">
      {ordered.map((l) => (
        <button key={l.id} type="button" aria-pressed={l.id === current} data-level={l.id} title={l.shortName[lang]} onClick={() => pick(l.id, l.name[lang])}>
          {l.name[lang]}
        </button>
      ))}
    </div>
  )
}

export function pick(levelId: string, name: string): void {
  if (!setLevel(levelId)) return
  useEditor.getState().set({ status: { text: tNow('editor.level.shown', { name }), kind: 'info' } })
}
