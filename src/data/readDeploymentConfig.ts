/**
 * Reads venue-twin.config.json next to index.html (revalidated at every start, so operators
 * change it without a rebuild) and checks it with its zod schema: in the scene worker, beside the
 * scene (src/data/sceneWorker.ts), or on the main thread where there is none. Missing → the
 * defaults; broken → the safe defaults plus the problems, for the screen. The old
 * embed-config.json still supplies the embed allow-list when the new file has none, with a
 * deprecation warning.
 */
import { configForApp } from '../domain/config/configSchema.ts'
import { CONFIG_FILE, DEFAULT_CONFIG, LEGACY_EMBED_CONFIG_FILE, type LoadedConfig } from '../domain/config/deploymentConfig.ts'
import { formatIssue } from '../domain/scene/issues.ts'

type Read = { kind: 'missing' } | { kind: 'json'; value: unknown } | { kind: 'broken'; why: string }

async function readJson(url: string, doFetch: typeof fetch): Promise<Read> {
  let res: Response
  try {
    res = await doFetch(url, { cache: 'no-cache', credentials: 'same-origin' })
  } catch (e) {
    return { kind: 'broken', why: `could not be loaded (${e instanceof Error ? e.message : String(e)})` }
  }
  if (res.status === 404) return { kind: 'missing' }
  if (!res.ok) return { kind: 'broken', why: `could not be loaded (HTTP ${res.status})` }
  const text = await res.text()
  // A single-page-app server answers unknown paths with index.html: that is "missing".
  if (/^\s*</.test(text)) return { kind: 'missing' }
  try {
    return { kind: 'json', value: JSON.parse(text) }
  } catch (e) {
    return { kind: 'broken', why: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` }
  }
}

export async function loadDeploymentConfig(opts: { baseUrl?: string; fetch?: typeof fetch } = {}): Promise<LoadedConfig> {
  const doFetch = opts.fetch ?? fetch
  const base = (opts.baseUrl ?? import.meta.env.BASE_URL).replace(/\/$/, '')
  const file = await readJson(`${base}/${CONFIG_FILE}`, doFetch)
  const warnings: string[] = []
  let loaded: LoadedConfig
  if (file.kind === 'broken') loaded = { config: DEFAULT_CONFIG, errors: [`${CONFIG_FILE} ${file.why}`], warnings }
  else if (file.kind === 'missing') loaded = { config: DEFAULT_CONFIG, errors: [], warnings }
  else {
    const app = configForApp(file.value)
    loaded = { config: app.config, errors: app.errors.map(formatIssue), warnings: [...app.warnings, ...app.notes].map(formatIssue) }
  }
  const hasEmbed = file.kind === 'json' && typeof file.value === 'object' && file.value !== null && 'embed' in file.value
  if (hasEmbed || loaded.errors.length) return loaded
  const legacy = await readJson(`${base}/${LEGACY_EMBED_CONFIG_FILE}`, doFetch)
  if (legacy.kind !== 'json') return loaded
  const origins = (legacy.value as { allowedOrigins?: unknown }).allowedOrigins
  loaded.warnings.push(`${LEGACY_EMBED_CONFIG_FILE} is deprecated: move its allowedOrigins to ${CONFIG_FILE} "embed": { "allowedOrigins": [...] }`)
  if (Array.isArray(origins) && origins.every((o) => typeof o === 'string'))
    loaded.config = { ...loaded.config, embed: { allowedOrigins: origins as string[] } }
  else loaded.warnings.push(`${LEGACY_EMBED_CONFIG_FILE} must be { "allowedOrigins": ["https://…"] }; ignored`)
  return loaded
}
