import { act, render, screen } from '@testing-library/react'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { onDemand } from '../../src/ui/onDemand.tsx'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null }
  static getDerivedStateFromError(e: Error) {
    return { error: e.message }
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children
  }
}

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>

describe('onDemand', () => {
  it('shows the fallback until the code is here, then the part with its props, with no Suspense hold-back', async () => {
    const code = deferred<typeof Hello>()
    const Part = onDemand(() => code.promise, () => <p>Loading…</p>)
    render(<Part name="Ningbo" />)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    await act(async () => code.resolve(Hello))
    // Right after the code arrives, not 300 ms later (React's reveal throttle for Suspense).
    expect(screen.getByText('Hello Ningbo')).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('fetches once, however many times it is shown, and renders at once when preloaded', async () => {
    const load = vi.fn(async () => Hello)
    const Part = onDemand(load)
    await Part.preload()
    render(
      <>
        <Part name="A" />
        <Part name="B" />
      </>,
    )
    // Already loaded: the first render is the part itself, no fallback frame.
    expect(screen.getByText('Hello A')).toBeInTheDocument()
    expect(screen.getByText('Hello B')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('hands a failed download to the error boundary, and fetches afresh on the next mount', async () => {
    let attempt = 0
    const Part = onDemand(async () => {
      attempt++
      if (attempt === 1) throw new Error('chunk failed')
      return Hello
    })
    const first = render(
      <Boundary>
        <Part name="again" />
      </Boundary>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk failed')
    first.unmount()
    render(<Part name="again" />)
    expect(await screen.findByText('Hello again')).toBeInTheDocument()
    expect(attempt).toBe(2)
  })
})
