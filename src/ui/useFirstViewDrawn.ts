import { useEffect, useState } from 'react'
import { afterFirstView, firstViewSettled } from '../state/afterFirstView.ts'
import { useVenueStore } from '../state/store.ts'

/**
 * Whether the visitor's first view is drawn (see afterFirstView). Parts that the first view
 * never shows (tour caption, walk hint, live legend, update notice) render from then on, so
 * their code is not fetched and run between the scene's arrival and the venue's first frame.
 */
export function useFirstViewDrawn(): boolean {
  const [drawn, setDrawn] = useState(() => firstViewSettled(useVenueStore.getState()))
  useEffect(() => {
    if (drawn) return
    let live = true
    void afterFirstView(useVenueStore).then(() => live && setDrawn(true))
    return () => {
      live = false
    }
  }, [drawn])
  return drawn
}
