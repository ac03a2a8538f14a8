/**
 * PNG in and out of the browser for Publish: decoding a logo file to straight RGBA and encoding
 * the logo atlas, both through a canvas (the browser's own codecs; no RGBA encoder in the bundle).
 */
import type { RgbaImage } from '../domain/logos/resample.ts'

function canvas(width: number, height: number): { ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D; blob: () => Promise<Blob> } {
  if (typeof OffscreenCanvas === 'function') {
    const c = new OffscreenCanvas(width, height)
    return { ctx: c.getContext('2d')!, blob: () => c.convertToBlob({ type: 'image/png' }) }
  }
  const c = document.createElement('canvas')
  c.width = width
  c.height = height
  return {
    ctx: c.getContext('2d')!,
    blob: () => new Promise((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('the browser could not encode a PNG'))), 'image/png')),
  }
}

export async function encodePng(image: RgbaImage): Promise<Uint8Array> {
  const c = canvas(image.width, image.height)
  c.ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0)
  return new Uint8Array(await (await c.blob()).arrayBuffer())
}

export async function decodeImage(bytes: Uint8Array, type: string): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' })
  const { width, height } = bitmap
  const c = canvas(width, height)
  c.ctx.drawImage(bitmap, 0, 0)
  bitmap.close()
  return { width, height, data: c.ctx.getImageData(0, 0, width, height).data }
}
