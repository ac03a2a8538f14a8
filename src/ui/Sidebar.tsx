import { useState, type KeyboardEvent, type ReactNode } from 'react'
import type { MessageKey } from '../domain/i18n/messages.ts'
import { useT } from '../state/selectors.ts'
import { lazyTab } from './lazyTab.tsx'
import { SceneMirror } from './SceneMirror.tsx'

export interface SidebarTab {
  id: string
  label: MessageKey
  render: () => ReactNode
}

/** The sidebar's views. Features add theirs here; the first is shown at start. */
// Tabs after the first arrive in their own chunks: the venue list shows without waiting for them.
const DirectoryTab = lazyTab(async () => (await import('./find/DirectoryTab.tsx')).DirectoryTab)
const ScheduleTab = lazyTab(async () => (await import('./find/ScheduleTab.tsx')).ScheduleTab)
const VisitTab = lazyTab(async () => (await import('./find/VisitTab.tsx')).VisitTab)

export const SIDEBAR_TABS: SidebarTab[] = [
  { id: 'explore', label: 'sidebar.explore', render: () => <SceneMirror /> },
  { id: 'directory', label: 'find.tab.directory', render: () => <DirectoryTab /> },
  { id: 'schedule', label: 'find.tab.schedule', render: () => <ScheduleTab /> },
  { id: 'visit', label: 'find.tab.visit', render: () => <VisitTab /> },
]

/** Tabs with the ARIA tabs pattern: one tab stop, arrows switch, the panel follows. */
export function Sidebar({ tabs = SIDEBAR_TABS }: { tabs?: SidebarTab[] }) {
  const t = useT()
  const [active, setActive] = useState(tabs[0]?.id ?? '')
  const current = tabs.find((x) => x.id === active) ?? tabs[0]
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = tabs.findIndex((x) => x.id === active)
    let next = -1
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = tabs.length - 1
    if (next < 0) return
    e.preventDefault()
    setActive(tabs[next]!.id)
    document.getElementById(`tab-${tabs[next]!.id}`)?.focus()
  }
  if (!current) return null
  return (
    <div className="sidebar">
      {tabs.length > 1 && (
        <div role="tablist" aria-label={t('sidebar.label')} className="sidebar-tabs" onKeyDown={onKey}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={tab.id === current.id}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={tab.id === current.id ? 0 : -1}
              onClick={() => setActive(tab.id)}
            >
              {t(tab.label)}
            </button>
          ))}
        </div>
      )}
      <div role={tabs.length > 1 ? 'tabpanel' : undefined} id={`tabpanel-${current.id}`} aria-labelledby={tabs.length > 1 ? `tab-${current.id}` : undefined} className="sidebar-panel">
        {current.render()}
      </div>
    </div>
  )
}
