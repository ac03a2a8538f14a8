/**
 * Wayfinding at start-up: the `from=` / `to=` deep link (docs/contract.md), and — once the view is
 * up and the browser is idle — building the walkable network, with a console warning for any
 * place a visitor cannot walk to (the same check `npm run validate` makes). Both build the
 * network in short slices (one shared build), so the page stays responsive meanwhile.
 */
import { runSliced, whenIdle, yieldToMain } from '../data/timeSlice.ts'
import { unreachableSteps } from '../domain/routing/reachability.ts'
import { kindOfId } from '../domain/scene/sceneIndex.ts'
import { isSelectionKind } from '../domain/selection.ts'
import { networkReady, prepareNetwork, routing } from '../state/routing.ts'
import { viewDrawn } from '../state/readiness.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export function applyRouteLink(store: VenueStore, from: string | null, to: string | null): void {
  const s = store.getState()
  if (from && to) {
    const index = s.index
    const r = routing()
    // Unknown ids are reported at once (setRoute warns); a route waits for the network, built
    // in slices rather than in one long task while the first frames draw.
    const known = !!index && !!r && !!r.resolvePlace(index, from) && !!r.resolvePlace(index, to)
    if (!known || networkReady(index)) {
      s.setRoute(from, to, { source: 'url' })
      return
    }
    void prepareNetwork(index)
      .then(yieldToMain)
      .then(() => {
        const now = store.getState()
        // Unless the visitor has meanwhile asked for directions of their own.
        if (now.index === index && now.routeTo === null) now.setRoute(from, to, { source: 'url' })
      })
      .catch((e: unknown) => warn(`Ignoring route ${from} → ${to}: ${networkFailure(e)}`))
    return
  }
  // Only one end given: launchParams has warned; show the destination the way a deep link would.
  const kind = to && s.index ? kindOfId(s.index, to) : null
  if (to && kind && isSelectionKind(kind) && !s.selection) s.select({ kind, id: to }, 'url')
}

export function startReachabilityCheck(store: VenueStore): Stop {
  let handle: (() => void) | null = null
  let stopped = false
  const check = async (): Promise<void> => {
    const index = store.getState().index
    if (!index) return
    await prepareNetwork(index)
    // The build's last slice and the check's first would otherwise share one task.
    await yieldToMain()
    const list = await runSliced(unreachableSteps(index))
    if (stopped) return
    if (list.length)
      warn(
        `${list.length} place(s) cannot be walked to from the main entrance: ${list
          .slice(0, 10)
          .map((u) => `${u.kind} "${u.id}" (venue.json ${u.path})`)
          .join(', ')}${list.length > 10 ? ', …' : ''}. Run npm run validate for the full list.`,
      )
  }
  const run = (): void => {
    handle = null
    void check().catch((e: unknown) => warn(networkFailure(e)))
  }
  // After the first frame, when nothing else is waiting: building the network takes a moment.
  const schedule = (): void => {
    if (handle !== null) return
    handle = whenIdle(run, { timeoutMs: 5000, fallbackMs: 1500 })
  }
  const off = store.subscribe(
    viewDrawn,
    (ready) => ready && schedule(),
    { fireImmediately: true },
  )
  return () => {
    stopped = true
    off()
    handle?.()
  }
}

function networkFailure(e: unknown): string {
  return `the walkable network could not be built (${e instanceof Error ? e.message : String(e)})`
}
