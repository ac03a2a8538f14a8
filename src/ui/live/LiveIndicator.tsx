import { useEffect, useRef, useState } from 'react'
import { formatMinute, venueWallClock } from '../../domain/live/venueTime.ts'
import { feedIndicator, type FeedIndicator } from '../../domain/live/views.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { DiagnosticsPanel } from './DiagnosticsPanel.tsx'
import { formatAge } from './liveFormat.ts'
import { useVenueNow } from './useVenueNow.ts'

type Tone = 'ok' | 'pending' | 'warn'

/**
 * The feed's state in the toolbar: green "Live · 3 s ago" / "Simulated", amber "Stale" or
 * "Reconnecting…", with the broker's host when it is not the venue's default source. It opens the
 * diagnostics panel. Changes of state are announced politely.
 */
export function LiveIndicator() {
  const t = useT()
  const source = useVenueStore((s) => s.liveSource)
  const connection = useVenueStore((s) => s.liveConnection)
  const foreignHost = useVenueStore((s) => s.liveForeignHost)
  const live = useVenueStore((s) => s.live)
  const startedAt = useVenueStore((s) => s.liveStartedAt)
  const announce = useVenueStore((s) => s.announce)
  const replayAt = useVenueStore((s) => s.replay?.at ?? null)
  const timeZone = useVenueStore((s) => s.index?.scene.venue.timezone ?? 'UTC')
  const now = useVenueNow()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const state = feedIndicator(connection, live, now, startedAt)
  const feed = describe(state, t)
  // While the day replay runs the view shows the past: say so where the feed's state is shown.
  const { text, tone } =
    replayAt === null ? feed : { text: `${t('live.indicator.replay')} ${formatMinute(venueWallClock(replayAt, timeZone).minute)}`, tone: 'pending' as Tone }

  const kind = state.kind
  const previous = useRef(kind)
  useEffect(() => {
    if (previous.current === kind) return
    previous.current = kind
    if (kind === 'reconnecting' || kind === 'stale' || kind === 'live') announce(feed.text)
    // Only the kind matters here: the age inside the text changes every second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, announce])

  if (source === 'off') return null
  return (
    <div className="live-indicator-wrap">
      <button
        ref={button}
        type="button"
        className="live-indicator"
        data-tone={tone}
        data-state={replayAt === null ? state.kind : 'replay'}
        aria-expanded={open}
        aria-controls={open ? 'live-diagnostics' : undefined}
        aria-haspopup="dialog"
        title={t('live.indicator.hint')}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="live-dot" aria-hidden="true" />
        <span className="live-indicator-text">{text}</span>
        {/* Numbers from a broker other than the venue's own say where they come from. */}
        {foreignHost && <span className="live-indicator-host">{t('live.indicator.from', { host: foreignHost })}</span>}
      </button>
      {open && (
        <DiagnosticsPanel
          onClose={() => {
            setOpen(false)
            button.current?.focus()
          }}
        />
      )}
    </div>
  )
}

function describe(s: FeedIndicator, t: ReturnType<typeof useT>): { text: string; tone: Tone } {
  switch (s.kind) {
    case 'off':
      return { text: t('live.conn.off'), tone: 'pending' }
    case 'simulated':
      return { text: t('live.indicator.simulated'), tone: 'ok' }
    case 'connecting':
      return { text: t('live.indicator.connecting'), tone: 'pending' }
    case 'waiting':
      return { text: t('live.indicator.waiting'), tone: 'pending' }
    case 'live':
      return { text: t('live.indicator.live', { age: formatAge(s.ageMs, t) }), tone: 'ok' }
    case 'stale':
      return { text: s.ageMs === null ? t('live.indicator.stale') : t('live.indicator.staleAge', { age: formatAge(s.ageMs, t) }), tone: 'warn' }
    case 'reconnecting':
      return { text: t('live.indicator.reconnecting'), tone: 'warn' }
  }
}
