/** What the validator says about the document now: a live region, each problem a way to it. */
import { useT } from './i18n.ts'
import { findPlanBox } from './planRender.ts'
import { useEditor } from './store.ts'

const SHOWN = 300

export function ProblemsList() {
  const t = useT()
  const problems = useEditor((s) => s.problems)
  const unreachable = useEditor((s) => s.unreachable)
  const checking = useEditor((s) => s.validatedRevision !== s.history.revision)
  const zoomTo = (itemId: string | undefined) => {
    if (!itemId) return
    const st = useEditor.getState()
    const box = findPlanBox(st.history.doc, itemId)
    const canvas = document.querySelector<HTMLCanvasElement>('.plan-canvas')
    if (box && canvas) st.zoomTo(box, { width: canvas.clientWidth, height: canvas.clientHeight })
    st.select([itemId])
  }
  return (
    <div className="problems">
      <p aria-live="polite" className="problems-summary" data-count={problems.length} data-checking={checking}>
        {checking ? t('editor.problems.checking') : problems.length ? t('editor.problems.count', { count: problems.length }) : t('editor.problems.none')}
        {!checking && unreachable.size ? ` · ${t('editor.problems.unreachable', { count: unreachable.size })}` : ''}
      </p>
      <ul className="plain problem-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.file}${p.path}${p.rule}${i}`}>
            <button type="button" className="problem" disabled={!p.itemId} onClick={() => zoomTo(p.itemId)}>
              <code>
                {p.file} {p.path}
              </code>{' '}
              <span className="rule">[{p.rule}]</span> {p.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
