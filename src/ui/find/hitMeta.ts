/** The second line of a search result: what tells two similar names apart. */
import { translate } from '../../domain/i18n/messages.ts'
import type { Lang } from '../../domain/i18n/text.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'
import { locationName } from '../../domain/schedule/programme.ts'
import type { SearchEntry } from '../../domain/search/types.ts'
import { countryName, formatSessionTime } from '../format.ts'

export function hitMeta(index: SceneIndex, e: SearchEntry, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>): string => translate(lang, key, vars)
  switch (e.kind) {
    case 'exhibitor': {
      const ex = index.exhibitorById.get(e.id)
      if (!ex) return ''
      const labels = ex.boothIds.map((b) => index.boothById.get(b)?.label).filter(Boolean).join(', ')
      return `${t('panel.booth', { label: labels })} · ${countryName(ex.country, lang)}`
    }
    case 'booth': {
      const b = index.boothById.get(e.id)
      if (!b) return ''
      const who = (index.exhibitorsByBooth.get(b.id) ?? []).map((x) => x.name[lang]).join(', ')
      const zone = index.zoneById.get(b.zoneId)?.name[lang] ?? ''
      return who ? `${who} · ${zone}` : zone
    }
    case 'zone': {
      const z = index.zoneById.get(e.id)
      return z ? t(`panel.kind.${z.kind}`) : ''
    }
    case 'session': {
      const s = index.sessionById.get(e.id)
      if (!s) return ''
      return `${formatSessionTime(s.start, s.end, index.scene.venue.timezone, lang)} · ${locationName(index, s.locationId)?.[lang] ?? ''}`
    }
    case 'speaker': {
      const first = index.sessionById.get(e.sessionIds[0] ?? '')
      const more = e.sessionIds.length > 1 ? ` · ${t('find.search.speakerSessions', { count: e.sessionIds.length })}` : ''
      return first ? `${first.title[lang]}${more}` : ''
    }
    case 'service': {
      const poi = index.poiById.get(e.id)
      return poi ? t(`poi.${poi.kind}`) : t('kiosk.label')
    }
  }
}
