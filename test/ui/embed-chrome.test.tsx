import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useVenueStore } from '../../src/state/store.ts'
import { EmbedListToggle } from '../../src/ui/embed/EmbedListToggle.tsx'
import { EmbedPoster } from '../../src/ui/embed/EmbedPoster.tsx'
import { GestureHint } from '../../src/ui/embed/GestureHint.tsx'
import { loadSmallScene } from './loadFixture.ts'

function Viewport() {
  return (
    <section data-testid="viewport">
      <GestureHint />
    </section>
  )
}

describe('embed chrome', () => {
  beforeEach(() => loadSmallScene({ mode: 'embed' }))
  afterEach(() => vi.useRealTimers())

  it('hints at Ctrl + scroll when the wheel is used without it, briefly', () => {
    vi.useFakeTimers()
    render(<Viewport />)
    const hint = screen.getByTestId('gesture-hint')
    expect(hint).toHaveAttribute('data-visible', 'false')
    expect(hint).toHaveAttribute('aria-hidden', 'true')
    fireEvent.wheel(screen.getByTestId('viewport'), { deltaY: 100, ctrlKey: true })
    expect(hint).toHaveAttribute('data-visible', 'false')
    fireEvent.wheel(screen.getByTestId('viewport'), { deltaY: 100 })
    expect(hint).toHaveAttribute('data-visible', 'true')
    expect(hint).toHaveTextContent('Use Ctrl + scroll to zoom')
    act(() => void vi.advanceTimersByTime(2000))
    expect(hint).toHaveAttribute('data-visible', 'false')
    act(() => useVenueStore.getState().setLang('zh'))
    expect(hint).toHaveTextContent('按住 Ctrl 并滚动以缩放')
  })

  it('asks for two fingers when one finger drags the map', () => {
    render(<Viewport />)
    fireEvent.touchMove(screen.getByTestId('viewport'), { touches: [{ clientX: 1, clientY: 1 }] })
    expect(screen.getByTestId('gesture-hint')).toHaveTextContent('Use two fingers to move the map')
  })

  it('shows no hint and no poster outside embed mode', () => {
    useVenueStore.setState({ mode: 'explorer' })
    render(
      <>
        <Viewport />
        <EmbedPoster />
      </>,
    )
    expect(screen.queryByTestId('gesture-hint')).toBeNull()
    expect(screen.queryByTestId('embed-poster')).toBeNull()
  })

  it('the poster lists the pavilions, lets one be opened, and goes once the 3D view has drawn', async () => {
    const user = userEvent.setup()
    render(<EmbedPoster />)
    const poster = screen.getByTestId('embed-poster')
    expect(screen.getByRole('status')).toHaveTextContent('Loading 3D…')
    const names = useVenueStore.getState().index!.scene.venue.zones.map((z) => z.name.en)
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(names)
    await user.click(screen.getByRole('button', { name: names[1] }))
    expect(useVenueStore.getState().selection).toEqual({ kind: 'zone', id: useVenueStore.getState().index!.scene.venue.zones[1]!.id })
    act(() => useVenueStore.getState().setFirstFrame())
    expect(poster).not.toBeInTheDocument()
  })

  it('the list toggle says what it does; the skip link opens the list first', async () => {
    const user = userEvent.setup()
    function Harness() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <a className="skip-link" href="#scene-mirror">
            Skip
          </a>
          <EmbedListToggle open={open} onToggle={setOpen} />
          <p data-testid="state">{open ? 'open' : 'closed'}</p>
        </>
      )
    }
    render(<Harness />)
    const toggle = screen.getByRole('button', { name: 'Show the list of pavilions' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(screen.getByRole('button', { name: 'Hide the list of pavilions' })).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('button', { name: 'Hide the list of pavilions' }))
    expect(screen.getByTestId('state')).toHaveTextContent('closed')
    await user.click(screen.getByRole('link', { name: 'Skip' }))
    expect(screen.getByTestId('state')).toHaveTextContent('open')
  })
})
