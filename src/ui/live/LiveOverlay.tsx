import { useRef, useState } from 'react'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { LiveLegend } from './LiveLegend.tsx'
import { ReplayControls } from './ReplayControls.tsx'

/**
 * The live layer's corner of the 3D view: the colour key and the day replay. Shown once the 3D
 * view has drawn (the key explains its colours; without 3D the panels say the level in words).
 */
export function LiveOverlay() {
  const t = useT()
  const source = useVenueStore((s) => s.liveSource)
  const shown = useVenueStore((s) => s.index !== null && s.firstFrame && s.webgl !== 'unavailable')
  const [replaying, setReplaying] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  if (!shown) return null
  return (
    <div className="live-overlay">
      {(source !== 'off' || replaying) && <LiveLegend simulated={source === 'sim' && !replaying} />}
      {replaying ? (
        <ReplayControls
          onClose={() => {
            setReplaying(false)
            // The opener comes back in the same place: keep the keyboard user there.
            requestAnimationFrame(() => opener.current?.focus())
          }}
        />
      ) : (
        <button ref={opener} type="button" className="live-replay-open" onClick={() => setReplaying(true)}>
          {t('live.replay.open')}
        </button>
      )}
    </div>
  )
}
