import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

/** Escape goes back one level from anywhere, except while typing in a field. */
export function startKeyboard(store: VenueStore): Stop {
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return
    const t = e.target as HTMLElement | null
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable) && (t as HTMLInputElement).value) return
    const st = store.getState()
    // Escape leaves walk mode first; after that it goes back one level.
    if (st.view === 'walk') st.setView('orbit')
    else st.back()
  }
  window.addEventListener('keydown', onKey)
  return () => window.removeEventListener('keydown', onKey)
}
