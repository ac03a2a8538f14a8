import { useEffect, useMemo, useState } from 'react'
import { localeOf } from '../../domain/i18n/messages.ts'
import { historyFor } from '../../domain/live/simulator.ts'
import { daysBetween, formatMinute, venueWallClock } from '../../domain/live/venueTime.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { useVenueNow } from './useVenueNow.ts'
import { setReplay } from '../../state/liveActions.ts'

const PLAY_STEP_MS = 400

/**
 * The twin as a time machine: a slider over a simulated day (08:00–19:00 venue time, every 5
 * minutes) repaints the zones with that moment's occupancy. The simulator is deterministic, so
 * a moment always looks the same. Leaving (Back to live) returns the view to the feed.
 */
export function ReplayControls({ onClose }: { onClose: () => void }) {
  const t = useT()
  const index = useVenueStore((s) => s.index)!
  const lang = useVenueStore((s) => s.lang)
  const announce = useVenueStore((s) => s.announce)
  const now = useVenueNow(60_000)
  const { timezone: timeZone, dates } = index.scene.venue
  const days = useMemo(() => daysBetween(dates.start, dates.end), [dates.start, dates.end])
  const [day, setDay] = useState(() => {
    const today = venueWallClock(now, timeZone).day
    return days.includes(today) ? today : (days[0] ?? today)
  })
  const history = useMemo(() => historyFor(index, day), [index, day])
  const frames = history.frames
  const [i, setI] = useState(() => {
    const minute = venueWallClock(now, timeZone).minute
    const k = frames.findIndex((f) => f.minute > minute)
    return k < 0 ? frames.length - 1 : Math.max(0, k - 1)
  })
  const [playing, setPlaying] = useState(false)
  const at = Math.min(i, frames.length - 1)
  const frame = frames[at]

  const dayLabel = (d: string): string =>
    new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(Date.parse(`${d}T00:00:00Z`))

  useEffect(() => {
    if (frame) setReplay(useVenueStore, { day, at: frame.t, zones: frame.zones })
  }, [frame, day])
  useEffect(() => () => setReplay(useVenueStore, null), [])

  // Playing stops by itself at the end of the day.
  const running = playing && at < frames.length - 1
  useEffect(() => {
    if (!running) return
    const id = setInterval(() => setI((k) => Math.min(k + 1, frames.length - 1)), PLAY_STEP_MS)
    return () => clearInterval(id)
  }, [running, frames.length])

  if (!frame) return null
  const time = formatMinute(frame.minute)
  const first = frames[0]!.minute
  const last = frames[frames.length - 1]!.minute
  const ticks: number[] = []
  for (let m = Math.ceil(first / 120) * 120; m <= last; m += 120) ticks.push(m)

  return (
    <section className="live-replay" aria-labelledby="live-replay-title">
      <h2 id="live-replay-title" className="live-legend-title">
        {t('live.replay.title')}
      </h2>
      <div className="live-replay-row">
        <label htmlFor="live-replay-day">{t('live.replay.day')}</label>
        <select
          id="live-replay-day"
          value={day}
          onChange={(e) => {
            setDay(e.target.value)
            announce(t('live.replay.announce', { day: dayLabel(e.target.value), time }))
          }}
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {dayLabel(d)}
            </option>
          ))}
        </select>
        <output htmlFor="live-replay-time" className="live-replay-time" aria-hidden="true">
          {time}
        </output>
      </div>
      <label htmlFor="live-replay-time" className="live-replay-label">
        {t('live.replay.time')}
      </label>
      <input
        id="live-replay-time"
        type="range"
        min={0}
        max={frames.length - 1}
        step={1}
        value={at}
        aria-valuetext={t('live.replay.valueText', { time, day: dayLabel(day) })}
        onChange={(e) => {
          setPlaying(false)
          setI(Number(e.target.value))
        }}
      />
      <div className="live-replay-ticks" aria-hidden="true">
        {ticks.map((m) => (
          <span key={m} style={{ left: `${((m - first) / (last - first)) * 100}%` }}>
            {formatMinute(m)}
          </span>
        ))}
      </div>
      <div className="live-replay-actions">
        <button
          type="button"
          onClick={() => {
            if (running) return setPlaying(false)
            if (at >= frames.length - 1) setI(0)
            setPlaying(true)
          }}
        >
          {running ? t('live.replay.pause') : t('live.replay.play')}
        </button>
        <button
          type="button"
          className="live-back"
          onClick={() => {
            announce(t('live.replay.announceLive'))
            onClose()
          }}
        >
          {t('live.replay.back')}
        </button>
      </div>
    </section>
  )
}
