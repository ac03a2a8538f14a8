/**
 * three.js deprecated `Clock` in r183 and warns when one is made; React Three Fiber 9 makes one
 * for every canvas (`state.clock`, which this view never reads; R3F 10 replaces it with
 * `state.timer`: pmndrs/react-three-fiber#3741). That one known message is dropped so a
 * visitor's or operator's console shows only what needs attention; every other three.js
 * message goes to the console as before. Remove with the move to R3F 10.
 */
import { setConsoleFunction } from 'three'

const CLOCK_DEPRECATION = 'THREE.Clock: This module has been deprecated.'

type Level = 'log' | 'warn' | 'error'

setConsoleFunction((level: Level, message: string, ...rest: unknown[]) => {
  if (level === 'warn' && message.startsWith(CLOCK_DEPRECATION)) return
  console[level](message, ...rest)
})
