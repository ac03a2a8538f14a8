/**
 * The files beside the scene's JSON that the editor was opened with (its logos), read on demand
 * by Publish. Kept outside the store: a reader is a function over a folder, a zip or the server,
 * not document state. Cleared whenever a document comes from elsewhere (new, restored, scripted).
 */
import { LOGO_PATH } from '../domain/logos/logoPath.ts'

/** A file by its path in the scene folder (`logos/acme.png`); null when it is not there. */
export type SceneFileReader = (path: string) => Promise<Uint8Array | null>

let current: SceneFileReader | null = null

export const sceneFileReader = (): SceneFileReader | null => current
export function setSceneFileReader(reader: SceneFileReader | null): void {
  current = reader
}

/** Only paths the schema allows for a logo: relative, inside the folder. */
const guarded =
  (read: (parts: string[]) => Promise<Uint8Array | null>): SceneFileReader =>
  async (path) => {
    if (!LOGO_PATH.test(path)) return null
    try {
      return await read(path.split('/'))
    } catch {
      return null
    }
  }

export function directoryReader(dir: FileSystemDirectoryHandle): SceneFileReader {
  return guarded(async (parts) => {
    let d = dir
    for (const p of parts.slice(0, -1)) d = await d.getDirectoryHandle(p)
    return new Uint8Array(await (await (await d.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer())
  })
}

/** Files from a folder input (paths start with the folder's name) or loose files (by name). */
export function fileListReader(files: readonly File[]): SceneFileReader {
  const byPath = new Map<string, File>()
  for (const f of files) {
    const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath
    byPath.set(rel ? rel.split('/').slice(1).join('/') : f.name, f)
  }
  return guarded(async (parts) => {
    const f = byPath.get(parts.join('/'))
    return f ? new Uint8Array(await f.arrayBuffer()) : null
  })
}

/** Entries of an unzipped archive; `folder` is the scene's folder inside it ('' at the top). */
export function zipReader(entries: Readonly<Record<string, Uint8Array>>, folder: string): SceneFileReader {
  return guarded(async (parts) => entries[`${folder ? `${folder}/` : ''}${parts.join('/')}`] ?? null)
}

/** The scene's folder on the server (a dev server serves it as authored; a published one has no logo files). */
export function urlReader(folderUrl: string): SceneFileReader {
  return guarded(async (parts) => {
    const res = await fetch(`${folderUrl}${parts.join('/')}`)
    // A server that answers every path with its page is not a logo.
    if (!res.ok || !(res.headers.get('content-type') ?? '').startsWith('image/')) return null
    return new Uint8Array(await res.arrayBuffer())
  })
}
