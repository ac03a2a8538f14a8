import { useOpsStore } from '../../state/opsStore.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { formatVenueTime } from './opsFormat.ts'

const STEP_MS = 60_000

/**
 * Replays the recorded day: the slider runs from the venue day's midnight to now, a minute a
 * step (arrow keys move a minute, Page Up / Down ten); the heatmap, figures and chart markers
 * follow. "Live" at the right end, or the button, returns to the live picture.
 */
export function ReplaySlider({ now, timeZone }: { now: number; timeZone: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const dayStart = useOpsStore((s) => s.dayStart)
  const replayAt = useOpsStore((s) => s.replayAt)
  const setReplayAt = useOpsStore((s) => s.setReplayAt)
  const from = dayStart || now - 3_600_000
  const max = Math.max(0, Math.floor((now - from) / STEP_MS))
  const value = replayAt === null ? max : Math.min(max, Math.round((replayAt - from) / STEP_MS))
  const label = replayAt === null ? t('ops.replay.live') : formatVenueTime(replayAt, lang, timeZone)
  return (
    <section className="ops-panel ops-replay" data-ops-panel="replay" aria-labelledby="ops-replay-title">
      <h2 id="ops-replay-title">{t('ops.replay.title')}</h2>
      <span className="ops-replay-ends" aria-hidden="true">
        {formatVenueTime(from, lang, timeZone)}
      </span>
      <input
        type="range"
        className="ops-replay-slider"
        min={0}
        max={max}
        step={1}
        value={value}
        aria-label={t('ops.replay.slider')}
        aria-valuetext={label}
        onChange={(e) => {
          const k = Number(e.target.value)
          setReplayAt(k >= max ? null : from + k * STEP_MS)
        }}
      />
      <output className="ops-replay-at" aria-live="polite">
        {replayAt === null ? t('ops.replay.live') : t('ops.replay.at', { time: label })}
      </output>
      <button type="button" onClick={() => setReplayAt(null)} disabled={replayAt === null}>
        {t('ops.replay.backToLive')}
      </button>
    </section>
  )
}
