import { useEffect } from 'react'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/** Below this width the open list would hide the map: a choice in it closes it again. */
const NARROW = '(max-width: 600px)'

/**
 * Embed mode keeps the map first: the pavilion list sits behind this small toggle and opens
 * over the map. The skip link still leads keyboard users to the list (it opens it first).
 */
export function EmbedListToggle({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useT()

  useEffect(
    () =>
      useVenueStore.subscribe(
        (s) => s.selection,
        () => {
          if (open && window.matchMedia?.(NARROW).matches) onToggle(false)
        },
      ),
    [open, onToggle],
  )

  useEffect(() => {
    const onClick = (e: MouseEvent): void => {
      const link = (e.target as Element | null)?.closest?.('a.skip-link')
      if (!link) return
      e.preventDefault()
      onToggle(true)
      // After React has shown the list: focus its current item, as the skip link would.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#scene-mirror button[tabindex="0"]')?.focus())
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [onToggle])

  return (
    <button
      type="button"
      className="embed-list-toggle"
      aria-expanded={open}
      aria-label={open ? t('embed.listHide') : t('embed.listShow')}
      onClick={() => onToggle(!open)}
    >
      <span aria-hidden="true">{open ? '×' : '☰'}</span> <span className="embed-list-toggle-text">{t('embed.list')}</span>
    </button>
  )
}
