import { lazy, Suspense, type ComponentType } from 'react'

/**
 * A part of the interface that arrives in its own chunk, after the first usable screen: the
 * list, search and toolbar never wait for it. It draws nothing until its code is here (usually
 * a few milliseconds after start, as it loads in parallel with the scene).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }))
  function Part(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return Part
}
