import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

/**
 * The device refused to store something for lack of space (My visit, the language, the offline
 * copy): said politely, once, where the visitor can read it and put it away. A status, not an
 * alert: nothing is lost while the page stays open.
 */
export function StorageNotice() {
  const t = useT()
  const full = useVenueStore((s) => s.storageFull)
  if (!full) return null
  return (
    <div className="update-notice storage-notice" role="status" aria-live="polite" data-testid="storage-notice">
      <span>{t('storage.full')}</span>{' '}
      <button type="button" onClick={() => useVenueStore.getState().setStorageFull(false)}>
        {t('storage.dismiss')}
      </button>
    </div>
  )
}
