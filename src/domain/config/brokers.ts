/**
 * Which MQTT brokers this deployment trusts (venue-twin.config.json `live.allowedBrokers`). Zod-
 * free: the live edge decides with it at start. A broker is its WebSocket URL's scheme, host,
 * port and path; credentials, query and fragment never make two brokers the same.
 */
import type { LiveSource } from '../url/launchParams.ts'

export interface BrokerAddress {
  /** `wss://host:port/path`, normalised. */
  key: string
  host: string
}

export function brokerAddress(value: string): BrokerAddress | null {
  if (!/^wss?:\/\//i.test(value.trim())) return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (!url.hostname) return null
  const path = url.pathname.replace(/\/+$/, '') || ''
  return { key: `${url.protocol}//${url.host}${path}`, host: url.host }
}

export function isBrokerAllowed(url: string, allowed: readonly string[]): boolean {
  const a = brokerAddress(url)
  if (!a) return false
  return allowed.some((entry) => brokerAddress(entry)?.key === a.key)
}

/** What the live feed connects to, and a `live=` broker refused on the way (shown to the visitor). */
export interface LiveChoice {
  source: LiveSource
  /** The refused broker's host, when the link asked for one this deployment does not trust. */
  refusedHost: string | null
  /** The broker's host when it is not the deployment's default source: shown beside the feed's state. */
  foreignHost: string | null
}

/**
 * A link may ask for the simulator, no live data, or a broker; a broker only when the deployment
 * lists it (anyone can send a link, and the app would show that broker's numbers as the venue's).
 * Without `live=` the deployment's default source is used.
 */
export function chooseLiveSource(requested: LiveSource | null, deployment: { default: LiveSource; allowedBrokers: readonly string[] }): LiveChoice {
  const fallback = { source: deployment.default, refusedHost: null, foreignHost: null }
  if (!requested) return fallback
  if (requested.kind !== 'mqtt') return { source: requested, refusedHost: null, foreignHost: null }
  const asked = brokerAddress(requested.url)
  const isDefault = deployment.default.kind === 'mqtt' && asked !== null && brokerAddress(deployment.default.url)?.key === asked.key
  if (isDefault) return { source: requested, refusedHost: null, foreignHost: null }
  if (!isBrokerAllowed(requested.url, deployment.allowedBrokers)) return { ...fallback, refusedHost: asked?.host ?? requested.url.slice(0, 80) }
  return { source: requested, refusedHost: null, foreignHost: asked!.host }
}
