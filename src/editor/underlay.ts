/** The floor-plan picture under the plan: a PNG, a JPEG or one page of a PDF, as an image. */
import type { UnderlayPlacement } from '../domain/editing/calibration.ts'

export interface Underlay {
  image: CanvasImageSource & { width: number; height: number }
  /** What is kept for autosave: the picture as a PNG or JPEG blob. */
  blob: Blob
  name: string
  placement: UnderlayPlacement
  opacity: number
}

export class UnderlayError extends Error {
  override name = 'UnderlayError'
}

/** Reads a picture file; a PDF contributes its first page, drawn at 2× for a sharp plan. */
export async function readUnderlay(file: Blob & { name?: string }, page = 1): Promise<Underlay> {
  const name = file.name ?? 'floor plan'
  const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(name)
  const blob = isPdf ? await pdfPageToPng(file, page) : file
  if (!isPdf && !/^image\/(png|jpeg)$/.test(file.type) && !/\.(png|jpe?g)$/i.test(name)) {
    throw new UnderlayError(`${name}: a floor plan is a PNG, JPEG or PDF file`)
  }
  const image = await blobToImage(blob, name)
  // A first guess that fits a typical hall plan: 0.1 m per pixel until calibrated.
  return { image, blob, name, placement: { origin: [0, 0], metresPerPixel: 0.1, rotationDeg: 0 }, opacity: 0.5 }
}

export async function blobToImage(blob: Blob, name: string): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob)
  } catch {
    throw new UnderlayError(`${name}: the picture could not be read (is it a real PNG, JPEG or PDF?)`)
  }
}

async function pdfPageToPng(file: Blob & { name?: string }, pageNumber: number): Promise<Blob> {
  // PDF.js is large: it is fetched only when someone opens a PDF.
  const pdfjs = await import('pdfjs-dist')
  const workerUrl = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  let doc
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()) }).promise
  } catch {
    throw new UnderlayError(`${file.name ?? 'PDF'}: not a readable PDF`)
  }
  const page = await doc.getPage(Math.min(Math.max(1, pageNumber), doc.numPages))
  const viewport = page.getViewport({ scale: 2 })
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(viewport.width)
  canvas.height = Math.ceil(viewport.height)
  await page.render({ canvas, viewport }).promise
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  await doc.cleanup()
  if (!blob) throw new UnderlayError(`${file.name ?? 'PDF'}: the page could not be drawn`)
  return blob
}
