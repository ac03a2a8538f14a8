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

export interface OriginChecks {
  /**
   * True for a name anyone can register under (`co.uk`, `github.io`): the Public Suffix List,
   * `publicSuffix.ts`. Passed in by the code that checks allow-lists, so the list stays out of
   * chunks that never need it; without it only single-label names (`*.cn`) are refused.
   */
  isPublicSuffix?: (hostname: string) => boolean
}

/** Plain http is fine on this machine only: elsewhere anyone on the network can pose as the host. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

function parseRule(entry: unknown, checks: OriginChecks): OriginRule | string {
  if (typeof entry !== 'string') return `${JSON.stringify(entry)} is not a string`
  const value = entry.trim()
  if (value === '*') return `"*" would let any website drive the twin; list each host origin instead`
  const wild = /^(https?:\/\/)\*\.(.+)$/i.exec(value)
  if (wild) {
    const origin = normalizeOrigin(`${wild[1]}${wild[2]}`)
    if (!origin) return `"${value}" is not an origin like https://*.example.com`
    const url = new URL(origin)
    if (!url.hostname.includes('.')) return `"${value}" would match subdomains of a top-level name`
    if (checks.isPublicSuffix?.(url.hostname))
      return `"${value}" would match every site registered under the public suffix "${url.hostname}" (Public Suffix List); name your own domain, e.g. https://*.example.${url.hostname}`
    return { kind: 'subdomains', protocol: url.protocol, suffix: `.${url.hostname}`, port: url.port }
  }
  const origin = normalizeOrigin(value)
  if (!origin) return `"${value}" is not an origin like https://www.example.com (scheme, host and port only)`
  return { kind: 'exact', origin }
}

/**
 * Read `embed-config.json`; bad entries are dropped with a warning, never fatal. `cautions` are
 * entries kept but worth a second look: plain `http:` hosts other than this machine.
 */
export function parseEmbedConfig(raw: unknown, checks: OriginChecks = {}): { config: EmbedConfig; warnings: string[]; cautions: string[] } {
  const parsed = ConfigFileSchema.safeParse(raw)
  if (!parsed.success)
    return { config: EMPTY_EMBED_CONFIG, warnings: ['embed-config.json must be { "allowedOrigins": ["https://…"] }; only same-origin hosts may embed'], cautions: [] }
  const warnings: string[] = []
  const cautions: string[] = []
  const allowedOrigins: OriginRule[] = []
  for (const entry of parsed.data.allowedOrigins) {
    const rule = parseRule(entry, checks)
    if (typeof rule === 'string') {
      warnings.push(`embed-config.json: ignoring allowedOrigins entry: ${rule}`)
      continue
    }
    allowedOrigins.push(rule)
    const protocol = rule.kind === 'exact' ? new URL(rule.origin).protocol : rule.protocol
    const host = rule.kind === 'exact' ? new URL(rule.origin).hostname : rule.suffix.slice(1)
    if (protocol === 'http:' && !isLoopback(host))
      cautions.push(`embed-config.json: allowedOrigins entry "${String(entry).trim()}" is plain http: anyone on the network between the visitor and that site can pose as it and drive the twin; use https`)
  }
  return { config: { allowedOrigins }, warnings, cautions }
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
