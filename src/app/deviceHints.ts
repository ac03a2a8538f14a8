/**
 * What the browser says about the device: a phone (narrow and touch-driven, src/domain/device/
 * startView.ts) and whether the visitor asked to save data (the Save-Data client hint, as
 * `navigator.connection.saveData`, or the `prefers-reduced-data` media feature).
 */
import { PHONE_MEDIA } from '../domain/device/startView.ts'

const matches = (query: string): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches

export function deviceHints(): { phone: boolean; saveData: boolean } {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return { phone: matches(PHONE_MEDIA), saveData: connection?.saveData === true || matches('(prefers-reduced-data: reduce)') }
}
