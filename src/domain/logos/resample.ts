/**
 * Drawing a logo into its atlas cell: a box filter on plain RGBA pixels, so the build,
 * `npm run publish:scene` (pngjs, sharp) and the editor's Publish (a canvas) make the same texels
 * from the same decoded logo.
 */

/** Straight (not premultiplied) RGBA, row by row. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8Array | Uint8ClampedArray
}

/**
 * Box-filtered resample into `dst` at rect (x, y, w, h): each target pixel the alpha-weighted
 * mean of the source pixels under it (a bilinear pick from a 512 px logo at 120 px would alias).
 */
export function drawScaled(src: RgbaImage, dst: RgbaImage, [x0, y0, w, h]: readonly [number, number, number, number]): void {
  const sx = src.width / w
  const sy = src.height / h
  for (let y = 0; y < h; y++) {
    const ya = Math.floor(y * sy)
    const yb = Math.max(ya + 1, Math.floor((y + 1) * sy))
    for (let x = 0; x < w; x++) {
      const xa = Math.floor(x * sx)
      const xb = Math.max(xa + 1, Math.floor((x + 1) * sx))
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      let n = 0
      for (let v = ya; v < yb; v++)
        for (let u = xa; u < xb; u++) {
          const i = (v * src.width + u) * 4
          const al = src.data[i + 3]!
          r += src.data[i]! * al
          g += src.data[i + 1]! * al
          b += src.data[i + 2]! * al
          a += al
          n++
        }
      const o = ((y0 + y) * dst.width + x0 + x) * 4
      dst.data[o] = a ? Math.round(r / a) : 0
      dst.data[o + 1] = a ? Math.round(g / a) : 0
      dst.data[o + 2] = a ? Math.round(b / a) : 0
      dst.data[o + 3] = Math.round(a / n)
    }
  }
}
