import { afterEach, describe, expect, it, vi } from 'vitest'
import { probeWebgl } from '../../src/app/webglSupport.ts'

const RENDERER = 0x1f01
const UNMASKED = 0x9246

/** A WebGL context that reports `renderer` the way Chrome does (masked, real name behind the debug extension). */
function fakeContext(renderer: string) {
  const lose = vi.fn()
  return {
    lose,
    ctx: {
      RENDERER,
      getParameter: (p: number) => (p === RENDERER ? 'WebKit WebGL' : p === UNMASKED ? renderer : null),
      getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: UNMASKED } : name === 'WEBGL_lose_context' ? { loseContext: lose } : null),
    },
  }
}

afterEach(() => vi.restoreAllMocks())

describe('probeWebgl', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', 'software'],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'software'],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)', 'software'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'hardware'],
    ['Apple M2', 'hardware'],
  ])('reads %s as %s, and gives the probe context back', (renderer, kind) => {
    const { ctx, lose } = fakeContext(renderer)
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as WebGL2RenderingContext)
    expect(probeWebgl()).toBe(kind)
    expect(lose).toHaveBeenCalledOnce()
  })

  it('reports no WebGL when no context can be created, or creating one throws', () => {
    const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    expect(probeWebgl()).toBe('none')
    spy.mockImplementation(() => {
      throw new Error('blocked')
    })
    expect(probeWebgl()).toBe('none')
  })
})
