import { useMemo } from 'react'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { SIDEBAR_TABS, Sidebar, type SidebarTab } from '../Sidebar.tsx'
import { AttractOverlay } from './AttractOverlay.tsx'
import { KioskBrowse } from './KioskBrowse.tsx'
import { KioskSearch } from './KioskSearch.tsx'
import { OperatorAccess } from './OperatorAccess.tsx'

const KIOSK_TABS: SidebarTab[] = [
  { id: 'kiosk-search', label: 'kiosk.tab.search', render: () => <KioskSearch /> },
  { id: 'kiosk-browse', label: 'kiosk.tab.browse', render: () => <KioskBrowse /> },
]

/**
 * The kiosk's sidebar: where the visitor stands, then touch search, one-tap browsing and the
 * explorer's own tabs. Re-mounted at every idle reset, so nothing typed or chosen by one visitor
 * is there for the next.
 */
export function KioskSidebar() {
  const t = useT()
  const nonce = useVenueStore((s) => s.idleResetNonce)
  const here = useVenueStore((s) => (s.kioskId ? s.index?.kioskById.get(s.kioskId)?.name[s.lang] : undefined))
  const tabs = useMemo(() => [...KIOSK_TABS, ...SIDEBAR_TABS], [])
  return (
    <div className="kiosk-sidebar">
      {here && (
        <p className="kiosk-here" data-testid="kiosk-here">
          {t('kiosk.location', { name: here })}
        </p>
      )}
      <Sidebar key={nonce} tabs={tabs} />
    </div>
  )
}

/** What floats over a kiosk: the attract screen and the operator's hidden corner. */
export function KioskLayer() {
  const nonce = useVenueStore((s) => s.idleResetNonce)
  return (
    <>
      <OperatorAccess key={nonce} />
      <AttractOverlay />
    </>
  )
}
