/** Which item of the document a validator issue is about, so the plan can point at it. */
import type { SceneIssue } from '../scene/issues.ts'
import { items, type CollectionName, type EditorDoc } from './doc.ts'

const PATHS: { file: string; re: RegExp; coll: CollectionName }[] = [
  { file: 'venue.json', re: /^\$\.zones\[(\d+)\]/, coll: 'zones' },
  { file: 'venue.json', re: /^\$\.booths\[(\d+)\]/, coll: 'booths' },
  { file: 'venue.json', re: /^\$\.pois\[(\d+)\]/, coll: 'pois' },
  { file: 'venue.json', re: /^\$\.kiosks\[(\d+)\]/, coll: 'kiosks' },
  { file: 'venue.json', re: /^\$\.walkways\.closed\[(\d+)\]/, coll: 'closed' },
  { file: 'venue.json', re: /^\$\.walkways\.steps\[(\d+)\]/, coll: 'steps' },
  { file: 'exhibitors.json', re: /^\$\.exhibitors\[(\d+)\]/, coll: 'exhibitors' },
  { file: 'exhibitors.json', re: /^\$\.sectors\[(\d+)\]/, coll: 'sectors' },
  { file: 'sessions.json', re: /^\$\.sessions\[(\d+)\]/, coll: 'sessions' },
]

export function problemItemId(doc: EditorDoc, issue: SceneIssue): string | undefined {
  // Levels and connectors are venue fields, not item collections.
  const venueList = issue.file === 'venue.json' ? /^\$\.(levels|connectors)\[(\d+)\]/.exec(issue.path) : null
  if (venueList) return (doc.venue[venueList[1] as 'levels' | 'connectors'] ?? [])[Number(venueList[2])]?.id
  for (const p of PATHS) {
    if (p.file !== issue.file) continue
    const m = p.re.exec(issue.path)
    if (m) return (items(doc, p.coll) as readonly { id: string }[])[Number(m[1])]?.id
  }
  return undefined
}
