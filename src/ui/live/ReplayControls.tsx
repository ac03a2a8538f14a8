import { useEffect, useMemo, useState } from 'react'
import { localeOf } from '../../domain/i18n/messages.ts'
import { isEmptyDay, REPLAY_GRID } from '../../domain/live/recordedDay.ts'
import { daysBetween, formatMinute, venueWallClock } from '../../domain/live/venueTime.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { useDayHistory } from './useDayHistory.ts'
import { useVenueNow } from './useVenueNow.ts'
import { setReplay } from '../../state/liveActions.ts'

const PLAY_STEP_MS = 400
const { fromMinute, toMinute, stepMinutes } = REPLAY_GRID
/** Slider positions: the replay grid's frames, the same for a recorded and a simulated day. */
const LAST = (toMinute - fromMinute) / stepMinutes

/**
 * The twin as a time machine: a slider over a day (08:00–19:00 venue time, every 5 minutes)
 * repaints the zones with that moment's occupancy — recorded, when the deployment names a
 * recorder, else simulated (deterministic: a moment always looks the same). A recorder that
 * does not answer leaves a note and the simulated day. Back to live returns to the feed.
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
  const { source, history } = useDayHistory(index, day)
  const [i, setI] = useState(() => Math.min(LAST, Math.max(0, Math.floor((venueWallClock(now, timeZone).minute - fromMinute) / stepMinutes))))
  const [playing, setPlaying] = useState(false)
  const at = Math.min(i, LAST)
  const frame = history?.frames[at]
  const empty = useMemo(() => source === 'recorded' && history !== null && isEmptyDay(history), [source, history])

  const dayLabel = (d: string): string =>
    new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(Date.parse(`${d}T00:00:00Z`))

  useEffect(() => {
    if (frame) setReplay(useVenueStore, { day, at: frame.t, zones: frame.zones })
  }, [frame, day])
  useEffect(() => () => setReplay(useVenueStore, null), [])

  // Playing stops by itself at the end of the day (and waits while a recorded day loads).
  const running = playing && at < LAST && frame !== undefined
  useEffect(() => {
    if (!running) return
    const id = setInterval(() => setI((k) => Math.min(k + 1, LAST)), PLAY_STEP_MS)
    return () => clearInterval(id)
  }, [running])

  const time = formatMinute(fromMinute + at * stepMinutes)
  const ticks: number[] = []
  for (let m = Math.ceil(fromMinute / 120) * 120; m <= toMinute; m += 120) ticks.push(m)
  const note =
    source === 'loading' ? { key: 'live.replay.loading' as const, tone: 'info' }
    : source === 'fallback' ? { key: 'live.replay.fallback' as const, tone: 'problem' }
    : empty ? { key: 'live.replay.nothingRecorded' as const, tone: 'info' }
    : null

  return (
    <section className="live-replay" aria-labelledby="live-replay-title">
      <h2 id="live-replay-title" className="live-legend-title">
        {t(source === 'recorded' ? 'live.replay.titleRecorded' : source === 'loading' ? 'live.replay.open' : 'live.replay.title')}
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
      {note && (
        <p className="live-replay-note" data-tone={note.tone} data-source={source} role="status">
          {t(note.key)}
        </p>
      )}
      <label htmlFor="live-replay-time" className="live-replay-label">
        {t('live.replay.time')}
      </label>
      <input
        id="live-replay-time"
        type="range"
        min={0}
        max={LAST}
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
          <span key={m} style={{ left: `${((m - fromMinute) / (toMinute - fromMinute)) * 100}%` }}>
            {formatMinute(m)}
          </span>
        ))}
      </div>
      <div className="live-replay-actions">
        <button
          type="button"
          onClick={() => {
            if (running) return setPlaying(false)
            if (at >= LAST) setI(0)
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
