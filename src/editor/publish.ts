/**
 * Publishing from the editor: the plan `npm run publish:scene` follows (domain/scene/publishPlan.ts),
 * written with the File System Access API into the data folder the organizer picks — hashed files
 * first, then the floor shadows and the logo atlas (publishAssets.ts), `manifest.json` last, the
 * same layout, so open pages and kiosks pick the revision up as they do after the command line.
 * Refused while the validator reports problems.
 */
import type { EditorDoc } from '../domain/editing/doc.ts'
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import { KEBAB_CASE } from '../domain/scene/ids.ts'
import { MANIFEST_FILE, parseManifest, type SceneManifest } from '../domain/scene/manifest.ts'
import { parseScene, type RawSceneFiles } from '../domain/scene/parseScene.ts'
import { hex, planPublish, type HashedFile } from '../domain/scene/publishPlan.ts'
import { exists, readText, writeFile } from './folderFiles.ts'
import { t } from './i18n.ts'
import { publishAssets, type AssetOutcome } from './publishAssets.ts'
import { sceneFileReader } from './sceneAssets.ts'
import { exportTexts } from './sceneFiles.ts'
import { useEditor } from './store.ts'
import { validationSettled } from './validation.ts'

export type PublishOutcome =
  | { kind: 'published' | 'unchanged'; scene: string; revision: number; folder: string; assets: AssetOutcome }
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
    const done = t(key, { scene, revision: r.revision, folder: r.folder })
    const text = t('editor.publish.summary', { done, assets: assetsText(r.assets) })
    useEditor.getState().set({ status: { text, kind: 'info' } })
    return { kind: r.unchanged ? 'unchanged' : 'published', scene, revision: r.revision, folder: r.folder, assets: r.assets }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    useEditor.getState().set({ status: { text: t('editor.publish.failed', { message }), kind: 'error' } })
    return { kind: 'failed', message }
  }
}

/** What besides the revision the folder now holds: floor shadows, and which logos are (not) shown. */
function assetsText({ shadows, logos }: AssetOutcome): string {
  const parts = [t('editor.publish.shadows', { count: shadows })]
  if (logos.kind === 'build') parts.push(t('editor.publish.logos.built', { count: logos.logos.length }))
  if (logos.kind === 'keep') parts.push(t('editor.publish.logos.kept', { count: Object.keys(logos.map.logos).length }))
  if (logos.kind !== 'none' && logos.left.length) {
    const files = logos.left.map((r) => r.file)
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '')
    parts.push(t('editor.publish.logos.left', { count: files.length, files: shown }))
  }
  return parts.join(t('editor.publish.join'))
}

/**
 * Writes one revision into `<dataFolder>/<sceneId>/` (or into the picked folder itself when it
 * is that scene's published folder already).
 */
export async function publishToFolder(
  dataFolder: FileSystemDirectoryHandle,
  sceneId: string,
  doc: EditorDoc,
  now: Date,
): Promise<{ revision: number; unchanged: boolean; folder: string; assets: AssetOutcome }> {
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
  // The validator passed it; parsed again here for the defaults the viewer's copy will have.
  const parsed = parseScene(Object.fromEntries(SCENE_FILES.map((n) => [n, JSON.parse(texts[n])])) as RawSceneFiles)
  if (!parsed.ok) throw new Error(`${parsed.issues[0]!.file} ${parsed.issues[0]!.path}: ${parsed.issues[0]!.rule}`)
  if (!(plan.unchanged && previous)) {
    for (const f of plan.files) {
      if (f.immutable && (await exists(dir, f.path))) continue
      await writeFile(dir, f.path, f.bytes)
    }
  }
  // Before the manifest, as the command line does, so a page reading the new revision finds its
  // floors' shadows. The logos are not part of a revision (a logo file can change while the JSON
  // does not): brought up to date even when the revision is unchanged.
  const assets = await publishAssets(dir, parsed.scene, previous, sceneFileReader())
  if (plan.unchanged && previous) return { revision: previous.revision, unchanged: true, folder, assets }
  await writeFile(dir, MANIFEST_FILE, plan.manifestBytes)
  return { revision: plan.manifest.revision, unchanged: false, folder, assets }
}

/** The folder's manifest, null without one; a broken one stops the publish (its revision is unknown). */
async function readManifest(dir: FileSystemDirectoryHandle): Promise<SceneManifest | null> {
  const text = await readText(dir, MANIFEST_FILE)
  if (text === null) return null
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
