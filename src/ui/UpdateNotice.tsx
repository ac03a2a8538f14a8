import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

/**
 * A new version is installed and waiting: the explorer visitor chooses when to reload. (A kiosk
 * takes it by itself at its next idle reset; an embedded twin follows its host page.)
 */
export function UpdateNotice() {
  const t = useT()
  const show = useVenueStore((s) => s.updateWaiting && s.mode === 'explorer')
  if (!show) return null
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{t('kiosk.update.available')}</span>
      <span aria-hidden="true"> — </span>
      <button type="button" onClick={() => useVenueStore.getState().requestUpdate()}>
        {t('kiosk.update.reload')}
      </button>
    </div>
  )
}
