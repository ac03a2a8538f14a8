/**
 * The editor's one store: the edit history (document + undo/redo), the selection, the tool and
 * the plan's view. Every change to the document goes through `run(command)`, the same door the
 * toolbar, the keyboard and `window.venueTwinEditor` use.
 */
import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { CommandError, type Command } from '../domain/editing/commands.ts'
import { emptyDoc, type CollectionName, type EditorDoc } from '../domain/editing/doc.ts'
import { executeIn, redoIn, startHistory, undoIn, type EditHistory } from '../domain/editing/history.ts'
import type { Point2 } from '../domain/geometry/types.ts'
import type { SceneIssue } from '../domain/scene/issues.ts'
import { setSceneFileReader } from './sceneAssets.ts'
import type { Underlay } from './underlay.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { onLevel, shownLevel } from '../domain/editing/levelView.ts'
import type { ConnectorKind } from '../domain/scene/schema.ts'

export type ToolId = 'select' | 'hall' | 'zone' | 'booth' | 'poi' | 'kiosk' | 'closed' | 'steps' | 'connector' | 'calibrate' | 'north'

/** What the connector tool places next: its kind, the level its other stop is on, its ride. */
export interface ConnectorDraft {
  kind: ConnectorKind
  direction: 'up' | 'down'
  /** The level the other stop goes on; null: the next one up (or down). */
  toLevelId: string | null
}

export interface PlanView {
  /** Screen pixels per metre. */
  scale: number
  /** Screen position (CSS px) of the plan's origin. */
  offsetX: number
  offsetY: number
}

export interface Problem extends SceneIssue {
  /** The plan item it concerns, where one can be named. */
  itemId?: string
}

export interface EditorState {
  history: EditHistory
  /** The level whose plan is shown and edited (null: the first). */
  levelId: string | null
  connectorDraft: ConnectorDraft
  /** Where the document came from, for the title and for export names. */
  sceneName: string
  selection: ReadonlySet<string>
  tool: ToolId
  view: PlanView
  underlay: Underlay | null
  problems: readonly Problem[]
  /** Booths, service points and kiosks visitors cannot walk to. */
  unreachable: ReadonlySet<string>
  /** The document revision the problems describe; behind `history.revision` while validating. */
  validatedRevision: number
  lang: Lang
  grid: number
  /** The last thing the editor wants said (errors, results), also spoken by the live region. */
  status: { text: string; kind: 'info' | 'error' } | null
  clipboard: { coll: CollectionName; item: never }[]
  /** Set while a session's location is being picked on the plan. */
  pickingFor: string | null
  preview3d: boolean
  run: (command: Command) => string[]
  undo: () => void
  redo: () => void
  load: (doc: EditorDoc, name: string) => void
  select: (ids: Iterable<string>, mode?: 'replace' | 'add' | 'toggle') => void
  set: (patch: Partial<Omit<EditorState, 'run' | 'undo' | 'redo' | 'load' | 'select' | 'set'>>) => void
  zoomTo: (box: { minX: number; minZ: number; maxX: number; maxZ: number }, canvas: { width: number; height: number }) => void
  screenToPlan: (x: number, y: number) => Point2
}

export const useEditor = create<EditorState>()(
  subscribeWithSelector((set, get) => ({
    history: startHistory(emptyDoc()),
    levelId: null,
    connectorDraft: { kind: 'escalator', direction: 'up', toLevelId: null },
    sceneName: 'new-venue',
    selection: new Set(),
    tool: 'select',
    view: { scale: 6, offsetX: 40, offsetY: 40 },
    underlay: null,
    problems: [],
    unreachable: new Set(),
    validatedRevision: -1,
    lang: 'en',
    grid: 0.5,
    status: null,
    clipboard: [],
    pickingFor: null,
    preview3d: false,
    run: (command) => {
      try {
        const { history, created } = executeIn(get().history, command)
        set({ history, status: null })
        return created
      } catch (e) {
        const text = e instanceof CommandError ? (get().lang === 'zh' ? e.zh : e.message) : e instanceof RangeError ? e.message : String(e)
        set({ status: { text, kind: 'error' } })
        throw e
      }
    },
    undo: () => set({ history: undoIn(get().history) }),
    redo: () => set({ history: redoIn(get().history) }),
    load: (doc, name) => {
      // A document from anywhere but an opened folder, zip or URL comes without its logo files.
      setSceneFileReader(null)
      set({
        history: { ...startHistory(doc), revision: get().history.revision + 1 },
        sceneName: name,
        levelId: null,
        selection: new Set(),
        problems: [],
        unreachable: new Set(),
      })
    },
    select: (ids, mode = 'replace') => {
      const next = mode === 'replace' ? new Set<string>() : new Set(get().selection)
      for (const id of ids) {
        if (mode === 'toggle' && next.has(id)) next.delete(id)
        else next.add(id)
      }
      set({ selection: next })
    },
    set: (patch) => set(patch),
    zoomTo: (box, canvas) => {
      const pad = 40
      const w = Math.max(box.maxX - box.minX, 2)
      const h = Math.max(box.maxZ - box.minZ, 2)
      const scale = Math.min((canvas.width - 2 * pad) / w, (canvas.height - 2 * pad) / h, 80)
      const cx = (box.minX + box.maxX) / 2
      const cz = (box.minZ + box.maxZ) / 2
      set({ view: { scale, offsetX: canvas.width / 2 - cx * scale, offsetY: canvas.height / 2 - cz * scale } })
    },
    screenToPlan: (x, y) => {
      const v = get().view
      return [(x - v.offsetX) / v.scale, (y - v.offsetY) / v.scale]
    },
  })),
)

export const currentDoc = (): EditorDoc => useEditor.getState().history.doc

/** The id of the level shown (the chosen one while it exists, else the first). */
export function currentLevelId(st: Pick<EditorState, 'history' | 'levelId'> = useEditor.getState()): string | null {
  return shownLevel(st.history.doc, st.levelId)?.id ?? null
}

let planCache: { doc: EditorDoc; levelId: string | null; plan: EditorDoc } | null = null
/** The shown level's plan (cached per document and level): what the plan draws, picks and snaps to. */
export function planDoc(st: Pick<EditorState, 'history' | 'levelId'> = useEditor.getState()): EditorDoc {
  const doc = st.history.doc
  const levelId = currentLevelId(st)
  if (planCache?.doc !== doc || planCache.levelId !== levelId) planCache = { doc, levelId, plan: levelId ? onLevel(doc, levelId) : doc }
  return planCache.plan
}

/** Shows a level's plan; what was selected on the other level is let go. False for an unknown id. */
export function setLevel(levelId: string): boolean {
  const st = useEditor.getState()
  if (!st.history.doc.venue.levels?.some((l) => l.id === levelId)) return false
  if (currentLevelId(st) !== levelId) st.set({ levelId, selection: new Set() })
  return true
}
