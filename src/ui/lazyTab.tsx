import type { ComponentType } from 'react'
import { onDemand, type OnDemandComponent } from './onDemand.tsx'

/** Until its code is here a view says it is loading, politely, to screen readers too. */
function Loading() {
  return <span className="lazy-loading" aria-busy="true" />
}

/**
 * A view that arrives in its own chunk (a sidebar tab not shown at start, an indicator of an
 * optional feature): the first usable screen never waits for it.
 */
export function lazyTab<P extends object>(load: () => Promise<ComponentType<P>>): OnDemandComponent<P> {
  return onDemand(load, Loading)
}
