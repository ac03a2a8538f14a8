import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLongPress } from '../../src/ui/kiosk/useLongPress.ts'

function Corner({ onLong }: { onLong: () => void }) {
  return <div data-testid="corner" {...useLongPress(3000, onLong)} />
}

describe('useLongPress: the kiosk operator corner', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] }))
  afterEach(() => vi.useRealTimers())

  it('does nothing for a short tap', () => {
    const onLong = vi.fn()
    render(<Corner onLong={onLong} />)
    fireEvent.pointerDown(screen.getByTestId('corner'))
    vi.advanceTimersByTime(500)
    fireEvent.pointerUp(screen.getByTestId('corner'))
    vi.advanceTimersByTime(5000)
    expect(onLong).not.toHaveBeenCalled()
  })

  it('opens once after the hold, before the finger lifts', () => {
    const onLong = vi.fn()
    render(<Corner onLong={onLong} />)
    fireEvent.pointerDown(screen.getByTestId('corner'))
    vi.advanceTimersByTime(3000)
    expect(onLong).toHaveBeenCalledTimes(1)
    fireEvent.pointerUp(screen.getByTestId('corner'))
    expect(onLong).toHaveBeenCalledTimes(1)
  })

  it('counts a full hold whose timer a busy page ran late, once the finger lifts', () => {
    const onLong = vi.fn()
    render(<Corner onLong={onLong} />)
    fireEvent.pointerDown(screen.getByTestId('corner'))
    // The clock moves on but the timer has not run: the main thread was busy until the lift.
    vi.setSystemTime(Date.now() + 3200)
    fireEvent.pointerUp(screen.getByTestId('corner'))
    expect(onLong).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    expect(onLong).toHaveBeenCalledTimes(1)
  })
})
