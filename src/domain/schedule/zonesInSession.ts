import type { SceneIndex } from '../scene/sceneIndex.ts'

/** Zones with a session running at `now` (the zone itself or a booth/point inside it). */
export function zonesInSession(index: SceneIndex, now: number): string[] {
  const out: string[] = []
  for (const [zoneId, sessions] of index.sessionsByZone) {
    if (sessions.some((s) => Date.parse(s.start) <= now && now < Date.parse(s.end))) out.push(zoneId)
  }
  return out.sort()
}
