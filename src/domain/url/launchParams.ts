/**
 * The URL parameters of docs/contract.md, parsed once at start-up. Unknown or invalid values are
 * dropped with a warning; they never stop the app. Ids are only checked for shape here; whether
 * they exist is checked once the scene is loaded.
 */
import { isLang, type Lang } from '../i18n/text.ts'
import { KEBAB_CASE } from '../scene/ids.ts'
import type { Selection, SelectionKind } from '../selection.ts'

export const MODES = ['explorer', 'kiosk', 'embed', 'ops'] as const
export type Mode = (typeof MODES)[number]
export type LiveSource = { kind: 'sim' } | { kind: 'off' } | { kind: 'mqtt'; url: string }

export interface LaunchParams {
  scene: string
  /** Whether the URL named the scene; if not, the deployment's default is used (venue-twin.config.json). */
  sceneGiven: boolean
  lang: Lang | null
  mode: Mode
  kiosk: string | null
  selection: Selection | null
  q: string | null
  from: string | null
  to: string | null
  /** The level to show (`level=`); a selection on another level shows that one instead. */
  level: string | null
  /** Pinned venue clock, epoch ms. */
  now: number | null
  idleSeconds: number | null
  /** What `live=` asked for; `null` without it (the deployment's default source). */
  live: LiveSource | null
  /** The recorder's HTTP base URL (mode=ops: history and alerts). */
  recorder: string | null
}

export const DEFAULT_SCENE = 'wdec-2023'
const KNOWN = new Set(['scene', 'lang', 'mode', 'kiosk', 'zone', 'booth', 'exhibitor', 'session', 'q', 'from', 'to', 'level', 'now', 'idle', 'live', 'recorder'])
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

export interface ParsedLaunch {
  params: LaunchParams
  warnings: string[]
}

export function parseLaunchParams(search: string): ParsedLaunch {
  const sp = new URLSearchParams(search)
  const warnings: string[] = []
  const warn = (name: string, value: string, why: string): void => {
    warnings.push(`Ignoring URL parameter ${name}=${JSON.stringify(value)}: ${why}`)
  }
  const id = (name: string): string | null => {
    const v = sp.get(name)
    if (v === null || v === '') return null
    if (!KEBAB_CASE.test(v)) {
      warn(name, v, 'ids are kebab-case')
      return null
    }
    return v
  }
  for (const key of sp.keys()) if (!KNOWN.has(key)) warnings.push(`Ignoring unknown URL parameter "${key}"`)

  const givenScene = id('scene')
  const scene = givenScene ?? DEFAULT_SCENE

  let lang: Lang | null = null
  const rawLang = sp.get('lang')
  if (rawLang !== null) {
    if (isLang(rawLang)) lang = rawLang
    else warn('lang', rawLang, 'use en or zh')
  }

  let mode: Mode = 'explorer'
  const rawMode = sp.get('mode')
  if (rawMode !== null) {
    if ((MODES as readonly string[]).includes(rawMode)) mode = rawMode as Mode
    else warn('mode', rawMode, 'use explorer, kiosk, embed or ops')
  }

  const kiosk = id('kiosk')
  if (kiosk && mode !== 'kiosk') warnings.push('URL parameter kiosk= only applies with mode=kiosk')

  // The most specific deep link wins when several are given.
  let selection: Selection | null = null
  for (const kind of ['session', 'exhibitor', 'booth', 'zone'] as const satisfies readonly SelectionKind[]) {
    const v = id(kind)
    if (v && !selection) selection = { kind, id: v }
  }

  const rawQ = sp.get('q')
  const q = rawQ && rawQ.trim() ? rawQ.trim().slice(0, 200) : null

  const from = id('from')
  const to = id('to')
  const level = id('level')
  if ((from === null) !== (to === null) && (sp.has('from') || sp.has('to')))
    warnings.push('A route needs both from= and to=; showing the destination only')

  let now: number | null = null
  const rawNow = sp.get('now')
  if (rawNow !== null) {
    const t = Date.parse(rawNow)
    if (ISO_WITH_OFFSET.test(rawNow) && !Number.isNaN(t)) now = t
    else warn('now', rawNow, 'use ISO 8601 with an offset, e.g. 2023-10-13T10:00:00+08:00')
  }

  let idleSeconds: number | null = null
  const rawIdle = sp.get('idle')
  if (rawIdle !== null) {
    const n = Number(rawIdle)
    if (Number.isFinite(n) && n >= 1 && n <= 86_400) idleSeconds = n
    else warn('idle', rawIdle, 'use a number of seconds from 1 to 86400')
  }

  let live: LiveSource | null = null
  const rawLive = sp.get('live')
  if (rawLive !== null) {
    if (rawLive === 'sim' || rawLive === 'off') live = { kind: rawLive }
    else if (/^wss?:\/\/[^\s]+$/.test(rawLive)) live = { kind: 'mqtt', url: rawLive }
    else warn('live', rawLive, 'use sim, off or a ws:// / wss:// broker URL')
  }

  let recorder: string | null = null
  const rawRecorder = sp.get('recorder')
  if (rawRecorder !== null) {
    if (/^https?:\/\/[^\s]+$/.test(rawRecorder)) recorder = rawRecorder
    else warn('recorder', rawRecorder, 'use an http:// or https:// URL of the recorder')
  }

  return { params: { scene, sceneGiven: givenScene !== null, lang, mode, kiosk, selection, q, from, to, level, now, idleSeconds, live, recorder }, warnings }
}
