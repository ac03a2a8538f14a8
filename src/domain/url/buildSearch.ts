/**
 * Writing the address from the state (the address bar, kiosk hand-off links). Its own module:
 * the first screen only reads the address (launchParams.ts); this comes with the URL sync.
 */
import type { Lang } from '../i18n/text.ts'
import type { Selection } from '../selection.ts'
import { DEFAULT_SCENE, type LaunchParams } from './launchParams.ts'

/**
 * The shareable URL for a state: only what differs from the defaults, in a stable order,
 * keeping launch-only parameters (mode, kiosk, now, idle, recorder; live on kiosks and the control
 * room) so a reload behaves the same.
 */
export function buildSearch(
  base: Pick<LaunchParams, 'scene' | 'mode' | 'kiosk' | 'now' | 'idleSeconds' | 'live'> & { recorder?: string | null },
  state: { lang: Lang; selection: Selection | null; q?: string | null; from?: string | null; to?: string | null; level?: string | null },
  nowIso?: string | null,
): string {
  const sp = new URLSearchParams()
  if (base.scene !== DEFAULT_SCENE) sp.set('scene', base.scene)
  if (base.mode !== 'explorer') sp.set('mode', base.mode)
  if (base.kiosk) sp.set('kiosk', base.kiosk)
  sp.set('lang', state.lang)
  if (state.selection) sp.set(state.selection.kind, state.selection.id)
  // Same shape as parsed: trimmed, at most 200 characters.
  const q = state.q?.trim().slice(0, 200)
  if (q) sp.set('q', q)
  if (state.from && state.to) {
    sp.set('from', state.from)
    sp.set('to', state.to)
  }
  if (state.level) sp.set('level', state.level)
  if (nowIso) sp.set('now', nowIso)
  if (base.idleSeconds !== null) sp.set('idle', String(base.idleSeconds))
  // A visitor's address is what gets shared: it never carries a broker. A kiosk's or the control
  // room's own address keeps it, so their reloads connect as before.
  if (base.live && (base.mode === 'kiosk' || base.mode === 'ops')) sp.set('live', base.live.kind === 'mqtt' ? base.live.url : base.live.kind)
  if (base.recorder) sp.set('recorder', base.recorder)
  const s = sp.toString()
  return s ? `?${s}` : ''
}
