/**
 * Publishing from the editor: the plan `npm run publish:scene` follows (domain/scene/publishPlan.ts),
 * written with the File System Access API into the data folder the organizer picks — hashed files
 * first, `manifest.json` last, the same layout, so open pages and kiosks pick the revision up as
 * they do after the command line. Refused while the validator reports problems.
 */
import type { EditorDoc } from '../domain/editing/doc.ts'
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import { KEBAB_CASE } from '../domain/scene/ids.ts'
import { MANIFEST_FILE, parseManifest, type SceneManifest } from '../domain/scene/manifest.ts'
import { hex, planPublish, type HashedFile } from '../domain/scene/publishPlan.ts'
import { t } from './i18n.ts'
import { exportTexts } from './sceneFiles.ts'
import { useEditor } from './store.ts'
import { validationSettled } from './validation.ts'

export type PublishOutcome =
  | { kind: 'published' | 'unchanged'; scene: string; revision: number; folder: string }
  | { kind: 'refused'; problems: number }
  | { kind: 'failed'; message: string }

/** The scene id a publish goes under: the venue's id (what `?scene=` names), else the editor's name for it. */
export function publishId(doc: EditorDoc, fallback: string): string {
  const id = doc.venue.id
  return typeof id === 'string' && KEBAB_CASE.test(id) ? id : fallback
}

/** The problems the publish would be refused for, once the background check has caught up. */
export async function problemsBeforePublish(): Promise<number> {
  await validationSettled()
  return useEditor.getState().problems.length
}

/** Checks, then publishes the current document into `dataFolder`, saying how it went in the status bar. */
export async function publishFromEditor(dataFolder: FileSystemDirectoryHandle): Promise<PublishOutcome> {
  const count = await problemsBeforePublish()
  const st = useEditor.getState()
  if (count) {
    st.set({ status: { text: t('editor.publish.blocked', { count }), kind: 'error' } })
    return { kind: 'refused', problems: count }
  }
  const doc = st.history.doc
  const scene = publishId(doc, st.sceneName)
  st.set({ status: { text: t('editor.publish.working', { scene }), kind: 'info' } })
  try {
    const r = await publishToFolder(dataFolder, scene, doc, new Date())
    const key = r.unchanged ? 'editor.publish.unchanged' : 'editor.publish.done'
    useEditor.getState().set({ status: { text: t(key, { scene, revision: r.revision, folder: r.folder }), kind: 'info' } })
    return { kind: r.unchanged ? 'unchanged' : 'published', scene, revision: r.revision, folder: r.folder }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    useEditor.getState().set({ status: { text: t('editor.publish.failed', { message }), kind: 'error' } })
    return { kind: 'failed', message }
  }
}

/**
 * Writes one revision into `<dataFolder>/<sceneId>/` (or into the picked folder itself when it
 * is that scene's published folder already). Each file is written through `createWritable`,
 * which the browser swaps into place on close: like the command line's rename, a reader never
 * sees half a file.
 */
export async function publishToFolder(
  dataFolder: FileSystemDirectoryHandle,
  sceneId: string,
  doc: EditorDoc,
  now: Date,
): Promise<{ revision: number; unchanged: boolean; folder: string }> {
  const own = await readManifest(dataFolder)
  const inPlace = own?.scene === sceneId
  const dir = inPlace ? dataFolder : await dataFolder.getDirectoryHandle(sceneId, { create: true })
  const folder = inPlace ? dataFolder.name : `${dataFolder.name}/${sceneId}`
  const previous = inPlace ? own : await readManifest(dir)

  const texts = exportTexts(doc)
  const encoder = new TextEncoder()
  const files = {} as Record<SceneFileName, HashedFile>
  for (const name of SCENE_FILES) {
    const bytes = encoder.encode(texts[name])
    files[name] = { bytes, sha256: hex(await crypto.subtle.digest('SHA-256', bytes)) }
  }
  const plan = planPublish(sceneId, files, previous, now.toISOString())
  if (plan.unchanged && previous) return { revision: previous.revision, unchanged: true, folder }
  for (const f of plan.files) {
    if (f.immutable && (await exists(dir, f.path))) continue
    await writeFile(dir, f.path, f.bytes)
  }
  await writeFile(dir, MANIFEST_FILE, plan.manifestBytes)
  return { revision: plan.manifest.revision, unchanged: false, folder }
}

/** The folder's manifest, null without one; a broken one stops the publish (its revision is unknown). */
async function readManifest(dir: FileSystemDirectoryHandle): Promise<SceneManifest | null> {
  let text: string
  try {
    text = await (await (await dir.getFileHandle(MANIFEST_FILE)).getFile()).text()
  } catch (e) {
    if (e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError')) return null
    throw e
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new Error(`${dir.name}/${MANIFEST_FILE} is not valid JSON`)
  }
  const parsed = parseManifest(raw)
  if (typeof parsed === 'string') throw new Error(`${dir.name}/${MANIFEST_FILE}: ${parsed}`)
  return parsed
}

async function parentOf(dir: FileSystemDirectoryHandle, path: string, create: boolean): Promise<{ parent: FileSystemDirectoryHandle; name: string }> {
  const parts = path.split('/')
  const name = parts.pop()!
  let parent = dir
  for (const p of parts) parent = await parent.getDirectoryHandle(p, { create })
  return { parent, name }
}

async function exists(dir: FileSystemDirectoryHandle, path: string): Promise<boolean> {
  try {
    const { parent, name } = await parentOf(dir, path, false)
    await parent.getFileHandle(name)
    return true
  } catch {
    return false
  }
}

async function writeFile(dir: FileSystemDirectoryHandle, path: string, bytes: Uint8Array): Promise<void> {
  const { parent, name } = await parentOf(dir, path, true)
  const w = await (await parent.getFileHandle(name, { create: true })).createWritable()
  await w.write(bytes as Uint8Array<ArrayBuffer>)
  await w.close()
}
