/**
 * Scenes in and out of the editor: from the data URL, a folder, loose files or a zip; out as the
 * three files or one zip that `npm run validate` and the explorer accept. Files written by an
 * older Venue Twin are migrated on the way in, as the explorer does.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { EditorDoc } from '../domain/editing/doc.ts'
import { docToFiles, fileText } from '../domain/editing/files.ts'
import { migrate } from '../domain/scene/migrations.ts'
import { SCENE_FILES, type SceneFileName } from '../domain/scene/files.ts'
import type { RawSceneFiles } from '../domain/scene/parseScene.ts'
import { directoryReader, fileListReader, urlReader, zipReader, type SceneFileReader } from './sceneAssets.ts'

export class SceneFileError extends Error {
  override name = 'SceneFileError'
}

export interface OpenedScene {
  doc: EditorDoc
  name: string
  /** The scene folder's other files (its logos), as Publish reads them. */
  files: SceneFileReader
}

export async function openFromUrl(baseUrl: string, sceneId: string): Promise<OpenedScene> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(sceneId)) throw new SceneFileError(`"${sceneId}" is not a scene id (kebab-case)`)
  const raw = {} as RawSceneFiles
  for (const file of SCENE_FILES) {
    const url = `${baseUrl}${sceneId}/${file}`
    const res = await fetch(url)
    if (!res.ok) throw new SceneFileError(`${sceneId}/${file}: ${res.status} ${res.statusText || 'not found'}`)
    raw[file] = parseJson(await res.text(), `${sceneId}/${file}`)
  }
  return { doc: rawToDoc(raw, sceneId), name: sceneId, files: urlReader(`${baseUrl}${sceneId}/`) }
}

/** Loose files (from a file input or a drop): the three JSON files, or one zip holding them. */
export async function openFromFiles(files: readonly File[]): Promise<OpenedScene> {
  const zip = files.find((f) => /\.zip$/i.test(f.name))
  if (zip) return openZip(new Uint8Array(await zip.arrayBuffer()), zip.name)
  const byName = new Map<string, File>()
  for (const f of files) byName.set(f.name.split('/').pop() ?? f.name, f)
  const raw = {} as RawSceneFiles
  for (const file of SCENE_FILES) {
    const f = byName.get(file)
    if (!f) throw new SceneFileError(`${file} is missing: choose the scene's folder, its three files or a zip of them`)
    raw[file] = parseJson(await f.text(), file)
  }
  const dirName = (files[0] as File & { webkitRelativePath?: string }).webkitRelativePath?.split('/')[0]
  return { doc: rawToDoc(raw, dirName || 'scene'), name: dirName || String((raw['venue.json'] as { id?: unknown })?.id ?? 'scene'), files: fileListReader(files) }
}

export async function openFromDirectory(dir: FileSystemDirectoryHandle): Promise<OpenedScene> {
  const raw = {} as RawSceneFiles
  for (const file of SCENE_FILES) {
    let handle: FileSystemFileHandle
    try {
      handle = await dir.getFileHandle(file)
    } catch {
      throw new SceneFileError(`${dir.name}/${file} is missing`)
    }
    raw[file] = parseJson(await (await handle.getFile()).text(), `${dir.name}/${file}`)
  }
  return { doc: rawToDoc(raw, dir.name), name: dir.name, files: directoryReader(dir) }
}

export function openZip(bytes: Uint8Array, zipName: string): OpenedScene {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch {
    throw new SceneFileError(`${zipName}: not a readable zip file`)
  }
  const raw = {} as RawSceneFiles
  let folder = ''
  let prefix = ''
  for (const file of SCENE_FILES) {
    const key = Object.keys(entries).find((k) => k === file || k.endsWith(`/${file}`))
    if (!key) throw new SceneFileError(`${zipName}: ${file} is missing from the zip`)
    folder = key.includes('/') ? key.split('/').slice(-2, -1)[0]! : folder
    prefix = key.slice(0, -file.length - 1)
    raw[file] = parseJson(strFromU8(entries[key]!), `${zipName}/${key}`)
  }
  const name = folder || zipName.replace(/\.zip$/i, '')
  return { doc: rawToDoc(raw, name), name, files: zipReader(entries, prefix) }
}

/** The three parsed files as an editor document; structure only — the validator judges the rest. */
export function rawToDoc(raw: RawSceneFiles, source: string): EditorDoc {
  const data = {} as Record<SceneFileName, Record<string, unknown>>
  for (const file of SCENE_FILES) {
    const m = migrate(file, raw[file])
    if (m.issues.length) throw new SceneFileError(`${source}/${file} ${m.issues[0]!.path}: ${m.issues[0]!.message}`)
    if (!m.data || typeof m.data !== 'object' || Array.isArray(m.data)) throw new SceneFileError(`${source}/${file}: not a JSON object`)
    data[file] = m.data as Record<string, unknown>
  }
  const venue = data['venue.json']
  for (const key of ['zones', 'booths', 'pois', 'kiosks'] as const) {
    if (venue[key] === undefined) venue[key] = []
    if (!Array.isArray(venue[key])) throw new SceneFileError(`${source}/venue.json $.${key}: a list was expected`)
  }
  const listOf = (file: SceneFileName, key: string): unknown[] => {
    const v = data[file][key] ?? []
    if (!Array.isArray(v)) throw new SceneFileError(`${source}/${file} $.${key}: a list was expected`)
    return v
  }
  return {
    venue: venue as unknown as EditorDoc['venue'],
    sectors: listOf('exhibitors.json', 'sectors') as EditorDoc['sectors'],
    exhibitors: listOf('exhibitors.json', 'exhibitors') as EditorDoc['exhibitors'],
    sessions: listOf('sessions.json', 'sessions') as EditorDoc['sessions'],
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new SceneFileError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
}

export interface ExportedScene {
  venue: unknown
  exhibitors: unknown
  sessions: unknown
}

export function exportObjects(doc: EditorDoc): ExportedScene {
  const f = docToFiles(doc)
  // A deep copy: what a script gets back cannot reach into the editor's document.
  return structuredClone({ venue: f['venue.json'], exhibitors: f['exhibitors.json'], sessions: f['sessions.json'] })
}

export function exportZip(doc: EditorDoc, folder: string): Uint8Array {
  const f = docToFiles(doc)
  const entries: Record<string, Uint8Array> = {}
  for (const file of SCENE_FILES) entries[`${folder}/${file}`] = strToU8(fileText(f[file]))
  return zipSync(entries, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') })
}

export function exportTexts(doc: EditorDoc): Record<SceneFileName, string> {
  const f = docToFiles(doc)
  return { 'venue.json': fileText(f['venue.json']), 'exhibitors.json': fileText(f['exhibitors.json']), 'sessions.json': fileText(f['sessions.json']) }
}

export async function saveToDirectory(dir: FileSystemDirectoryHandle, doc: EditorDoc): Promise<void> {
  const texts = exportTexts(doc)
  for (const file of SCENE_FILES) {
    const handle = await dir.getFileHandle(file, { create: true })
    const w = await handle.createWritable()
    await w.write(texts[file])
    await w.close()
  }
}

export function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
