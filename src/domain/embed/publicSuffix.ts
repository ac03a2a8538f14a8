/**
 * "Is this host name one anybody can register names under?" from the Public Suffix List (tldts,
 * private section included: `github.io` counts too). About 48 kB gzip of list, so only the code
 * that checks an allow-list imports it: `npm run config -- check` and the embed bridge (its own
 * chunk, loaded only when the twin is framed); never the visitor's entry.
 */
import { getPublicSuffix } from 'tldts'

export function isPublicSuffix(hostname: string): boolean {
  return getPublicSuffix(hostname, { allowPrivateDomains: true }) === hostname
}
