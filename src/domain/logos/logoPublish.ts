/**
 * What a publish does with the logo atlas when it may not hold every logo file (the editor opened
 * from JSON alone, or from a folder missing some). Never a map that points at a missing image,
 * never a logo beside an exhibitor that no longer names that file:
 * - no exhibitor names a logo: no map (a scene without logos shows none);
 * - any named logo is at hand and passes the rules: a new atlas of those, the rest listed;
 * - none at hand: the last publish's map, still pointing at its image, kept only for exhibitors
 *   that name the same logo file as in that publish; no map when nothing of it holds.
 */
import type { SceneIssue } from '../scene/issues.ts'
import type { LogoAtlasMap, PixelRect } from './atlasMap.ts'
import type { CheckedLogo, LogoRef } from './logoRules.ts'

export type LogoPublish =
  | { kind: 'none' }
  | { kind: 'build'; logos: CheckedLogo[]; left: LogoRef[]; issues: SceneIssue[] }
  | { kind: 'keep'; map: LogoAtlasMap; left: LogoRef[] }
  | { kind: 'drop'; left: LogoRef[] }

export interface PublishedLogos {
  /** The folder's logos.json, null without one. */
  map: LogoAtlasMap | null
  /** Whether the image it names is in the folder. */
  imageThere: boolean
  /** Each exhibitor's logo file in the published revision's exhibitors.json; null when unknown. */
  logoOf: ReadonlyMap<string, string> | null
}

export function decideLogos(refs: readonly LogoRef[], checked: { issues: SceneIssue[]; logos: CheckedLogo[] }, before: PublishedLogos): LogoPublish {
  if (!refs.length) return { kind: 'none' }
  if (checked.logos.length) {
    const drawn = new Set(checked.logos.map((l) => l.exhibitorId))
    return { kind: 'build', logos: checked.logos, left: refs.filter((r) => !drawn.has(r.exhibitorId)), issues: checked.issues }
  }
  const { map, imageThere, logoOf } = before
  if (!map || !imageThere || !logoOf) return { kind: 'drop', left: [...refs] }
  const logos: Record<string, PixelRect> = {}
  const left: LogoRef[] = []
  for (const r of refs) {
    const rect = map.logos[r.exhibitorId]
    if (rect && logoOf.get(r.exhibitorId) === r.file) logos[r.exhibitorId] = rect
    else left.push(r)
  }
  return left.length < refs.length ? { kind: 'keep', map: { ...map, logos }, left } : { kind: 'drop', left }
}
