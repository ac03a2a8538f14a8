/**
 * Which view a visitor starts with (issue 25). A phone — a narrow screen driven by touch —
 * starts with the plan: the card and where it is, in a light SVG drawing, with the 3D view a
 * tap away. Measured with Lighthouse's mobile run, starting the 3D view there (its ~250 kB of
 * code, compiled and run on a slow CPU, and its first frames) is most of the main thread's
 * work before the page settles. A visitor who asked to save data (Save-Data,
 * prefers-reduced-data) gets the plan on any screen and, if they open the 3D view, no hall
 * model. Kiosks and embedded views keep the 3D view: they are not on a phone's budget, and the
 * embed has its own light poster.
 */
import type { Mode } from '../url/launchParams.ts'

/** The media query of a phone; index.html's 3D hints carry its negation (scripts/vite-plugin-preload-3d.ts). */
export const PHONE_MEDIA = '(max-width: 720px) and (pointer: coarse)'
export const NOT_PHONE_MEDIA = `not all and ${PHONE_MEDIA}`

export type StartView = 'plan' | '3d'

export function startView({ mode, phone, saveData }: { mode: Mode; phone: boolean; saveData: boolean }): StartView {
  if (mode !== 'explorer') return '3d'
  return phone || saveData ? 'plan' : '3d'
}
