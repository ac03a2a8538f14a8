/** Starred sessions as calendar events, in the visitor's language. */
import { translate } from '../i18n/messages.ts'
import type { Lang } from '../i18n/text.ts'
import type { SceneIndex } from '../scene/sceneIndex.ts'
import { locationName } from '../schedule/programme.ts'
import type { CalendarEvent } from './ics.ts'

export function sessionEvents(index: SceneIndex, sessionIds: readonly string[], lang: Lang): CalendarEvent[] {
  const venue = index.scene.venue.name[lang]
  return sessionIds
    .map((id) => index.sessionById.get(id))
    .filter((s) => s !== undefined)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
    .map((s) => {
      const place = locationName(index, s.locationId)?.[lang] ?? s.locationId
      const speakers = s.speakers.map((p) => (p.affiliation ? `${p.name[lang]} (${p.affiliation[lang]})` : p.name[lang]))
      const description = [s.summary[lang], speakers.length ? translate(lang, 'find.ics.speakers', { names: speakers.join(', ') }) : '']
        .filter(Boolean)
        .join('\n\n')
      return { id: s.id, start: s.start, end: s.end, summary: s.title[lang], location: `${place}, ${venue}`, description }
    })
}
