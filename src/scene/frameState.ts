/**
 * Per-frame values shared inside the 3D layer. A plain mutable object, read in useFrame and
 * pointer handlers: writing to it never re-renders React.
 */
export const frameState = {
  framesDrawn: 0,
}
