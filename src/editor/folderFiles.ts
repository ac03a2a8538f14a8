/** Files in a folder the File System Access API handed over, by path relative to it. */

async function parentOf(dir: FileSystemDirectoryHandle, path: string, create: boolean): Promise<{ parent: FileSystemDirectoryHandle; name: string }> {
  const parts = path.split('/')
  const name = parts.pop()!
  let parent = dir
  for (const p of parts) parent = await parent.getDirectoryHandle(p, { create })
  return { parent, name }
}

const absent = (e: unknown): boolean => e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError')

export async function exists(dir: FileSystemDirectoryHandle, path: string): Promise<boolean> {
  try {
    const { parent, name } = await parentOf(dir, path, false)
    await parent.getFileHandle(name)
    return true
  } catch {
    return false
  }
}

/** The file's text, null when there is none. */
export async function readText(dir: FileSystemDirectoryHandle, path: string): Promise<string | null> {
  try {
    const { parent, name } = await parentOf(dir, path, false)
    return await (await (await parent.getFileHandle(name)).getFile()).text()
  } catch (e) {
    if (absent(e)) return null
    throw e
  }
}

/**
 * Written through `createWritable`, which the browser swaps into place on close: like the command
 * line's rename, a reader never sees half a file.
 */
export async function writeFile(dir: FileSystemDirectoryHandle, path: string, bytes: Uint8Array): Promise<void> {
  const { parent, name } = await parentOf(dir, path, true)
  const w = await (await parent.getFileHandle(name, { create: true })).createWritable()
  await w.write(bytes as Uint8Array<ArrayBuffer>)
  await w.close()
}

export async function removeFile(dir: FileSystemDirectoryHandle, path: string): Promise<void> {
  try {
    const { parent, name } = await parentOf(dir, path, false)
    await parent.removeEntry(name)
  } catch (e) {
    if (!absent(e)) throw e
  }
}
