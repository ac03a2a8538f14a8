/**
 * `live=sim`: the in-browser simulator as a feed. It publishes the messages sensors would send
 * at the venue clock's current instant, a few times a second, each topic about every two
 * seconds — the same stream `npm run simulate` puts on a broker. With `?now=` the venue clock
 * stands still, so the feed keeps showing that pinned moment.
 */
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { simulateAt } from '../../domain/live/simulator.ts'
import type { LiveFeed } from './feed.ts'

export interface SimFeedOptions {
  seed?: number
  tickMs?: number
  /** Each topic is republished about this often. */
  refreshMs?: number
}

export function createSimFeed(index: SceneIndex, clock: () => number, opts: SimFeedOptions = {}): LiveFeed {
  const { seed, tickMs = 250, refreshMs = 2000 } = opts
  const slots = Math.max(1, Math.round(refreshMs / tickMs))
  return {
    kind: 'sim',
    start(h) {
      h.status('simulated')
      const sim = (t: number) => simulateAt(index, t, seed === undefined ? {} : { seed })
      // The full picture at once, then a rolling share per tick like real sensors.
      for (const m of sim(clock())) h.message(m.topic, m.payload)
      let tick = 0
      const id = setInterval(() => {
        tick++
        const msgs = sim(clock())
        msgs.forEach((m, i) => {
          if (i % slots === tick % slots) h.message(m.topic, m.payload)
        })
      }, tickMs)
      return () => clearInterval(id)
    },
  }
}
