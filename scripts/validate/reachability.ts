/**
 * The wayfinding check of `npm run validate`: every zone, booth, service point and kiosk can be
 * walked to from the main entrance on the walkable network the app routes on. Pure: a valid
 * scene in, issues (file venue.json, the item's JSON path, rule `reachable`) out.
 */
import { unreachable } from '../../src/domain/routing/reachability.ts'
import type { SceneIssue } from '../../src/domain/scene/issues.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import type { Scene } from '../../src/domain/scene/schema.ts'

export function reachabilityIssues(scene: Scene): SceneIssue[] {
  const entrance = scene.venue.pois.find((p) => p.kind === 'entrance')
  const from = entrance ? `the main entrance "${entrance.id}"` : 'the largest walkable area (the venue lists no entrance)'
  return unreachable(buildSceneIndex(scene)).map((u) => ({
    file: 'venue.json',
    path: u.path,
    rule: 'reachable',
    message:
      u.why === 'no-walkable-floor'
        ? `${u.kind} "${u.id}" has no walkable floor next to it (booths, walls or closed walkways enclose it)`
        : `${u.kind} "${u.id}" cannot be walked to from ${from}: booths, walls or closed walkways cut it off`,
    value: u.id,
  }))
}
