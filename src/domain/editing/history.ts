/** Undo and redo over patches: the editor's whole edit state, as plain values. */
import { compile, type Command } from './commands.ts'
import type { EditorDoc } from './doc.ts'
import { applyPatch, invertPatch, type Patch } from './patch.ts'

export interface HistoryEntry {
  command: Command
  patch: Patch
}

export interface EditHistory {
  doc: EditorDoc
  past: readonly HistoryEntry[]
  future: readonly HistoryEntry[]
  /** Counts every change (edit, undo, redo), so savers and validators know what they have seen. */
  revision: number
}

/** Undo steps kept: older ones fall off, the document itself is never cut. */
export const HISTORY_LIMIT = 500

export function startHistory(doc: EditorDoc): EditHistory {
  return { doc, past: [], future: [], revision: 0 }
}

export function executeIn(h: EditHistory, command: Command): { history: EditHistory; created: string[] } {
  const { patch, created } = compile(h.doc, command)
  if (!patch.length) return { history: h, created }
  const past = [...h.past, { command, patch }]
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT)
  return { history: { doc: applyPatch(h.doc, patch), past, future: [], revision: h.revision + 1 }, created }
}

export function undoIn(h: EditHistory): EditHistory {
  const last = h.past[h.past.length - 1]
  if (!last) return h
  return { doc: applyPatch(h.doc, invertPatch(last.patch)), past: h.past.slice(0, -1), future: [last, ...h.future], revision: h.revision + 1 }
}

export function redoIn(h: EditHistory): EditHistory {
  const next = h.future[0]
  if (!next) return h
  return { doc: applyPatch(h.doc, next.patch), past: [...h.past, next], future: h.future.slice(1), revision: h.revision + 1 }
}
