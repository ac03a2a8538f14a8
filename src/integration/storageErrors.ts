/**
 * "The device is out of space" as browsers report it on a storage write, by the error's name:
 * `QuotaExceededError` (a DOMException), Firefox's older `NS_ERROR_DOM_QUOTA_REACHED`, old
 * WebKit's `QUOTA_EXCEEDED_ERR`. (Matching the name, not the legacy codes 22 and 1014, keeps it
 * small: it is part of the first download.)
 */
export function isQuotaError(e: unknown): boolean {
  return /quota/i.test(String((e as { name?: unknown } | null)?.name))
}
