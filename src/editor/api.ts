/**
 * `window.venueTwinEditor`: the editor for scripts and tests, through the same commands as its
 * buttons and keys (docs/contract.md "Editor API").
 */
import type { Command } from '../domain/editing/commands.ts'
import type { SceneIssue } from '../domain/scene/issues.ts'
import type { RawSceneFiles } from '../domain/scene/parseScene.ts'
import { exportObjects, rawToDoc, type ExportedScene } from './sceneFiles.ts'
import { currentLevelId, setLevel, useEditor } from './store.ts'
import { publishFromEditor, type PublishOutcome } from './publish.ts'
import { planStats } from './planStats.ts'
import { lastValidationMs, validationSettled } from './validation.ts'

export interface VenueTwinEditor {
  /** Runs a command; returns the ids it created. Throws (and shows) when it cannot be done. */
  execute(command: Command): string[]
  undo(): void
  redo(): void
  /** The validator's problems with the current document, once it has checked it. */
  problems(): Promise<SceneIssue[]>
  /** The three scene files as objects, as `npm run validate` reads them. */
  exportScene(): ExportedScene
  /** Replaces the document with these files (objects or the three files' parsed JSON). */
  load(files: ExportedScene | RawSceneFiles, name?: string): void
  /** Where a plan point (metres) is on the screen, in CSS pixels of the page. */
  planToScreen(point: readonly [number, number]): { x: number; y: number }
  /** Saves the work on this device now instead of a moment after the last change. */
  flushAutosave(): Promise<void>
  /** Counters for tests and benchmarks: plan draws, the revision last drawn and when, the last check's time in its worker. */
  stats(): { draws: number; drawnRevision: number; lastDrawEnd: number; validationMs: number; recentDrawMs: readonly number[] }
  /** The level whose plan is shown and edited (where new things go). */
  level(): string | null
  /** Shows a level's plan; false for an unknown id. */
  setLevel(levelId: string): boolean
  /** Publishes into a data folder the script hands over (as the Publish button does with the one picked). */
  publish(dataFolder: FileSystemDirectoryHandle): Promise<PublishOutcome>
  readonly revision: number
  readonly selection: string[]
}

declare global {
  interface Window {
    venueTwinEditor?: VenueTwinEditor
  }
}

export function installEditorApi(flushAutosave: () => Promise<void>): () => void {
  const api: VenueTwinEditor = {
    execute: (command) => useEditor.getState().run(command),
    undo: () => useEditor.getState().undo(),
    redo: () => useEditor.getState().redo(),
    problems: async () => {
      await validationSettled()
      return useEditor.getState().problems.map(({ itemId: _i, ...issue }) => issue)
    },
    exportScene: () => exportObjects(useEditor.getState().history.doc),
    load: (files, name) => {
      const raw: RawSceneFiles =
        'venue.json' in files ? files : { 'venue.json': files.venue, 'exhibitors.json': files.exhibitors, 'sessions.json': files.sessions }
      const doc = rawToDoc(raw, name ?? 'scene')
      useEditor.getState().load(doc, name ?? String(doc.venue.id ?? 'scene'))
    },
    planToScreen: ([x, z]) => {
      const v = useEditor.getState().view
      const r = document.querySelector('.plan-canvas')?.getBoundingClientRect() ?? { left: 0, top: 0 }
      return { x: r.left + v.offsetX + x * v.scale, y: r.top + v.offsetY + z * v.scale }
    },
    flushAutosave,
    level: () => currentLevelId(),
    setLevel: (levelId) => {
      const ok = setLevel(levelId)
      if (!ok) console.warn(`venueTwinEditor.setLevel: there is no level "${levelId}"`)
      return ok
    },
    publish: (dataFolder) => publishFromEditor(dataFolder),
    stats: () => ({ draws: planStats.draws, drawnRevision: planStats.lastRevision, lastDrawEnd: planStats.lastDrawEnd, validationMs: lastValidationMs(), recentDrawMs: [...planStats.recentMs()] }),
    get revision() {
      return useEditor.getState().history.revision
    },
    get selection() {
      return [...useEditor.getState().selection]
    },
  }
  window.venueTwinEditor = api
  return () => {
    if (window.venueTwinEditor === api) delete window.venueTwinEditor
  }
}
