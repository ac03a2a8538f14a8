import { useEffect, useState, type ComponentType } from 'react'

export interface OnDemandComponent<P extends object> {
  (props: P): React.ReactNode
  /** Start fetching the code now (it is fetched on first render otherwise). */
  preload(): Promise<unknown>
}

/**
 * A component whose code arrives in its own chunk, without <Suspense>. React 19 holds back the
 * reveal of suspended content for up to 300 ms after a fallback showed (to batch reveals); for
 * the 3D view and the small parts around it that wait is pure delay, as their code usually
 * arrives alongside the scene. Here the part draws `Fallback` until its code is here, then
 * itself at once. A chunk that fails to load is thrown on render, for the nearest error
 * boundary, and fetched afresh on the next mount.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType | null = null): OnDemandComponent<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const start = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null
        throw e
      },
    ))

  function Part(props: P) {
    const [state, setState] = useState<{ C: ComponentType<P> | null; error: unknown }>(() => ({ C: loaded, error: null }))
    useEffect(() => {
      if (state.C) return
      let live = true
      start().then(
        (C) => live && setState({ C, error: null }),
        (error: unknown) => live && setState({ C: null, error: error ?? new Error('chunk failed to load') }),
      )
      return () => {
        live = false
      }
    }, [state.C])
    if (state.error) throw state.error
    const { C } = state
    if (C) return <C {...props} />
    return Fallback ? <Fallback /> : null
  }
  Part.preload = start
  return Part
}
