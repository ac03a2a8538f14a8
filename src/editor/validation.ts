/**
 * Runs the validator in its worker after each change: one check at a time, and while one runs
 * only the newest document waits — a burst of edits costs one more check, not one per edit.
 */
import { problemItemId } from '../domain/editing/problems.ts'
import { useEditor } from './store.ts'
import type { ValidationRequest, ValidationResult } from './editorValidation.worker.ts'

export function startValidation(): () => void {
  const worker = new Worker(new URL('./editorValidation.worker.ts', import.meta.url), { type: 'module', name: 'venue-twin-editor-validation' })
  let busy = false
  let queued: ValidationRequest | null = null
  const waiters: (() => void)[] = []

  const send = (req: ValidationRequest) => {
    busy = true
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
  const request = () => {
    const { history } = useEditor.getState()
    const req = { revision: history.revision, doc: history.doc }
    if (busy) queued = req
    else send(req)
  }
  const unsubscribe = useEditor.subscribe((s) => s.history.revision, request)
  request()
  settled = () =>
    useEditor.getState().validatedRevision === useEditor.getState().history.revision
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push(resolve))
  return () => {
    unsubscribe()
    worker.terminate()
  }
}

let lastMs = 0
let settled: () => Promise<void> = () => Promise.resolve()

/** Resolves once the problems describe the current document. */
export const validationSettled = (): Promise<void> => settled()
/** How long the last check took in its worker, ms (the benchmark reads it). */
export const lastValidationMs = (): number => lastMs
