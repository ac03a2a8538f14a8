/**
 * The URL follows the selection (shareable), and Back / Forward walk through selections.
 * Each selection made by the visitor pushes one history entry; replays from history don't.
 */
import { buildSearch, parseLaunchParams, type LaunchParams } from '../domain/url/launchParams.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export function startUrlSync(store: VenueStore, launch: LaunchParams, nowIso: string | null): Stop {
  const urlFor = (): string => {
    const s = store.getState()
    return `${location.pathname}${buildSearch(launch, { lang: s.lang, selection: s.selection }, nowIso)}${location.hash}`
  }
  history.replaceState({ venueTwin: true }, '', urlFor())

  const offSel = store.subscribe(
    (s) => s.selection,
    () => {
      const { selectionSource } = store.getState()
      if (selectionSource === 'history') return
      const next = urlFor()
      if (next === `${location.pathname}${location.search}${location.hash}`) return
      // Idle resets, tour stops and embed commands must not grow the visitor's history.
      if (selectionSource === 'idle' || selectionSource === 'embed' || selectionSource === 'tour') history.replaceState({ venueTwin: true }, '', next)
      else history.pushState({ venueTwin: true }, '', next)
    },
  )
  const offLang = store.subscribe(
    (s) => s.lang,
    () => history.replaceState(history.state, '', urlFor()),
  )
  const onPop = (): void => {
    const { params, warnings } = parseLaunchParams(location.search)
    warnings.forEach(warn)
    const st = store.getState()
    if (params.lang && params.lang !== st.lang) st.setLang(params.lang)
    if (!st.select(params.selection, 'history')) st.select(null, 'history')
  }
  window.addEventListener('popstate', onPop)
  return () => {
    offSel()
    offLang()
    window.removeEventListener('popstate', onPop)
  }
}
