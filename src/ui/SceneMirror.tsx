import { useRef, useState, type KeyboardEvent } from 'react'
import { focusZoneId, useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

/**
 * The accessible mirror of the 3D scene: zones, and the open zone's exhibitors, as a list of
 * real buttons driving the same selection. One tab stop (roving tabindex); arrows move,
 * Enter selects, Escape goes back one level.
 */
export function SceneMirror() {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const index = useVenueStore((s) => s.index)
  const selection = useVenueStore((s) => s.selection)
  const openZone = useVenueStore(focusZoneId)
  const select = useVenueStore((s) => s.select)
  const back = useVenueStore((s) => s.back)
  const listRef = useRef<HTMLUListElement>(null)
  const [active, setActive] = useState<string | null>(null)
  if (!index) return null
  const zones = index.scene.venue.zones

  const items = (): HTMLButtonElement[] => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-mirror-item]') ?? [])]
  const move = (from: HTMLElement, delta: number | 'first' | 'last'): void => {
    const list = items()
    const i = list.indexOf(from as HTMLButtonElement)
    const next = delta === 'first' ? 0 : delta === 'last' ? list.length - 1 : Math.max(0, Math.min(list.length - 1, i + delta))
    list[next]?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const target = e.target as HTMLElement
    if (!target.matches('button[data-mirror-item]')) return
    if (e.key === 'ArrowDown') move(target, 1)
    else if (e.key === 'ArrowUp') move(target, -1)
    else if (e.key === 'Home') move(target, 'first')
    else if (e.key === 'End') move(target, 'last')
    else if (e.key === 'Escape') {
      back()
      // Stay in the list: focus the zone we came back to, or the first zone.
      requestAnimationFrame(() => {
        const current = useVenueStore.getState().selection
        const id = current?.kind === 'zone' ? `zone:${current.id}` : null
        const el = items().find((b) => b.dataset.mirrorItem === id) ?? items()[0]
        el?.focus()
      })
    } else return
    e.preventDefault()
    e.stopPropagation()
  }
  const selectedKey = selection ? `${selection.kind}:${selection.id}` : null
  const rendered = new Set(zones.map((z) => `zone:${z.id}`))
  for (const e of openZone ? (index.exhibitorsByZone.get(openZone) ?? []) : []) rendered.add(`exhibitor:${e.id}`)
  const tabKey = [active, selectedKey].find((k): k is string => !!k && rendered.has(k)) ?? `zone:${zones[0]?.id ?? ''}`
  const itemProps = (key: string) => ({
    'data-mirror-item': key,
    tabIndex: key === tabKey ? 0 : -1,
    onFocus: () => setActive(key),
    'aria-current': key === selectedKey ? ('true' as const) : undefined,
  })

  return (
    <nav className="mirror" aria-labelledby="mirror-title" id="scene-mirror">
      <h2 id="mirror-title" className="mirror-title">
        {t('mirror.title')}
      </h2>
      <p className="mirror-hint" id="mirror-hint">
        {t('mirror.hint')}
      </p>
      <ul className="mirror-list" ref={listRef} onKeyDown={onKeyDown} aria-describedby="mirror-hint">
        {zones.map((z) => {
          const exhibitors = index.exhibitorsByZone.get(z.id) ?? []
          const open = openZone === z.id
          return (
            <li key={z.id}>
              <button
                type="button"
                className="mirror-zone"
                style={{ borderLeftColor: z.color }}
                aria-expanded={exhibitors.length ? open : undefined}
                onClick={() => select({ kind: 'zone', id: z.id })}
                {...itemProps(`zone:${z.id}`)}
              >
                {t('mirror.zoneItem', { name: z.name[lang], count: exhibitors.length })}
              </button>
              {open && exhibitors.length > 0 && (
                <ul className="mirror-sublist">
                  {[...exhibitors]
                    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang === 'zh' ? 'zh-CN' : 'en'))
                    .map((e) => (
                      <li key={e.id}>
                        <button type="button" className="mirror-exhibitor" onClick={() => select({ kind: 'exhibitor', id: e.id })} {...itemProps(`exhibitor:${e.id}`)}>
                          {e.name[lang]}
                        </button>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
