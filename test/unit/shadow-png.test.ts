/** The floor shadow's PNG, written without pngjs: a decoder reads back the very texels, and it is small. */
import { deflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { floorShadowPlans } from '../../src/domain/shadow/floorShadows.ts'
import { greyPng, shadowScanlines } from '../../src/domain/shadow/shadowPng.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'

describe('the floor shadow PNG', () => {
  const image = floorShadowPlans(loadDefaultScene().scene.venue)[0]!.image()

  it('decodes (pngjs checks every chunk CRC) to the texels, as 8-bit grey', () => {
    const bytes = greyPng(image.frame.width, image.frame.height, deflateSync(shadowScanlines(image)))
    const png = PNG.sync.read(Buffer.from(bytes))
    expect([png.width, png.height]).toEqual([image.frame.width, image.frame.height])
    let differing = 0
    for (let i = 0; i < image.texels.length; i++) if (png.data[i * 4] !== image.texels[i] || png.data[i * 4 + 3] !== 255) differing++
    expect(differing).toBe(0)
    expect(image.texels.reduce((a, b) => Math.min(a, b), 255)).toBeLessThan(200)
  })

  it('the same bytes from the browser\'s compressor (CompressionStream, as the editor) decode the same', async () => {
    const z = new Uint8Array(await new Response(new Blob([shadowScanlines(image) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer())
    const png = PNG.sync.read(Buffer.from(greyPng(image.frame.width, image.frame.height, z)))
    expect(Buffer.from(png.data.filter((_, i) => i % 4 === 0)).equals(Buffer.from(image.texels))).toBe(true)
    // The wdec-2023 floor: 27.2 kB through pngjs's adaptive filter; the Sub filter keeps it well under.
    expect(z.byteLength).toBeLessThan(15_000)
  })
})
