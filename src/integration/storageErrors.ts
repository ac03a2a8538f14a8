/**
 * "The device is out of space" as browsers report it on a storage write: `QuotaExceededError`
 * (a DOMException, code 22), or Firefox's older `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const { name, code } = e as { name?: unknown; code?: unknown }
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
}
