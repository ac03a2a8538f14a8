import { isStarred, type StarKind } from '../../domain/visit/stars.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'

/** "Save to My visit": a toggle (aria-pressed) whose name stays the same, pressed or not. */
export function StarButton({ kind, id, name, compact = false }: { kind: StarKind; id: string; name: string; compact?: boolean }) {
  const t = useT()
  const starred = useVenueStore((s) => isStarred(s.visit, kind, id))
  // A kiosk is shared by every passer-by: a personal plan there would be the next visitor's.
  const kiosk = useVenueStore((s) => s.mode === 'kiosk')
  const onClick = (): void => {
    const st = useVenueStore.getState()
    st.toggleStar(kind, id)
    st.announce(t(starred ? 'find.star.removed' : 'find.star.added', { name }))
  }
  if (kiosk) return null
  return (
    <button
      type="button"
      className={compact ? 'star-button star-compact' : 'star-button'}
      aria-pressed={starred}
      aria-label={compact ? `${t('find.star.label')}: ${name}` : undefined}
      title={compact ? t('find.star.label') : undefined}
      data-testid={`star-${kind}-${id}`}
      onClick={onClick}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
      {!compact && ` ${t('find.star.label')}`}
    </button>
  )
}
