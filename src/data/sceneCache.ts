/**
 * The scene worker's own offline store (Cache Storage, which workers have too): published
 * files by their content-hashed URL, and per manifest URL the last manifest whose files all
 * arrived and validated. A kiosk that loses the network reloads that revision, whole; a
 * revision never mixes with another since a file's URL names its content. The service worker
 * only keeps the app shell: this is the one home of scene caching.
 */

const FILES = 'venue-twin-scene-files'
const COMPLETE = 'venue-twin-scene-revisions'

function available(): CacheStorage | null {
  return typeof caches === 'undefined' ? null : caches
}

export async function cachedFile(url: string): Promise<ArrayBuffer | null> {
  const store = available()
  if (!store) return null
  try {
    const hit = await (await store.open(FILES)).match(url)
    return hit ? await hit.arrayBuffer() : null
  } catch {
    return null
  }
}

/** Keeps a file; a full disk is reported (the app still runs, it just will not work offline). */
export async function keepFile(url: string, bytes: ArrayBuffer, warn: (m: string) => void): Promise<void> {
  const store = available()
  if (!store) return
  try {
    await (await store.open(FILES)).put(url, new Response(bytes, { headers: { 'content-type': 'application/json' } }))
  } catch (e) {
    warn(`offline copy of ${url} not kept: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
  }
}

export async function lastCompleteManifest(manifestUrl: string): Promise<unknown> {
  const store = available()
  if (!store) return null
  try {
    const hit = await (await store.open(COMPLETE)).match(manifestUrl)
    return hit ? ((await hit.json()) as unknown) : null
  } catch {
    return null
  }
}

/**
 * Marks a revision complete (all its files kept and valid) and drops the files of this scene no
 * longer named by it: stale revisions do not pile up on a kiosk's disk.
 */
export async function markComplete(manifestUrl: string, manifest: unknown, keep: readonly string[], warn: (m: string) => void): Promise<void> {
  const store = available()
  if (!store) return
  try {
    await (await store.open(COMPLETE)).put(manifestUrl, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }))
    const files = await store.open(FILES)
    const folder = new URL('files/', manifestUrl).href
    const wanted = new Set(keep)
    for (const req of await files.keys()) if (req.url.startsWith(folder) && !wanted.has(req.url)) await files.delete(req)
  } catch (e) {
    warn(`offline copy of revision not kept: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
  }
}
