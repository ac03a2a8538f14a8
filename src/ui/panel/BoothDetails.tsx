import { zonePalette } from '../../domain/theme/zonePalette.ts'
import { ZoneChip } from './ZoneChip.tsx'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { ExhibitorCard } from './ExhibitorCard.tsx'
import { DirectionsButton } from '../route/DirectionsButton.tsx'

export function BoothDetails({ boothId }: { boothId: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const booth = index?.boothById.get(boothId)
  if (!index || !booth) return null
  const exhibitors = index.exhibitorsByBooth.get(booth.id) ?? []
  const zone = index.zoneById.get(booth.zoneId)
  return (
    <div className="details booth-details">
      <p className="kind-tag" style={{ borderColor: zone && zonePalette(zone.color).theme }}>
        {t('panel.booth', { label: booth.label })}
        {zone && (
          <span>
            {' · '}
            <ZoneChip color={zone.color} name={zone.name[lang]} />
            {zone.name[lang]}
          </span>
        )}
      </p>
      <DirectionsButton targetId={booth.id} />
      {exhibitors.length === 0 && (
        <>
          <h2 className="panel-title" id="panel-title" tabIndex={-1}>
            {t('panel.booth', { label: booth.label })}
          </h2>
          <p className="muted">{t('panel.boothVacant')}</p>
        </>
      )}
      {exhibitors.map((e) => (
        <ExhibitorCard key={e.id} exhibitorId={e.id} />
      ))}
    </div>
  )
}
