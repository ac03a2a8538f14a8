/**
 * Fetches the embed allow-list, `embed-config.json` next to index.html. It is read at every
 * start (revalidated, never a stale cached copy), so operators change it without a rebuild.
 * Missing or broken → only same-origin hosts may embed, with a warning.
 */
import { EMPTY_EMBED_CONFIG, parseEmbedConfig, type EmbedConfig } from '../domain/embed/origins.ts'

export const EMBED_CONFIG_FILE = 'embed-config.json'

export async function loadEmbedConfig(
  opts: { baseUrl?: string; fetch?: typeof fetch } = {},
): Promise<{ config: EmbedConfig; warnings: string[] }> {
  const doFetch = opts.fetch ?? fetch
  const url = `${(opts.baseUrl ?? import.meta.env.BASE_URL).replace(/\/$/, '')}/${EMBED_CONFIG_FILE}`
  const fallback = (why: string) => ({ config: EMPTY_EMBED_CONFIG, warnings: [`${EMBED_CONFIG_FILE} ${why}; only same-origin hosts may embed this twin`] })
  let res: Response
  try {
    res = await doFetch(url, { cache: 'no-cache', credentials: 'same-origin' })
  } catch (e) {
    return fallback(`could not be loaded (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!res.ok) return fallback(`could not be loaded (HTTP ${res.status})`)
  let raw: unknown
  try {
    raw = JSON.parse(await res.text())
  } catch {
    // A single-page-app server answers unknown paths with index.html: that is "missing", not JSON.
    return fallback('is missing or not JSON')
  }
  return parseEmbedConfig(raw)
}
