/** The editor's keyboard: tools by letter, undo/redo, copy/paste and delete, outside text fields. */
import { items, locate, type CollectionName } from '../domain/editing/doc.ts'
import { shownLevel } from '../domain/editing/levelView.ts'
import { pick } from './LevelPicker.tsx'
import { currentLevelId, useEditor } from './store.ts'
import { TOOLS } from './tools.ts'

export function startShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
    const st = useEditor.getState()
    const mod = e.ctrlKey || e.metaKey
    const key = e.key.toLowerCase()
    try {
      if (mod && key === 'z' && !e.shiftKey) return void (e.preventDefault(), st.undo())
      if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) return void (e.preventDefault(), st.redo())
      if (mod && key === 'c') return void copy()
      if (mod && key === 'v') return void (e.preventDefault(), paste())
      if (mod && key === 'a') {
        e.preventDefault()
        return void st.select(items(st.history.doc, 'booths').map((b) => b.id))
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && st.selection.size) {
        e.preventDefault()
        return void st.run({ type: 'delete', ids: [...st.selection].filter((id) => id !== 'hall') })
      }
    } catch {
      return
    }
    if (mod || e.altKey) return
    if (e.key === 'PageUp' || e.key === 'PageDown') return void (e.preventDefault(), stepLevel(e.key === 'PageUp' ? 1 : -1))
    const tool = TOOLS.find((x) => x.key === key)
    if (tool) st.set({ tool: tool.id })
  }
  window.addEventListener('keydown', onKey)
  return () => window.removeEventListener('keydown', onKey)
}

export function copy(): void {
  const st = useEditor.getState()
  const doc = st.history.doc
  const clip: { coll: CollectionName; item: never }[] = []
  for (const id of st.selection) {
    const at = locate(doc, id)
    if (at && at.coll !== 'exhibitors' && at.coll !== 'sessions' && at.coll !== 'sectors') clip.push({ coll: at.coll, item: structuredClone(items(doc, at.coll)[at.index]) as never })
  }
  st.set({ clipboard: clip })
}

export function paste(): void {
  const st = useEditor.getState()
  if (!st.clipboard.length) return
  // Pasted on the level shown, wherever the copies came from.
  const levelId = currentLevelId(st)
  const onHere = st.clipboard.map((c) => (levelId && 'levelId' in (c.item as object) ? { ...c, item: { ...(c.item as object), levelId } as never } : c))
  const created = st.run({ type: 'paste', items: onHere, dx: 1, dz: 1 })
  st.select(created)
}

/** Page Up / Page Down: the level above or below in the shown level's building. */
function stepLevel(dir: 1 | -1): void {
  const st = useEditor.getState()
  const doc = st.history.doc
  const here = shownLevel(doc, st.levelId)
  if (!here) return
  const next = doc.venue.levels
    .filter((l) => l.buildingId === here.buildingId && (l.ordinal - here.ordinal) * dir > 0)
    .sort((a, b) => (a.ordinal - b.ordinal) * dir)[0]
  if (next) pick(next.id, next.name[st.lang])
}
