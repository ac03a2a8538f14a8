import { lazy, Suspense, type ComponentType } from 'react'

/**
 * A view that arrives in its own chunk (a sidebar tab not shown at start, an indicator of an
 * optional feature): the first usable screen never waits for it. Until its code is here it
 * says it is loading, politely, to screen readers too.
 */
export function lazyTab<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }))
  function View(props: P) {
    return (
      <Suspense fallback={<span className="lazy-loading" aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return View
}
