/**
 * Links a kiosk hands to a visitor's phone (QR codes): the explorer, not the kiosk — no
 * mode, kiosk, idle, pinned clock or live override — in the language the visitor chose, with
 * what they were looking at. A route keeps its start at the kiosk they stood at.
 */
import type { Lang } from '../i18n/text.ts'
import type { Selection } from '../selection.ts'
import { buildSearch } from './buildSearch.ts'

export type DeepLinkTarget = { kind: 'selection'; selection: Selection } | { kind: 'route'; from: string; to: string }

/** `appUrl` is the explorer's absolute address without a query (origin + path). */
export function deepLinkUrl(appUrl: string, scene: string, lang: Lang, target: DeepLinkTarget): string {
  const base = { scene, mode: 'explorer', kiosk: null, now: null, idleSeconds: null, live: null } as const
  const search =
    target.kind === 'selection'
      ? buildSearch(base, { lang, selection: target.selection })
      : buildSearch(base, { lang, selection: null, from: target.from, to: target.to })
  return `${appUrl.replace(/[?#].*$/, '')}${search}`
}
