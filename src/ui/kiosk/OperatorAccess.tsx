import { useEffect, useState } from 'react'
import { verifyPin } from '../../domain/config/pinHash.ts'
import { useVenueStore } from '../../state/store.ts'
import { OperatorPanel } from './OperatorPanel.tsx'
import { PinPad } from './PinPad.tsx'
import { useLongPress } from './useLongPress.ts'

export const LONG_PRESS_MS = 3000

/**
 * The way in for staff: hold the top-left corner for 3 s (or Ctrl+Alt+O on a service keyboard),
 * then the kiosk's PIN, checked against its salted hash in venue-twin.config.json
 * (`kiosks.<id>.pinHash`). A kiosk without one has no operator panel.
 */
export function OperatorAccess() {
  const [stage, setStage] = useState<'closed' | 'pin' | 'open'>('closed')
  const kioskId = useVenueStore((s) => s.kioskId)
  const pinHash = useVenueStore((s) => (s.kioskId && s.index?.kioskById.has(s.kioskId) ? s.deployConfig?.kiosks[s.kioskId]?.pinHash : undefined))
  const press = useLongPress(LONG_PRESS_MS, () => setStage((s) => (s === 'closed' ? 'pin' : s)))
  useEffect(() => {
    if (!pinHash) return
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey && e.altKey && e.key.toLowerCase() === 'o')) return
      e.preventDefault()
      setStage((s) => (s === 'closed' ? 'pin' : s))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [pinHash])
  if (!pinHash || !kioskId) return null
  return (
    <>
      <div className="operator-corner" aria-hidden="true" data-testid="operator-corner" {...press} />
      {stage === 'pin' && (
        <PinPad kioskId={kioskId} check={(p) => verifyPin(p, pinHash)} onSuccess={() => setStage('open')} onCancel={() => setStage('closed')} />
      )}
      {stage === 'open' && <OperatorPanel onClose={() => setStage('closed')} />}
    </>
  )
}
