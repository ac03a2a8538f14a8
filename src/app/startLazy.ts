/**
 * Start an optional edge whose code arrives in its own chunk (live feed, embed bridge, service
 * worker…), so it never weighs on the first download. Stopping before the code has arrived
 * stops the edge as soon as it starts.
 */
import type { Stop } from '../integration/types.ts'

export function startLazy(name: string, start: () => Promise<Stop>): Stop {
  let stop: Stop | null = null
  let stopped = false
  start().then(
    (s) => {
      if (stopped) s()
      else stop = s
    },
    (e: unknown) => console.error(`[venue-twin] ${name} failed to start`, e),
  )
  return () => {
    stopped = true
    stop?.()
  }
}
