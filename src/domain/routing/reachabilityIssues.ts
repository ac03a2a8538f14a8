/**
 * The wayfinding rule of the validator: every zone, booth, service point and kiosk can be walked
 * to from the main entrance on the walkable network the app routes on. Pure: a valid scene in,
 * issues (file venue.json, the item's JSON path, rule `reachable`) out. Used by
 * `npm run validate` and by the editor's validation as you go.
 */
import type { SceneIssue } from '../scene/issues.ts'
import { buildSceneIndex } from '../scene/sceneIndex.ts'
import type { Scene } from '../scene/schema.ts'
import { unreachable } from './reachability.ts'

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
