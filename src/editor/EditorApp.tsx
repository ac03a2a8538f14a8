/** The venue editor's screen: file actions, tools, the plan and the panels beside it. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { emptyDoc } from '../domain/editing/doc.ts'
import { readSavedWork, discardSavedWork, type SavedWork } from './autosave.ts'
import { ConnectorOptions } from './ConnectorOptions.tsx'
import { ExhibitorList } from './ExhibitorList.tsx'
import { useT, t as tNow } from './i18n.ts'
import { Inspector } from './Inspector.tsx'
import { LevelPicker } from './LevelPicker.tsx'
import { LevelsPanel } from './LevelsPanel.tsx'
import { PlanCanvas } from './PlanCanvas.tsx'
import { ProblemsList } from './ProblemsList.tsx'
import { SessionsTable } from './SessionsTable.tsx'
import { download, exportTexts, exportZip, openFromDirectory, openFromFiles, openFromUrl, saveToDirectory, type OpenedScene } from './sceneFiles.ts'
import { problemsBeforePublish, publishFromEditor, publishId } from './publish.ts'
import { setSceneFileReader } from './sceneAssets.ts'
import { useEditor } from './store.ts'
import { TOOLS } from './tools.ts'
import { blobToImage, readUnderlay } from './underlay.ts'
import { connectorTarget } from './zoneDefaults.ts'

const Preview3D = lazy(() => import('./Preview3D.tsx'))

type Tab = 'inspector' | 'levels' | 'exhibitors' | 'sessions' | 'problems'

const DATA_BASE = `${import.meta.env.BASE_URL}scenes/`

export function EditorApp() {
  const t = useT()
  const [tab, setTab] = useState<Tab>('inspector')
  const [restore, setRestore] = useState<SavedWork | null>(null)
  const sceneName = useEditor((s) => s.sceneName)
  const status = useEditor((s) => s.status)
  const canUndo = useEditor((s) => s.history.past.length > 0)
  const canRedo = useEditor((s) => s.history.future.length > 0)
  const tool = useEditor((s) => s.tool)
  const grid = useEditor((s) => s.grid)
  const underlay = useEditor((s) => s.underlay)
  const problems = useEditor((s) => s.problems)
  const preview3d = useEditor((s) => s.preview3d)
  const lang = useEditor((s) => s.lang)
  const selectionSize = useEditor((s) => s.selection.size)
  const connectorTo = useEditor((s) => {
    const id = s.tool === 'connector' ? connectorTarget(s.history.doc, s.levelId, s.connectorDraft) : null
    return id ? s.history.doc.venue.levels.find((l) => l.id === id)?.name[s.lang] : undefined
  })
  const dirHandle = useRef<FileSystemDirectoryHandle | null>(null)
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const planInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    document.title = `${tNow('editor.title')} · ${sceneName}`
  }, [lang, sceneName])

  // Start: offer back unsaved work first; otherwise open ?scene= (or stay on an empty venue).
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const saved = await readSavedWork().catch(() => undefined)
      if (cancelled) return
      if (saved) return setRestore(saved)
      await openRequested()
    })()
    return () => {
      cancelled = true
    }
  }, [])

  // Whatever is picked on the plan is edited at once: a new selection shows its properties.
  const [selectionSeen, setSelectionSeen] = useState(selectionSize)
  if (selectionSeen !== selectionSize) {
    setSelectionSeen(selectionSize)
    if (selectionSize && tab === 'problems') setTab('inspector')
  }

  const openUrl = async () => {
    const id = window.prompt(t('editor.open.url.prompt'), sceneName)
    if (id) await openFromUrl(DATA_BASE, id.trim()).then(opened, failed)
  }
  const openFolder = async () => {
    const picker = (window as { showDirectoryPicker?: (o?: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker
    if (!picker) return folderInput.current?.click()
    try {
      const dir = await picker({ mode: 'readwrite' })
      dirHandle.current = dir
      opened(await openFromDirectory(dir))
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) failed(e)
    }
  }
  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return
    await openFromFiles([...list]).then(opened, failed)
  }
  const onPlan = async (list: FileList | null) => {
    const file = list?.[0]
    if (!file) return
    try {
      const u = await readUnderlay(file)
      const w = Math.round(u.image.width * u.placement.metresPerPixel)
      const d = Math.round(u.image.height * u.placement.metresPerPixel)
      useEditor.getState().load(emptyDoc({ width: w, depth: d }), file.name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'new-venue')
      useEditor.getState().set({ underlay: u, tool: 'calibrate' })
      fit()
    } catch (e) {
      failed(e)
    }
  }
  const exportZipFile = () => download(exportZip(useEditor.getState().history.doc, sceneName) as BlobPart, `${sceneName}.zip`, 'application/zip')
  const exportFiles = () => {
    const texts = exportTexts(useEditor.getState().history.doc)
    for (const [name, text] of Object.entries(texts)) download(text, name, 'application/json')
  }
  const saveFolder = async () => {
    if (!dirHandle.current) return openFolder()
    await saveToDirectory(dirHandle.current, useEditor.getState().history.doc).catch(failed)
  }
  // Into a data folder the organizer picks where the browser can write one; elsewhere the zip
  // for `npm run publish:scene`. Either way only a scene without problems.
  const publish = async () => {
    const st = useEditor.getState()
    st.set({ status: { text: t('editor.publish.checking'), kind: 'info' } })
    const count = await problemsBeforePublish()
    if (count) return st.set({ status: { text: t('editor.publish.blocked', { count }), kind: 'error' } })
    const picker = (window as { showDirectoryPicker?: (o?: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker
    if (!picker) {
      // Named by the venue's id, as the editor's own publish would, so the command publishes it under the same id.
      const id = publishId(st.history.doc, sceneName)
      download(exportZip(st.history.doc, id) as BlobPart, `${id}.zip`, 'application/zip')
      return st.set({ status: { text: t('editor.publish.ready', { name: `${id}.zip`, folder: id }), kind: 'info' } })
    }
    let dir: FileSystemDirectoryHandle
    try {
      dir = await picker({ mode: 'readwrite', id: 'venue-twin-data' })
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return st.set({ status: null })
      return failed(e)
    }
    await publishFromEditor(dir)
  }

  return (
    <div className="editor" data-lang={lang}>
      <header className="editor-header">
        <h1>
          {t('editor.title')} <span className="scene-name">{sceneName}</span>
        </h1>
        <div role="toolbar" aria-label={t('editor.file')} className="file-actions">
          <button type="button" onClick={() => void openUrl()}>
            {t('editor.open.url')}
          </button>
          <button type="button" onClick={() => void openFolder()}>
            {t('editor.open.folder')}
          </button>
          <button type="button" onClick={() => filesInput.current?.click()}>
            {t('editor.open.files')}
          </button>
          <button type="button" onClick={() => planInput.current?.click()}>
            {t('editor.new.plan')}
          </button>
          <button type="button" onClick={() => (useEditor.getState().load(emptyDoc(), 'new-venue'), useEditor.getState().set({ underlay: null }), fit())}>
            {t('editor.new.empty')}
          </button>
          <button type="button" onClick={exportZipFile}>
            {t('editor.export.zip')}
          </button>
          <button type="button" onClick={exportFiles}>
            {t('editor.export.files')}
          </button>
          <button type="button" onClick={() => void saveFolder()}>
            {t('editor.save.folder')}
          </button>
          <button type="button" className="primary" onClick={() => void publish()} aria-disabled={problems.length > 0}>
            {t('editor.publish')}
          </button>
          <span className="sep" />
          <button type="button" onClick={() => useEditor.getState().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('editor.undo')}
          </button>
          <button type="button" onClick={() => useEditor.getState().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
            {t('editor.redo')}
          </button>
          <button type="button" aria-pressed={preview3d} onClick={() => useEditor.getState().set({ preview3d: !preview3d })}>
            {preview3d ? t('editor.preview3d.off') : t('editor.preview3d')}
          </button>
          <button type="button" lang={lang === 'en' ? 'zh' : 'en'} aria-label={t('editor.lang.label')} onClick={() => useEditor.getState().set({ lang: lang === 'en' ? 'zh' : 'en' })}>
            {t('editor.lang')}
          </button>
        </div>
        <input ref={filesInput} type="file" hidden multiple accept=".json,.zip,application/json,application/zip" data-testid="open-files" onChange={(e) => void onFiles(e.target.files)} />
        <input ref={folderInput} type="file" hidden multiple {...{ webkitdirectory: '' }} onChange={(e) => void onFiles(e.target.files)} />
        <input ref={planInput} type="file" hidden accept="image/png,image/jpeg,application/pdf,.pdf" data-testid="open-plan" onChange={(e) => void onPlan(e.target.files)} />
      </header>

      <nav className="editor-tools" aria-label={t('editor.tools')}>
        {TOOLS.filter((x) => (x.id === 'calibrate' || x.id === 'north' ? !!underlay : true)).map((x) => (
          <button key={x.id} type="button" aria-pressed={tool === x.id} aria-keyshortcuts={x.key.toUpperCase()} data-tool={x.id} onClick={() => useEditor.getState().set({ tool: x.id })}>
            {t(x.label)}
          </button>
        ))}
        <label className="field">
          <span>{t('editor.grid')}</span>
          <select value={grid} onChange={(e) => useEditor.getState().set({ grid: Number(e.target.value) })}>
            {[0, 0.1, 0.5, 1, 3].map((g) => (
              <option key={g} value={g}>
                {g ? `${g} m` : '—'}
              </option>
            ))}
          </select>
        </label>
        {tool === 'connector' ? <ConnectorOptions /> : null}
        {underlay ? (
          <label className="field">
            <span>{t('editor.underlay.opacity')}</span>
            <input type="range" min={0} max={1} step={0.05} value={underlay.opacity} onChange={(e) => useEditor.getState().set({ underlay: { ...underlay, opacity: Number(e.target.value) } })} />
          </label>
        ) : null}
      </nav>

      <main className="editor-main">
        {preview3d ? (
          <Suspense fallback={<p className="muted">…</p>}>
            <Preview3D />
          </Suspense>
        ) : (
          <>
            <PlanCanvas />
            <LevelPicker />
          </>
        )}
        {TOOLS.find((x) => x.id === tool)?.outline ? <p className="hint">{t('editor.draw.hint')}</p> : null}
        {tool === 'connector' && connectorTo ? <p className="hint">{t('editor.connector.hint', { level: connectorTo })}</p> : null}
      </main>

      <aside className="editor-side">
        <div role="tablist" aria-label={t('editor.inspector')}>
          {(['inspector', 'levels', 'exhibitors', 'sessions', 'problems'] as const).map((id) => (
            <button key={id} role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)}>
              {t(`editor.tab.${id}`, { count: problems.length })}
            </button>
          ))}
        </div>
        <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="ed-panel">
          {tab === 'inspector' ? <Inspector /> : tab === 'levels' ? <LevelsPanel /> : tab === 'exhibitors' ? <ExhibitorList /> : tab === 'sessions' ? <SessionsTable /> : <ProblemsList />}
        </section>
        {tab !== 'problems' ? (
          <div className="problems-mini">
            <ProblemsList />
          </div>
        ) : null}
      </aside>

      <footer className="editor-status" role="status" aria-live="polite" data-kind={status?.kind}>
        {status?.text ?? ''}
      </footer>

      {restore ? (
        <div className="dialog-backdrop">
          <div role="alertdialog" aria-modal="true" aria-labelledby="restore-title" aria-describedby="restore-body" className="dialog">
            <h2 id="restore-title">{t('editor.restore.title')}</h2>
            <p id="restore-body">{t('editor.restore.body', { name: restore.sceneName, time: new Date(restore.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</p>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={async () => {
                useEditor.getState().load(restore.doc, restore.sceneName)
                if (restore.underlay) {
                  const image = await blobToImage(restore.underlay.blob, restore.underlay.name).catch(() => null)
                  if (image) useEditor.getState().set({ underlay: { ...restore.underlay, image } })
                }
                setRestore(null)
                fit()
              }}
            >
              {t('editor.restore.yes')}
            </button>
            <button
              type="button"
              onClick={async () => {
                await discardSavedWork().catch(() => undefined)
                setRestore(null)
                await openRequested()
              }}
            >
              {t('editor.restore.no')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}

function opened(o: OpenedScene): void {
  useEditor.getState().load(o.doc, o.name)
  setSceneFileReader(o.files)
  fit()
}

function failed(e: unknown): void {
  useEditor.getState().set({ status: { text: tNow('editor.error.open', { message: e instanceof Error ? e.message : String(e) }), kind: 'error' } })
}

async function openRequested(): Promise<void> {
  const id = new URLSearchParams(location.search).get('scene')
  if (id) await openFromUrl(DATA_BASE, id).then(opened, failed)
  else fit()
}

/** Frames the whole hall in the plan. */
export function fit(): void {
  requestAnimationFrame(() => {
    const st = useEditor.getState()
    const canvas = document.querySelector<HTMLCanvasElement>('.plan-canvas')
    const fp = st.history.doc.venue.hall?.footprint ?? []
    if (!canvas || !fp.length) return
    let minX = Infinity
    let minZ = Infinity
    let maxX = -Infinity
    let maxZ = -Infinity
    for (const [x, z] of fp) {
      minX = Math.min(minX, x)
      minZ = Math.min(minZ, z)
      maxX = Math.max(maxX, x)
      maxZ = Math.max(maxZ, z)
    }
    st.zoomTo({ minX, minZ, maxX, maxZ }, { width: canvas.clientWidth, height: canvas.clientHeight })
  })
}
