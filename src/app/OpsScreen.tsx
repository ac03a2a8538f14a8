import { useMemo } from 'react'
import { localeOf } from '../domain/i18n/messages.ts'
import { entriesUpTo } from '../domain/ops/daySeries.ts'
import { DEFAULT_THRESHOLDS, thresholdsFor } from '../domain/ops/thresholds.ts'
import { kpis, sessionsAt, zonesAt, type LiveReading } from '../domain/ops/opsView.ts'
import { HeatmapPlan } from '../scene/ops/HeatmapPlan.tsx'
import { useOpsStore } from '../state/opsStore.ts'
import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'
import { useVenueNow } from '../ui/live/useVenueNow.ts'
import { AlertList } from '../ui/ops/AlertList.tsx'
import { KpiTiles } from '../ui/ops/KpiTiles.tsx'
import { formatCount, formatVenueTime } from '../ui/ops/opsFormat.ts'
import { ReplaySlider } from '../ui/ops/ReplaySlider.tsx'
import { ZoneChart } from '../ui/ops/ZoneChart.tsx'
import '../ui/ops/ops.css'

const DAY_MS = 86_400_000

/**
 * `?mode=ops`: the control room's wall screen. Heatmap of the hall, key figures, today's chart
 * per zone with its alert lines, the alert list and a slider that replays the recorded day.
 * Laid out for 1920×1080 in rem units that grow with the screen (styles in ops.css), so a 4K
 * wall and a laptop show the same arrangement.
 */
export default function OpsScreen() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)!
  const liveZones = useVenueStore((s) => s.live.zones)
  const liveSessions = useVenueStore((s) => s.live.sessions)
  const configLines = useVenueStore((s) => s.deployConfig?.thresholds)
  const now = useVenueNow(1000)
  const ops = useOpsStore()
  const venue = index.scene.venue
  const tz = venue.timezone
  const replay = ops.replayAt !== null
  const at = ops.replayAt ?? now

  const names = useMemo(() => Object.fromEntries(venue.zones.map((z) => [z.id, z.name[lang]])), [venue, lang])
  const zoneIds = useMemo(() => venue.zones.map((z) => z.id), [venue])
  const live = liveZones as Readonly<Record<string, LiveReading>>
  const readings = useMemo(() => zonesAt(zoneIds, ops.zones, live, at, replay), [zoneIds, ops.zones, live, at, replay])
  const sensorIds = useMemo(() => (venue.sensors ?? []).map((p) => p.id), [venue])
  const sensorReadings = useMemo(() => zonesAt(sensorIds, ops.sensors, ops.sensorsLive, at, replay), [sensorIds, ops.sensors, ops.sensorsLive, at, replay])
  const sessions = useMemo(
    () => (replay ? sessionsAt(ops.sessions, at) : { ...sessionsAt(ops.sessions, at), ...Object.fromEntries(Object.entries(liveSessions).map(([id, s]) => [id, { seated: s.seated, capacity: s.capacity }])) }),
    [replay, ops.sessions, at, liveSessions],
  )
  const figures = useMemo(() => kpis(readings, sessions), [readings, sessions])
  // The estimate walks the whole day: once per recorded minute, not per live reading.
  const atMinute = Math.floor(at / 60_000) * 60_000
  const entries = useMemo(() => entriesUpTo(Object.values(ops.zones), atMinute), [ops.zones, atMinute])

  const statusText =
    ops.status === 'none' ? t('ops.recorder.none') : ops.status === 'connecting' ? t('ops.recorder.connecting') : ops.status === 'ok' ? t('ops.recorder.ok') : t('ops.recorder.unreachable')
  const mapSummary = `${t('ops.kpi.inHall')}: ${formatCount(figures.inHall, lang)}; ${t('ops.map.old')}.`
  const dayFrom = ops.dayStart || now - 3_600_000

  return (
    <div className="ops" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-replay={replay || undefined}>
      <header className="ops-header" data-ops-panel="header">
        <h1>{t('ops.title', { venue: venue.name[lang] })}</h1>
        <p className="ops-status" data-status={ops.status} role="status">
          {statusText}
        </p>
      </header>
      <KpiTiles kpis={figures} entries={entries} names={names} atLabel={replay ? formatVenueTime(at, lang, tz) : null} />
      <section className="ops-panel ops-map" data-ops-panel="map" aria-labelledby="ops-map-title">
        <h2 id="ops-map-title">{t('ops.map.title')}</h2>
        <HeatmapPlan index={index} readings={readings} sensors={sensorReadings} names={names} label={t('ops.map.label', { summary: mapSummary })} />
      </section>
      <AlertList names={names} timeZone={tz} />
      <section className="ops-panel ops-charts" data-ops-panel="charts" aria-labelledby="ops-charts-title">
        <h2 id="ops-charts-title">{t('ops.charts.title')}</h2>
        {/* Scrolls when there are many zones: focusable, so the keyboard can scroll it too. */}
        <ul className="ops-chart-grid" tabIndex={0} aria-labelledby="ops-charts-title">
          {venue.zones.map((z) => {
            const s = ops.zones[z.id]
            const r = readings[z.id]
            // The recorder's lines (it raises the alerts); before it answers, the deployment's.
            const lines = ops.thresholds[z.id] ?? (configLines ? thresholdsFor(configLines, z.id) : DEFAULT_THRESHOLDS)
            const peak = s ? Math.max(0, ...s.max) : 0
            const label = r
              ? t('ops.chart.label', {
                  zone: names[z.id]!,
                  count: formatCount(r.count, lang),
                  percent: Math.round((r.count / r.capacity) * 100),
                  capacity: formatCount(r.capacity, lang),
                  peak: formatCount(peak, lang),
                  lines: lines.map((l) => `${l}%`).join(', '),
                })
              : t('ops.chart.empty', { zone: names[z.id]! })
            return (
              <li key={z.id} className="ops-chart" data-zone={z.id} data-points={s?.t.length ?? 0}>
                <h3 className="ops-chart-title">{names[z.id]}</h3>
                <p className="visually-hidden">{label}</p>
                <p className="ops-chart-now" aria-hidden="true">
                  {r ? `${formatCount(r.count, lang)} · ${Math.round((r.count / r.capacity) * 100)}%` : '—'}
                </p>
                <ZoneChart series={s} thresholds={lines} from={dayFrom} to={dayFrom + DAY_MS} at={ops.replayAt} height={96} timeZone={tz} locale={localeOf(lang)} />
              </li>
            )
          })}
        </ul>
      </section>
      <ReplaySlider now={now} timeZone={tz} />
    </div>
  )
}
