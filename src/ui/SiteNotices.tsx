import { useEffect } from 'react'
import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'
import type { SiteNotice } from '../state/slices/deploySlice.ts'

/** How long an informational notice stays (a problem for operators stays until dismissed). */
export const NOTICE_MS = 12_000

/**
 * Short notices over the view: a new revision of the venue information and what changed, a live
 * broker this site does not trust, a broken settings file. Announced politely; dismissible.
 */
export function SiteNotices() {
  const notices = useVenueStore((s) => s.notices)
  if (!notices.length) return null
  return (
    <div className="site-notices" data-testid="site-notices">
      {notices.map((n) => (
        <Notice key={n.id} notice={n} />
      ))}
    </div>
  )
}

function Notice({ notice }: { notice: SiteNotice }) {
  const t = useT()
  useEffect(() => {
    if (notice.tone === 'problem') return
    const timer = setTimeout(() => useVenueStore.getState().dismissNotice(notice.id), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  const summary = notice.parts?.map((p) => t(p.n === 1 ? p.one : p.other, { n: p.n })).join(t('publish.listJoin'))
  return (
    <div className={`site-notice site-notice-${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'} data-notice={notice.id}>
      <span>{t(notice.key, { ...notice.vars, ...(summary !== undefined ? { summary } : {}) })}</span>
      <button type="button" onClick={() => useVenueStore.getState().dismissNotice(notice.id)}>
        {t('publish.dismiss')}
      </button>
    </div>
  )
}
