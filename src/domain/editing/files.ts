/** The document as the three scene files, the way `npm run validate` and the explorer read them. */
import type { RawSceneFiles } from '../scene/parseScene.ts'
import { CURRENT_SCHEMA_VERSION } from '../scene/schema.ts'
import type { EditorDoc } from './doc.ts'

export function docToFiles(doc: EditorDoc): RawSceneFiles {
  return {
    'venue.json': { ...doc.venue, schemaVersion: CURRENT_SCHEMA_VERSION },
    'exhibitors.json': { schemaVersion: CURRENT_SCHEMA_VERSION, sectors: doc.sectors, exhibitors: doc.exhibitors },
    'sessions.json': { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: doc.sessions },
  }
}

/** Pretty JSON with a final newline: diffs of published scenes stay readable. */
export function fileText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`
}
