import { useMemo } from 'react'
import { create } from 'qrcode'

/** Modules of quiet zone around the code: scanners need it to find the edges. */
const QUIET = 4

/** The dark modules as one SVG path: crisp at any size, no canvas, no async step. */
export function qrPath(value: string): { path: string; size: number } {
  const qr = create(value, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  let path = ''
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.modules.get(r, c)) continue
      // Runs of dark modules in a row become one rectangle: a third of the path for typical codes.
      let run = 1
      while (c + run < n && qr.modules.get(r, c + run)) run++
      path += `M${c + QUIET} ${r + QUIET}h${run}v1h-${run}z`
      c += run - 1
    }
  }
  return { path, size: n + QUIET * 2 }
}

/**
 * A QR code of `value`, black on white whatever the theme (phones read dark-on-light best),
 * with `label` as its accessible name and visible caption.
 */
export function QrCode({ value, label, size = 200, testId }: { value: string; label: string; size?: number; testId?: string }) {
  const qr = useMemo(() => {
    try {
      return qrPath(value)
    } catch (e) {
      // Too long to encode: no code rather than a broken card.
      console.warn('[venue-twin] QR code not drawn', e)
      return null
    }
  }, [value])
  if (!qr) return null
  return (
    <figure className="qr" data-testid={testId}>
      <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption aria-hidden="true">{label}</figcaption>
    </figure>
  )
}
