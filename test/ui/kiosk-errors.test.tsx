import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startErrorCapture } from '../../src/integration/errorCapture.ts'
import { resetVenueStore, useVenueStore } from '../../src/state/store.ts'
import { forgetRecoveryForThisPage, KioskRecovery } from '../../src/ui/kiosk/KioskRecovery.tsx'
import { OperatorPanel } from '../../src/ui/kiosk/OperatorPanel.tsx'

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

describe('kiosk recovery: backs off and keeps the first problem', () => {
  afterEach(() => {
    forgetRecoveryForThisPage()
    sessionStorage.clear()
    vi.useRealTimers()
  })

  it('the second restart in a row waits 10 s, and the operator panel then shows the first problem', async () => {
    vi.useFakeTimers()
    resetVenueStore({ mode: 'kiosk' })
    const restart = vi.fn()
    const capture1 = startErrorCapture(useVenueStore)
    const first = render(<KioskRecovery message={'Scene "x" did not load within 60 s'} restart={restart} />)
    expect(screen.getByText(/restarts by itself in 5 s/)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(5300))
    expect(restart).toHaveBeenCalledTimes(1)
    first.unmount()
    capture1()

    // The reloaded page fails again at once.
    forgetRecoveryForThisPage()
    resetVenueStore({ mode: 'kiosk', lastError: null, firstError: null })
    const capture2 = startErrorCapture(useVenueStore)
    const second = render(<KioskRecovery message="TypeError: later trouble" restart={restart} />)
    expect(screen.getByText(/restarts by itself in 10 s/)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(5300))
    expect(restart).toHaveBeenCalledTimes(1)
    act(() => vi.advanceTimersByTime(5000))
    expect(restart).toHaveBeenCalledTimes(2)
    second.unmount()
    capture2()

    // Third page: the venue loads; the operator opens the panel.
    forgetRecoveryForThisPage()
    resetVenueStore({ mode: 'kiosk', lastError: null, firstError: null, restarts: 0 })
    const stop = startErrorCapture(useVenueStore)
    render(<OperatorPanel onClose={() => undefined} />)
    expect(screen.getByTestId('op-first-error')).toHaveTextContent('did not load within 60 s')
    expect(screen.getByTestId('op-error')).toHaveTextContent('TypeError: later trouble')
    expect(screen.getByTestId('op-restarts')).toHaveTextContent('2')
    stop()
  })
})
