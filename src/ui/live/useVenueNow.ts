import { useEffect, useState } from 'react'
import { useVenueStore } from '../../state/store.ts'

/**
 * The venue clock, re-read every `intervalMs` for "3 s ago" texts. Local to the component that
 * shows an age: a ticking clock in the store would re-render the whole app every second.
 */
export function useVenueNow(intervalMs = 1000): number {
  const pinned = useVenueStore((s) => s.pinnedNow)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (pinned !== null) return
    const id = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [pinned, intervalMs])
  return pinned ?? now
}
