/**
 * The one door from outside the 3D layer into it: scene/ registers a probe when its canvas is
 * up; the automation API reads it. Not in the store: it holds functions over live three.js
 * objects, which must not be serialised or trigger renders.
 */
export interface RenderStats {
  drawCalls: number
  triangles: number
  geometries: number
  textures: number
  programs: number
  framesDrawn: number
  /** Beyond the contract: the largest vertex count of any drawable mesh (budget ≤ 65,535). */
  maxMeshVertices?: number
}

export interface ViewportProbe {
  screenPosition(id: string): { x: number; y: number } | null
  stats(): RenderStats
  /** Force one redraw (tests, context restore). */
  invalidate(): void
}

let probe: ViewportProbe | null = null
const listeners = new Set<() => void>()

export const viewport = {
  get probe(): ViewportProbe | null {
    return probe
  },
  register(p: ViewportProbe): () => void {
    probe = p
    for (const l of listeners) l()
    return () => {
      if (probe === p) probe = null
    }
  },
  onRegister(cb: () => void): () => void {
    listeners.add(cb)
    return () => listeners.delete(cb)
  },
}
