import { zonePalette } from '../../domain/theme/zonePalette.ts'
import { ZoneChip } from './ZoneChip.tsx'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { OccupancyBadge } from '../live/OccupancyBadge.tsx'
import { ExhibitorList } from './ExhibitorList.tsx'
import { SessionList } from './SessionList.tsx'
import { DirectionsButton } from '../route/DirectionsButton.tsx'

export function ZoneDetails({ zoneId }: { zoneId: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const zone = index?.zoneById.get(zoneId)
  if (!index || !zone) return null
  const exhibitors = index.exhibitorsByZone.get(zone.id) ?? []
  const sessions = index.sessionsByZone.get(zone.id) ?? []
  return (
    <div className="details zone-details">
      <p className="kind-tag" style={{ borderColor: zonePalette(zone.color).theme }}>
        {t(`panel.kind.${zone.kind}`)}
      </p>
      <h2 className="panel-title" id="panel-title" tabIndex={-1}>
        <ZoneChip color={zone.color} name={zone.name[lang]} />
        {zone.name[lang]}
      </h2>
      <p className="summary">{zone.summary[lang]}</p>
      <DirectionsButton targetId={zone.id} />
      <OccupancyBadge zoneId={zone.id} />
      <section aria-labelledby="zone-exhibitors">
        <h3 id="zone-exhibitors">{t('panel.exhibitors', { count: exhibitors.length })}</h3>
        <ExhibitorList exhibitors={exhibitors} />
      </section>
      <section aria-labelledby="zone-sessions">
        <h3 id="zone-sessions">{t('panel.sessions', { count: sessions.length })}</h3>
        <SessionList sessions={sessions} />
      </section>
    </div>
  )
}
