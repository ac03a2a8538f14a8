/**
 * Runs the validator in its worker after each change: one check at a time, and while one runs
 * only the newest document waits — a burst of edits costs one more check, not one per edit. The
 * worker keeps the document; each check sends only what changed since the last (docDelta.ts).
 */
import type { EditorDoc } from '../domain/editing/doc.ts'
import { delta } from '../domain/editing/docDelta.ts'
import { problemItemId } from '../domain/editing/problems.ts'
import { useEditor } from './store.ts'
import type { ValidationRequest, ValidationResult } from './editorValidation.worker.ts'

interface Check {
  revision: number
  doc: EditorDoc
}

export function startValidation(): () => void {
  const worker = new Worker(new URL('./editorValidation.worker.ts', import.meta.url), { type: 'module', name: 'venue-twin-editor-validation' })
  let busy = false
  let queued: Check | null = null
  let sent: EditorDoc | null = null
  const waiters: (() => void)[] = []

  const send = ({ revision, doc }: Check) => {
    busy = true
    const req: ValidationRequest = { revision, delta: delta(sent, doc) }
    sent = doc
    worker.postMessage(req)
  }
  worker.onmessage = (e: MessageEvent<ValidationResult>) => {
    busy = false
    const { revision, issues, unreachable, ms } = e.data
    const state = useEditor.getState()
    // A result for a document since replaced is dropped; the queued one follows.
    if (!queued && revision === state.history.revision) {
      const doc = state.history.doc
      state.set({
        problems: issues.map((i) => ({ ...i, itemId: problemItemId(doc, i) })),
        unreachable: new Set(unreachable),
        validatedRevision: revision,
      })
      lastMs = ms
      for (const w of waiters.splice(0)) w()
    }
    if (queued) {
      const next = queued
      queued = null
      send(next)
    }
  }
  const post = () => {
    const { history } = useEditor.getState()
    const req = { revision: history.revision, doc: history.doc }
    if (busy) queued = req
    else send(req)
  }
  // Posting copies the whole document (tens of ms at 10,000 booths): after the plan has drawn
  // the change, not between the edit and its redraw. A hidden tab draws no frames: a timer then.
  let pending: { frame: number; timer: ReturnType<typeof setTimeout> } | null = null
  const request = () => {
    if (pending) return
    const fire = () => {
      if (!pending) return
      cancelAnimationFrame(pending.frame)
      clearTimeout(pending.timer)
      pending = null
      post()
    }
    pending = { frame: requestAnimationFrame(() => setTimeout(fire, 0)), timer: setTimeout(fire, 250) }
  }
  const unsubscribe = useEditor.subscribe((s) => s.history.revision, request)
  post()
  settled = () =>
    useEditor.getState().validatedRevision === useEditor.getState().history.revision
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push(resolve))
  return () => {
    unsubscribe()
    if (pending) {
      cancelAnimationFrame(pending.frame)
      clearTimeout(pending.timer)
    }
    worker.terminate()
  }
}

let lastMs = 0
let settled: () => Promise<void> = () => Promise.resolve()

/** Resolves once the problems describe the current document. */
export const validationSettled = (): Promise<void> => settled()
/** How long the last check took in its worker, ms (the benchmark reads it). */
export const lastValidationMs = (): number => lastMs
