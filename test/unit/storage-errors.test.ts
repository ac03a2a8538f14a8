import { describe, expect, it } from 'vitest'
import { isQuotaError } from '../../src/integration/storageErrors.ts'

describe('isQuotaError', () => {
  it('knows "out of space" under each browser\'s name for it', () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe(true)
    expect(isQuotaError({ name: 'QUOTA_EXCEEDED_ERR', code: 22 })).toBe(true)
  })

  it('is not fooled by other storage failures or by things that are not errors', () => {
    expect(isQuotaError(new DOMException('The operation is insecure.', 'SecurityError'))).toBe(false)
    expect(isQuotaError(new TypeError('quota'))).toBe(false)
    for (const v of [null, undefined, 'QuotaExceededError', 22, {}]) expect(isQuotaError(v)).toBe(false)
  })
})
