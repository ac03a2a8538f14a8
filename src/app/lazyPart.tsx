import type { ComponentType } from 'react'
import { onDemand, type OnDemandComponent } from '../ui/onDemand.tsx'

/**
 * A part of the interface that arrives in its own chunk, after the first usable screen: the
 * list, search and toolbar never wait for it. It draws nothing until its code is here (usually
 * a few milliseconds after start, as it loads in parallel with the scene).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): OnDemandComponent<P> {
  return onDemand(load)
}
