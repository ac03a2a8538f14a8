import { afterEach, describe, expect, it } from 'vitest'
import { startErrorCapture } from '../../src/integration/errorCapture.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'

describe('kiosk error capture', () => {
  afterEach(() => sessionStorage.clear())

  it('keeps the last uncaught error and rejection for the operator, across a reload', () => {
    resetVenueStore({ mode: 'kiosk' })
    const stop = startErrorCapture(useVenueStore)
    window.dispatchEvent(new ErrorEvent('error', { message: 'x is undefined', error: new TypeError('x is undefined'), filename: 'https://k/assets/SceneHost-abc.js', lineno: 12 }))
    expect(useVenueStore.getState().lastError?.message).toBe('TypeError: x is undefined (SceneHost-abc.js:12)')
    const rejection = new Event('unhandledrejection') as PromiseRejectionEvent
    Object.defineProperty(rejection, 'reason', { value: new Error('feed gone') })
    window.dispatchEvent(rejection)
    expect(useVenueStore.getState().lastError?.message).toBe('Unhandled rejection: Error: feed gone')
    // A failed image is not a crash.
    window.dispatchEvent(new ErrorEvent('error', {}))
    expect(useVenueStore.getState().lastError?.message).toBe('Unhandled rejection: Error: feed gone')
    stop()

    // The kiosk restarts itself (a new page, a fresh store): the operator still sees why.
    resetVenueStore({ mode: 'kiosk', lastError: null })
    const again = startErrorCapture(useVenueStore)
    expect(useVenueStore.getState().lastError?.message).toBe('Unhandled rejection: Error: feed gone')
    again()
  })

  it('ignores a garbled stored entry', () => {
    sessionStorage.setItem('venue-twin:last-error', '{"message": 3')
    resetVenueStore({ mode: 'kiosk', lastError: null })
    const stop = startErrorCapture(useVenueStore)
    expect(useVenueStore.getState().lastError).toBeNull()
    stop()
  })
})
