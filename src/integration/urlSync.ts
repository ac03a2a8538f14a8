/**
 * The URL follows the selection (shareable), and Back / Forward walk through selections.
 * Each selection made by the visitor pushes one history entry; replays from history don't.
 */
import { defaultLevelId } from '../domain/scene/levels.ts'
import { buildSearch } from '../domain/url/buildSearch.ts'
import { parseLaunchParams, type LaunchParams } from '../domain/url/launchParams.ts'
import type { VenueStore } from '../state/store.ts'
import { warn } from '../state/warn.ts'
import type { Stop } from './types.ts'

export function startUrlSync(store: VenueStore, launch: LaunchParams, nowIso: string | null): Stop {
  const urlFor = (): string => {
    const s = store.getState()
    // level= only when it is not the level the scene opens on anyway.
    const level = s.index && s.levelId && s.levelId !== defaultLevelId(s.index.scene.venue) ? s.levelId : null
    return `${location.pathname}${buildSearch(launch, { lang: s.lang, selection: s.selection, q: s.query, from: s.routeFrom, to: s.routeTo, level }, nowIso)}${location.hash}`
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
      // Inside an iframe (mode=embed) the history is the host page's: never grow it either.
      if (selectionSource === 'idle' || selectionSource === 'embed' || selectionSource === 'tour' || launch.mode === 'embed') history.replaceState({ venueTwin: true }, '', next)
      else history.pushState({ venueTwin: true }, '', next)
    },
  )
  // Directions the visitor asks for get a history entry too (Back returns to the map without them).
  const offRoute = store.subscribe(
    (s) => [s.routeFrom, s.routeTo] as const,
    (cur, prev) => {
      const { routeSource } = store.getState()
      if (routeSource === 'history') return
      const next = urlFor()
      if (next === `${location.pathname}${location.search}${location.hash}`) return
      // Opening or closing directions is a step; changing their start is not.
      const opensOrCloses = (cur[1] === null) !== (prev[1] === null)
      if (routeSource === 'user' && opensOrCloses && launch.mode !== 'embed') history.pushState({ venueTwin: true }, '', next)
      else history.replaceState({ venueTwin: true }, '', next)
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  )
  const offLang = store.subscribe(
    (s) => s.lang,
    () => history.replaceState(history.state, '', urlFor()),
  )
  const offLevel = store.subscribe(
    (s) => s.levelId,
    () => history.replaceState(history.state, '', urlFor()),
  )
  // The search follows as typed, without a history entry per keystroke.
  const offQuery = store.subscribe(
    (s) => s.query.trim(),
    () => history.replaceState(history.state, '', urlFor()),
  )
  const onPop = (): void => {
    const { params, warnings } = parseLaunchParams(location.search)
    warnings.forEach(warn)
    const st = store.getState()
    if (params.lang && params.lang !== st.lang) st.setLang(params.lang)
    if (params.level && params.level !== st.levelId) st.setLevel(params.level, 'history')
    if (!st.select(params.selection, 'history')) st.select(null, 'history')
    if ((params.q ?? '') !== st.query.trim()) st.setQuery(params.q ?? '')
    if (!params.from || !params.to) st.clearRoute('history')
    else if (params.from !== st.routeFrom || params.to !== st.routeTo) st.setRoute(params.from, params.to, { source: 'history' })
  }
  window.addEventListener('popstate', onPop)
  return () => {
    offSel()
    offLang()
    offLevel()
    offQuery()
    offRoute()
    window.removeEventListener('popstate', onPop)
  }
}
