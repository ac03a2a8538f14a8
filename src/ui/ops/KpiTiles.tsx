import type { Kpis } from '../../domain/ops/opsView.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatCount } from './opsFormat.ts'

/** The four figures a control room reads first, large enough to read across the room. */
export function KpiTiles({ kpis, entries, names, atLabel }: { kpis: Kpis; entries: number; names: Readonly<Record<string, string>>; atLabel: string | null }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const tiles: [string, string, string][] = [
    ['in-hall', atLabel ? t('ops.kpi.inHallAt', { time: atLabel }) : t('ops.kpi.inHall'), formatCount(kpis.inHall, lang)],
    ['entries', t('ops.kpi.entries'), formatCount(entries, lang)],
    ['busiest', t('ops.kpi.busiest'), kpis.busiest ? t('ops.kpi.busiestValue', { zone: names[kpis.busiest.zoneId] ?? kpis.busiest.zoneId, percent: kpis.busiest.percent }) : t('ops.kpi.none')],
    ['sessions-near', t('ops.kpi.sessionsNear'), formatCount(kpis.sessionsNear, lang)],
  ]
  return (
    <section className="ops-panel ops-kpis" data-ops-panel="kpis" aria-labelledby="ops-kpi-title">
      <h2 id="ops-kpi-title" className="visually-hidden">
        {t('ops.kpi.title')}
      </h2>
      <dl className="ops-kpi-list">
        {tiles.map(([key, label, value]) => (
          <div className="ops-kpi" key={key} data-kpi={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
