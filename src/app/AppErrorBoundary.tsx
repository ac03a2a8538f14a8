import { Component, type ReactNode } from 'react'

/** The last line: any render crash becomes a readable screen with a reload, never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode; fallback: (error: Error) => ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }
  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }
  override componentDidCatch(error: unknown): void {
    console.error('[venue-twin] render failed', error)
  }
  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children
  }
}
