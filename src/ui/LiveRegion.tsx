import { useVenueStore } from '../state/store.ts'

/** Screen readers hear what changed in the 3D view (selection, navigation). */
export function LiveRegion() {
  const text = useVenueStore((s) => s.announcement)
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {text}
    </div>
  )
}
