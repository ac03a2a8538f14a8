/** What the validator says about the document now: a live region, each problem a way to it. */
import { levelOfItem, shownLevel } from '../domain/editing/levelView.ts'
import { useT } from './i18n.ts'
import { pick } from './LevelPicker.tsx'
import { findPlanBox } from './planRender.ts'
import { useEditor } from './store.ts'

const SHOWN = 300

export function ProblemsList() {
  const t = useT()
  const problems = useEditor((s) => s.problems)
  const unreachable = useEditor((s) => s.unreachable)
  const checking = useEditor((s) => s.validatedRevision !== s.history.revision)
  const doc = useEditor((s) => s.history.doc)
  const current = useEditor((s) => shownLevel(s.history.doc, s.levelId)?.id)
  const lang = useEditor((s) => s.lang)
  const multiLevel = (doc.venue.levels?.length ?? 0) > 1
  // A problem on another level says which, and going to it shows that level first.
  const levelOf = (itemId: string | undefined) => {
    const id = multiLevel && itemId ? levelOfItem(doc, itemId) : undefined
    const level = id ? doc.venue.levels.find((l) => l.id === id) : undefined
    return level && level.id !== current ? level : undefined
  }
  const zoomTo = (itemId: string | undefined) => {
    if (!itemId) return
    const other = levelOf(itemId)
    if (other) pick(other.id, other.name[lang])
    const st = useEditor.getState()
    const box = findPlanBox(st.history.doc, itemId)
    const canvas = document.querySelector<HTMLCanvasElement>('.plan-canvas')
    if (box && canvas) st.zoomTo(box, { width: canvas.clientWidth, height: canvas.clientHeight })
    if (!st.history.doc.venue.levels?.some((l) => l.id === itemId)) st.select([itemId])
  }
  return (
    <div className="problems">
      <p aria-live="polite" className="problems-summary" data-count={problems.length} data-checking={checking}>
        {checking ? t('editor.problems.checking') : problems.length ? t('editor.problems.count', { count: problems.length }) : t('editor.problems.none')}
        {!checking && unreachable.size ? ` · ${t('editor.problems.unreachable', { count: unreachable.size })}` : ''}
      </p>
      <ul className="plain problem-list">
        {problems.slice(0, SHOWN).map((p, i) => {
          const other = levelOf(p.itemId)
          return (
            <li key={`${p.file}${p.path}${p.rule}${i}`}>
              <button type="button" className="problem" disabled={!p.itemId} onClick={() => zoomTo(p.itemId)} data-level={other?.id}>
                {other ? <span className="problem-level">{t('editor.problems.onLevel', { level: other.name[lang] })} · </span> : null}
                <code>
                  {p.file} {p.path}
                </code>{' '}
                <span className="rule">[{p.rule}]</span> {p.message}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
