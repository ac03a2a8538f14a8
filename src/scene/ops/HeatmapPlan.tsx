import { useEffect, useMemo, useRef } from 'react'
import { occupancyColor } from '../../domain/live/levels.ts'
import { bbox } from '../../domain/geometry/measure.ts'
import { heatLayout, heatValues, type HeatLayout } from '../../domain/ops/heatGrid.ts'
import { freshness, type ZoneNow } from '../../domain/ops/opsView.ts'
import type { SceneIndex } from '../../domain/scene/sceneIndex.ts'

/** Grid columns across the hall: fine enough for a wall screen once smoothed, cheap to fill. */
const COLS = 160

/**
 * The hall from above with a crowd heatmap on the floor (the control room's plan view, no
 * WebGL needed): densities interpolated between zones (src/domain/ops/heatGrid.ts), faded where
 * readings are old, zone outlines and names on top. Painted on a 2D canvas at grid resolution
 * and scaled up with smoothing, so a repaint is one small image, not thousands of shapes.
 */
interface Picture {
  index: SceneIndex
  layout: HeatLayout
  readings: Readonly<Record<string, ZoneNow>>
  sensors: Readonly<Record<string, ZoneNow>>
  names: Readonly<Record<string, string>>
}

export function HeatmapPlan({
  index,
  readings,
  sensors,
  label,
  names,
}: {
  index: SceneIndex
  readings: Readonly<Record<string, ZoneNow>>
  /** Point sensors' readings at the moment shown, by sensor id. */
  sensors: Readonly<Record<string, ZoneNow>>
  label: string
  names: Readonly<Record<string, string>>
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const venue = index.scene.venue
  const layout = useMemo(() => heatLayout(venue.hall.footprint, venue.zones, COLS, venue.sensors), [venue])
  const picture = useRef<Picture | null>(null)
  const size = useRef({ w: 0, h: 0 })

  useEffect(() => {
    const el = canvas.current
    if (!el) return
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return
      size.current = { w: entry.contentRect.width, h: entry.contentRect.height }
      if (picture.current) paint(el, picture.current, size.current)
    })
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  useEffect(() => {
    picture.current = { index, layout, readings, sensors, names }
    if (canvas.current) paint(canvas.current, picture.current, size.current)
  }, [index, readings, sensors, layout, names])

  return <canvas ref={canvas} className="ops-heatmap-canvas" role="img" aria-label={label} data-zones-drawn={Object.keys(readings).length} data-sensors-drawn={Object.keys(sensors).length} />
}

let grid: HTMLCanvasElement | null = null
/** occupancyColor at 256 steps as RGB: a repaint fills ~23,000 cells, a colour string each was most of its cost. */
let palette: Uint8Array | null = null

function paletteRgb(): Uint8Array {
  if (palette) return palette
  palette = new Uint8Array(256 * 3)
  for (let i = 0; i < 256; i++) {
    const hex = occupancyColor(i / 255)
    for (let k = 0; k < 3; k++) palette[i * 3 + k] = Number.parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16)
  }
  return palette
}

function paint(el: HTMLCanvasElement, { index, layout, readings, sensors, names }: Picture, { w, h }: { w: number; h: number }): void {
  const ctx = el.getContext('2d')
  if (!ctx || !w || !h) return
  const venue = index.scene.venue
  const box = bbox(venue.hall.footprint)
  const { cols, rows } = layout
  const { density, alpha } = heatValues(layout, readings, sensors)
  grid ??= document.createElement('canvas')
  if (grid.width !== cols) grid.width = cols
  if (grid.height !== rows) grid.height = rows
  const g = grid.getContext('2d')!
  const img = g.createImageData(cols, rows)
  const rgb = paletteRgb()
  for (let i = 0; i < cols * rows; i++) {
    const d = density[i]!
    if (Number.isNaN(d)) continue
    const c = Math.round(255 * Math.min(1, Math.max(0, d))) * 3
    img.data[i * 4] = rgb[c]!
    img.data[i * 4 + 1] = rgb[c + 1]!
    img.data[i * 4 + 2] = rgb[c + 2]!
    img.data[i * 4 + 3] = Math.round(255 * alpha[i]!)
  }
  g.putImageData(img, 0, 0)

  const dpr = Math.min(2, window.devicePixelRatio || 1)
  // Setting a canvas's size reallocates and clears it even when unchanged: only on a resize.
  const [cw, ch] = [Math.round(w * dpr), Math.round(h * dpr)]
  if (el.width !== cw) el.width = cw
  if (el.height !== ch) el.height = ch
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
  ctx.clearRect(0, 0, w, h)
  const spanX = box.maxX - box.minX
  const spanZ = box.maxZ - box.minZ
  const scale = Math.min(w / spanX, h / spanZ)
  const ox = (w - spanX * scale) / 2
  const oz = (h - spanZ * scale) / 2
  const px = (x: number): number => ox + (x - box.minX) * scale
  const pz = (z: number): number => oz + (z - box.minZ) * scale
  const path = (poly: readonly (readonly [number, number])[]): void => {
    ctx.beginPath()
    poly.forEach(([x, z], k) => (k ? ctx.lineTo(px(x), pz(z)) : ctx.moveTo(px(x), pz(z))))
    ctx.closePath()
  }
  path(venue.hall.footprint)
  ctx.fillStyle = '#1b2430'
  ctx.fill()
  ctx.imageSmoothingEnabled = true
  ctx.drawImage(grid, px(layout.x0), pz(layout.z0), cols * layout.cell * scale, rows * layout.cell * scale)
  ctx.strokeStyle = 'rgba(255,255,255,0.55)'
  ctx.lineWidth = 1
  for (const z of venue.zones) {
    path(z.footprint)
    ctx.stroke()
  }
  // Point sensors: a ring where each stands, solid while its reading is fresh, faint once old.
  for (const sn of venue.sensors ?? []) {
    const r = sensors[sn.id]
    ctx.beginPath()
    ctx.arc(px(sn.position[0]), pz(sn.position[1]), 4, 0, Math.PI * 2)
    ctx.lineWidth = 2
    ctx.strokeStyle = r ? `rgba(255,255,255,${freshness(r.ageMs)})` : 'rgba(255,255,255,0.3)'
    ctx.stroke()
  }
  ctx.lineWidth = 1
  // Names only where they fit: with hundreds of zones the colours carry the picture.
  if (venue.zones.length > 40) return
  ctx.font = `${Math.max(11, Math.min(18, scale * 6))}px system-ui, sans-serif`
  ctx.textAlign = 'center'
  ctx.lineWidth = 3
  for (const z of venue.zones) {
    const r = readings[z.id]
    const zb = bbox(z.footprint)
    const cx = px((zb.minX + zb.maxX) / 2)
    const cz = pz((zb.minZ + zb.maxZ) / 2)
    const text = `${names[z.id] ?? z.id}${r ? ` ${Math.round((r.count / r.capacity) * 100)}%` : ''}`
    const maxW = (zb.maxX - zb.minX) * scale - 4
    ctx.strokeStyle = 'rgba(0,0,0,0.8)'
    ctx.strokeText(text, cx, cz, maxW)
    ctx.fillStyle = '#ffffff'
    ctx.fillText(text, cx, cz, maxW)
  }
}
