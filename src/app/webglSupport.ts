/** Whether this browser can create a WebGL context at all (old devices, blocked GPUs). */
export function hasWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const ctx = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    const ok = !!ctx
    // Give the probe context back at once: browsers cap live contexts per page.
    ;(ctx as WebGL2RenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext()
    return ok
  } catch {
    return false
  }
}
