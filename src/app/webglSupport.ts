/** What this browser's WebGL runs on: a GPU, a software rasteriser, or nothing at all. */
export type WebglRenderer = 'hardware' | 'software' | 'none'

// SwiftShader (Chrome without a usable GPU), Mesa's llvmpipe/softpipe, Windows' Basic Render Driver.
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i

/**
 * Probe once at start (old devices and blocked GPUs have no WebGL; VMs, remote desktops and
 * blocklisted drivers draw in software, where every pixel costs CPU time the interface needs).
 */
export function probeWebgl(): WebglRenderer {
  try {
    const canvas = document.createElement('canvas')
    const ctx = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext | null
    if (!ctx) return 'none'
    const kind = SOFTWARE.test(rendererName(ctx)) ? 'software' : 'hardware'
    // Give the probe context back at once: browsers cap live contexts per page.
    ctx.getExtension('WEBGL_lose_context')?.loseContext()
    return kind
  } catch {
    return 'none'
  }
}

function rendererName(gl: WebGLRenderingContext): string {
  // Firefox reports the real renderer here (and warns about the debug extension); Chrome masks it.
  const plain = String(gl.getParameter(gl.RENDERER) ?? '')
  if (SOFTWARE.test(plain)) return plain
  const info = /firefox/i.test(navigator.userAgent) ? null : gl.getExtension('WEBGL_debug_renderer_info')
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL) ?? plain) : plain
}
