/**
 * Which MQTT brokers this deployment trusts (venue-twin.config.json `live.allowedBrokers`). Zod-
 * free: the live edge decides with it at start. A broker is its WebSocket URL's scheme, host,
 * port and path; credentials, query and fragment never make two brokers the same.
 */

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
