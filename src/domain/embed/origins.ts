/**
 * Who may talk to the twin when it is framed: the deploy-time allow-list (`embed-config.json`
 * next to index.html) and the pure decisions built on it. The browser guarantees
 * `event.origin` and enforces the target origin of postMessage; these functions decide which
 * origins we trust.
 */
import { z } from 'zod'

/** An exact origin (`https://www.example-wdec.cn`) or every subdomain of one (`https://*.example-wdec.cn`). */
export type OriginRule = { kind: 'exact'; origin: string } | { kind: 'subdomains'; protocol: string; suffix: string; port: string }

export interface EmbedConfig {
  allowedOrigins: OriginRule[]
}

export const EMPTY_EMBED_CONFIG: EmbedConfig = { allowedOrigins: [] }

const ConfigFileSchema = z.object({ allowedOrigins: z.array(z.unknown()).max(200) })

/**
 * `scheme://host[:port]` in the browser's own serialisation (lower-case host, default port
 * dropped), or null for anything else: paths, credentials, other schemes, the opaque "null".
 */
export function normalizeOrigin(value: string): string | null {
  const trimmed = value.trim().replace(/\/$/, '')
  if (!/^https?:\/\//i.test(trimmed)) return null
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || !url.hostname) return null
  if (trimmed.toLowerCase() !== url.origin.toLowerCase() && trimmed.toLowerCase() !== `${url.origin}:${defaultPort(url.protocol)}`.toLowerCase()) {
    // `new URL` repairs odd input (backslashes, missing slashes); an allow-list entry must be exact.
    return null
  }
  return url.origin
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80'
}

function parseRule(entry: unknown): OriginRule | string {
  if (typeof entry !== 'string') return `${JSON.stringify(entry)} is not a string`
  const value = entry.trim()
  if (value === '*') return `"*" would let any website drive the twin; list each host origin instead`
  const wild = /^(https?:\/\/)\*\.(.+)$/i.exec(value)
  if (wild) {
    const origin = normalizeOrigin(`${wild[1]}${wild[2]}`)
    if (!origin) return `"${value}" is not an origin like https://*.example.com`
    const url = new URL(origin)
    if (!url.hostname.includes('.')) return `"${value}" would match subdomains of a top-level name`
    return { kind: 'subdomains', protocol: url.protocol, suffix: `.${url.hostname}`, port: url.port }
  }
  const origin = normalizeOrigin(value)
  if (!origin) return `"${value}" is not an origin like https://www.example.com (scheme, host and port only)`
  return { kind: 'exact', origin }
}

/** Read `embed-config.json`; bad entries are dropped with a warning, never fatal. */
export function parseEmbedConfig(raw: unknown): { config: EmbedConfig; warnings: string[] } {
  const parsed = ConfigFileSchema.safeParse(raw)
  if (!parsed.success)
    return { config: EMPTY_EMBED_CONFIG, warnings: ['embed-config.json must be { "allowedOrigins": ["https://…"] }; only same-origin hosts may embed'] }
  const warnings: string[] = []
  const allowedOrigins: OriginRule[] = []
  for (const entry of parsed.data.allowedOrigins) {
    const rule = parseRule(entry)
    if (typeof rule === 'string') warnings.push(`embed-config.json: ignoring allowedOrigins entry: ${rule}`)
    else allowedOrigins.push(rule)
  }
  return { config: { allowedOrigins }, warnings }
}

/** Same origin is always allowed; otherwise the origin must match a rule. Opaque origins never. */
export function isOriginAllowed(origin: string, selfOrigin: string, config: EmbedConfig): boolean {
  if (!origin || origin === 'null') return false
  const normal = normalizeOrigin(origin)
  if (!normal || normal !== origin) return false
  if (selfOrigin !== 'null' && origin === selfOrigin) return true
  const url = new URL(origin)
  return config.allowedOrigins.some((rule) =>
    rule.kind === 'exact'
      ? rule.origin === origin
      : url.protocol === rule.protocol && url.port === rule.port && url.hostname.endsWith(rule.suffix) && url.hostname.length > rule.suffix.length,
  )
}

/**
 * Where the parent lives, before it has said anything: `location.ancestorOrigins[0]` is set by
 * the browser (trustworthy); the referrer is only a hint (it may be missing or stale). Posting
 * to a wrong hint is harmless: the browser delivers only if the parent really has that origin.
 */
export function parentOriginHint(ancestorOrigins: readonly string[] | null, referrer: string): { origin: string; trusted: boolean } | null {
  const first = ancestorOrigins?.[0]
  if (first) return { origin: first, trusted: true }
  if (!referrer) return null
  try {
    const origin = new URL(referrer).origin
    return origin && origin !== 'null' ? { origin, trusted: false } : null
  } catch {
    return null
  }
}

export type SenderVerdict = { accept: true } | { accept: false; reason: 'not-parent' | 'origin' | 'origin-changed' }

/**
 * Accept a message only from the parent window, from an allowed origin, and — once the
 * parent's origin is known for sure — from that origin only.
 */
export function checkSender(opts: {
  fromParent: boolean
  origin: string
  selfOrigin: string
  config: EmbedConfig
  knownParentOrigin: string | null
}): SenderVerdict {
  if (!opts.fromParent) return { accept: false, reason: 'not-parent' }
  if (!isOriginAllowed(opts.origin, opts.selfOrigin, opts.config)) return { accept: false, reason: 'origin' }
  if (opts.knownParentOrigin !== null && opts.origin !== opts.knownParentOrigin) return { accept: false, reason: 'origin-changed' }
  return { accept: true }
}
