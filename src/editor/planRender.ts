/**
 * Draws the plan on a 2D canvas: the picture under it, the hall, zones, booths, walkways, service
 * points, kiosks, problems and what the current tool is drawing. One pass, booths batched by
 * colour into single paths, so a 10,000-booth venue redraws within a frame.
 */
import { pixelToPlan } from '../domain/editing/calibration.ts'
import { items, type EditorDoc } from '../domain/editing/doc.ts'
import { boxOf, footprintOf } from '../domain/editing/geometryOf.ts'
import { stopsOn } from '../domain/editing/levelView.ts'
import { pointBox } from '../domain/editing/shapes.ts'
import type { Box2, Point2, Polygon } from '../domain/geometry/types.ts'
import type { Lang } from '../domain/i18n/text.ts'
import type { PlanView, Problem } from './store.ts'
import type { Underlay } from './underlay.ts'

export interface Overlay {
  /** The outline being drawn, in plan metres. */
  path?: readonly Point2[]
  /** The pointer's snapped position. */
  cursor?: Point2
  /** A box being dragged (selection or booth rectangle). */
  box?: Box2
  /** Two clicked points of a calibration. */
  measure?: readonly Point2[]
}

export interface PlanFrame {
  doc: EditorDoc
  /** The level shown: its building's outline and its connector stops are drawn. */
  levelId?: string | null
  view: PlanView
  width: number
  height: number
  selection: ReadonlySet<string>
  problems: readonly Problem[]
  unreachable: ReadonlySet<string>
  underlay: Underlay | null
  lang: Lang
  overlay: Overlay
  /** The booth an exhibitor is being dragged over. */
  dropTarget: string | null
}

/** Outlines per filled path (see the booths below). */
const BOOTHS_PER_PATH = 64

const COLORS = {
  background: '#f4f6f8',
  hallFill: '#ffffff',
  hallLine: '#1f2d3d',
  booth: '#dde3ea',
  boothAssigned: '#b9d3ee',
  boothLine: '#6b7a8a',
  selected: '#ff7a00',
  problem: '#d0021b',
  closed: 'rgba(208,2,27,0.18)',
  steps: 'rgba(120,90,0,0.22)',
  label: '#1f2d3d',
  tool: '#0066cc',
}

export function drawPlan(ctx: CanvasRenderingContext2D, f: PlanFrame): void {
  const { view, doc } = f
  ctx.save()
  ctx.fillStyle = COLORS.background
  ctx.fillRect(0, 0, f.width, f.height)
  ctx.setTransform(ctx.getTransform().translate(view.offsetX, view.offsetY).scale(view.scale, view.scale))
  const px = 1 / view.scale

  if (f.underlay) drawUnderlay(ctx, f.underlay)

  const hall = doc.venue.hall?.footprint ?? []
  if (hall.length >= 3) {
    path(ctx, hall)
    ctx.fillStyle = f.underlay ? 'rgba(255,255,255,0.35)' : COLORS.hallFill
    ctx.fill()
    ctx.lineWidth = 2 * px
    ctx.strokeStyle = f.selection.has('hall') ? COLORS.selected : COLORS.hallLine
    ctx.stroke()
  }

  // The level's building, where it is not the whole site: everything on the level stays inside it.
  const level = f.levelId ? doc.venue.levels?.find((l) => l.id === f.levelId) : undefined
  const building = level && doc.venue.buildings?.find((b) => b.id === level.buildingId)
  if (building && validPoly(building.footprint) && JSON.stringify(building.footprint) !== JSON.stringify(hall)) {
    path(ctx, building.footprint)
    ctx.setLineDash([8 * px, 4 * px])
    ctx.lineWidth = 1.5 * px
    ctx.strokeStyle = COLORS.hallLine
    ctx.stroke()
    ctx.setLineDash([])
  }

  for (const z of items(doc, 'zones')) {
    if (!validPoly(z.footprint)) continue
    path(ctx, z.footprint)
    ctx.globalAlpha = 0.22
    ctx.fillStyle = z.color ?? '#88aacc'
    ctx.fill()
    ctx.globalAlpha = 1
    ctx.lineWidth = (f.selection.has(z.id) ? 3 : 1.5) * px
    ctx.strokeStyle = f.selection.has(z.id) ? COLORS.selected : (z.color ?? '#88aacc')
    ctx.stroke()
  }

  for (const [coll, fill] of [['closed', COLORS.closed], ['steps', COLORS.steps]] as const) {
    for (const w of items(doc, coll)) {
      if (!validPoly(w.footprint)) continue
      path(ctx, w.footprint)
      ctx.fillStyle = fill
      ctx.fill()
      ctx.setLineDash([4 * px, 3 * px])
      ctx.lineWidth = (f.selection.has(w.id) ? 3 : 1) * px
      ctx.strokeStyle = f.selection.has(w.id) ? COLORS.selected : COLORS.problem
      ctx.stroke()
      ctx.setLineDash([])
    }
  }

  // Booths: batched paths (with and without an exhibitor), then the few highlighted ones. A
  // batch is at most BOOTHS_PER_PATH outlines: the cost of filling one path grows faster than
  // its outlines (10,000 in one path: ~400 ms; in paths of 64: ~8 ms, Chromium on this machine).
  const assigned = new Set<string>()
  for (const e of items(doc, 'exhibitors')) for (const b of e.boothIds ?? []) assigned.add(b)
  const booths = items(doc, 'booths')
  ctx.lineWidth = px
  ctx.strokeStyle = COLORS.boothLine
  for (const withExhibitor of [false, true]) {
    ctx.fillStyle = withExhibitor ? COLORS.boothAssigned : COLORS.booth
    let inPath = 0
    const flush = (): void => {
      if (!inPath) return
      ctx.fill()
      ctx.stroke()
      inPath = 0
    }
    ctx.beginPath()
    for (const b of booths) {
      if (assigned.has(b.id) !== withExhibitor || !validPoly(b.footprint)) continue
      subpath(ctx, b.footprint)
      if (++inPath === BOOTHS_PER_PATH) {
        flush()
        ctx.beginPath()
      }
    }
    flush()
  }
  const marked = (id: string) => f.selection.has(id) || f.unreachable.has(id) || f.dropTarget === id
  for (const b of booths) {
    if (!marked(b.id) || !validPoly(b.footprint)) continue
    path(ctx, b.footprint)
    ctx.lineWidth = 3 * px
    ctx.strokeStyle = f.dropTarget === b.id || f.selection.has(b.id) ? COLORS.selected : COLORS.problem
    if (f.dropTarget === b.id) {
      ctx.fillStyle = 'rgba(255,122,0,0.35)'
      ctx.fill()
    }
    ctx.stroke()
  }

  // Booth labels only where they fit: no text layout at all for a far view.
  if (view.scale >= 8) {
    ctx.fillStyle = COLORS.label
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.font = `${11 * px}px system-ui, sans-serif`
    const [x0, z0] = [-view.offsetX / view.scale, -view.offsetY / view.scale]
    const [x1, z1] = [x0 + f.width / view.scale, z0 + f.height / view.scale]
    for (const b of booths) {
      const box = boxOf(b)
      if (!box || box.maxX < x0 || box.minX > x1 || box.maxZ < z0 || box.minZ > z1) continue
      ctx.fillText(b.label, (box.minX + box.maxX) / 2, (box.minZ + box.maxZ) / 2)
    }
  }

  for (const p of items(doc, 'pois')) drawPoint(ctx, p.position, '#2a7d4f', f.selection.has(p.id) || f.unreachable.has(p.id), px, f.unreachable.has(p.id))
  for (const k of items(doc, 'kiosks')) {
    drawPoint(ctx, k.position, '#6a3fb5', f.selection.has(k.id) || f.unreachable.has(k.id), px, f.unreachable.has(k.id))
    // Facing: the way a visitor standing at the kiosk looks (degrees clockwise from north).
    const a = ((k.heading - 90) * Math.PI) / 180
    ctx.beginPath()
    ctx.moveTo(k.position[0], k.position[1])
    ctx.lineTo(k.position[0] + Math.cos(a) * 14 * px, k.position[1] + Math.sin(a) * 14 * px)
    ctx.lineWidth = 2 * px
    ctx.strokeStyle = '#6a3fb5'
    ctx.stroke()
  }

  if (f.levelId) for (const s of stopsOn(doc, f.levelId)) drawConnector(ctx, s.connector.kind, s.position, f.selection.has(s.connector.id), px)

  // Zone names on top, in the editor's language.
  ctx.fillStyle = COLORS.label
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.font = `600 ${13 * px}px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`
  for (const z of items(doc, 'zones')) {
    const box = boxOf(z)
    if (!box) continue
    ctx.fillText(z.name?.[f.lang] || z.id, (box.minX + box.maxX) / 2, box.minZ + 10 * px)
  }

  // Problems: a ring around each item a problem names.
  const seen = new Set<string>()
  ctx.strokeStyle = COLORS.problem
  ctx.lineWidth = 2 * px
  for (const pr of f.problems) {
    if (!pr.itemId || seen.has(pr.itemId)) continue
    seen.add(pr.itemId)
    const it = findPlanBox(doc, pr.itemId)
    if (!it) continue
    const r = Math.max(it.maxX - it.minX, it.maxZ - it.minZ) / 2 + 6 * px
    ctx.beginPath()
    ctx.arc((it.minX + it.maxX) / 2, (it.minZ + it.maxZ) / 2, r, 0, Math.PI * 2)
    ctx.stroke()
  }

  drawOverlay(ctx, f.overlay, px)
  ctx.restore()
}

function drawOverlay(ctx: CanvasRenderingContext2D, o: Overlay, px: number): void {
  ctx.strokeStyle = COLORS.tool
  ctx.fillStyle = COLORS.tool
  ctx.lineWidth = 2 * px
  if (o.path?.length) {
    ctx.beginPath()
    ctx.moveTo(o.path[0]![0], o.path[0]![1])
    for (const p of o.path.slice(1)) ctx.lineTo(p[0], p[1])
    if (o.cursor) ctx.lineTo(o.cursor[0], o.cursor[1])
    ctx.stroke()
    for (const p of o.path) ctx.fillRect(p[0] - 3 * px, p[1] - 3 * px, 6 * px, 6 * px)
  }
  if (o.box) {
    ctx.setLineDash([5 * px, 4 * px])
    ctx.strokeRect(o.box.minX, o.box.minZ, o.box.maxX - o.box.minX, o.box.maxZ - o.box.minZ)
    ctx.setLineDash([])
  }
  if (o.measure?.length) {
    ctx.beginPath()
    ctx.moveTo(o.measure[0]![0], o.measure[0]![1])
    for (const p of o.measure.slice(1)) ctx.lineTo(p[0], p[1])
    if (o.cursor) ctx.lineTo(o.cursor[0], o.cursor[1])
    ctx.stroke()
  }
  if (o.cursor) {
    ctx.beginPath()
    ctx.arc(o.cursor[0], o.cursor[1], 4 * px, 0, Math.PI * 2)
    ctx.stroke()
  }
}

function drawUnderlay(ctx: CanvasRenderingContext2D, u: Underlay): void {
  const p = u.placement
  const [ox, oz] = pixelToPlan(p, 0, 0)
  ctx.save()
  ctx.globalAlpha = u.opacity
  ctx.translate(ox, oz)
  ctx.rotate((p.rotationDeg * Math.PI) / 180)
  ctx.scale(p.metresPerPixel, p.metresPerPixel)
  ctx.drawImage(u.image, 0, 0)
  ctx.restore()
}

const CONNECTOR_MARK = { stairs: 'S', escalator: 'E', lift: 'L', ramp: 'R' } as const

/** A connector's stop: a square (unlike the round points) with its kind's letter. */
function drawConnector(ctx: CanvasRenderingContext2D, kind: keyof typeof CONNECTOR_MARK, p: readonly [number, number], selected: boolean, px: number): void {
  const r = 8 * px
  ctx.fillStyle = '#0b5cad'
  ctx.fillRect(p[0] - r, p[1] - r, 2 * r, 2 * r)
  if (selected) {
    ctx.lineWidth = 3 * px
    ctx.strokeStyle = COLORS.selected
    ctx.strokeRect(p[0] - r, p[1] - r, 2 * r, 2 * r)
  }
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.font = `700 ${11 * px}px system-ui, sans-serif`
  ctx.fillText(CONNECTOR_MARK[kind] ?? '?', p[0], p[1])
}

function drawPoint(ctx: CanvasRenderingContext2D, p: Point2, color: string, marked: boolean, px: number, problem: boolean): void {
  if (!Array.isArray(p)) return
  ctx.beginPath()
  ctx.arc(p[0], p[1], 6 * px, 0, Math.PI * 2)
  ctx.fillStyle = color
  ctx.fill()
  if (marked) {
    ctx.lineWidth = 3 * px
    ctx.strokeStyle = problem ? COLORS.problem : COLORS.selected
    ctx.stroke()
  }
}

function findPlanBox(doc: EditorDoc, id: string): Box2 | null {
  for (const coll of ['booths', 'zones', 'pois', 'kiosks', 'closed', 'steps'] as const) {
    const it = items(doc, coll).find((x) => x.id === id)
    if (it) return boxOf(it)
  }
  const c = doc.venue.connectors?.find((x) => x.id === id)
  if (c?.stops[0]) return pointBox(c.stops[0].position)
  const ex = items(doc, 'exhibitors').find((x) => x.id === id)
  const booth = ex && items(doc, 'booths').find((b) => ex.boothIds.includes(b.id))
  return booth ? boxOf(booth) : null
}

export { findPlanBox }

function validPoly(poly: Polygon | undefined): poly is Polygon {
  return Array.isArray(poly) && poly.length >= 3
}

function path(ctx: CanvasRenderingContext2D, poly: Polygon): void {
  ctx.beginPath()
  subpath(ctx, poly)
}

function subpath(ctx: CanvasRenderingContext2D, poly: Polygon): void {
  ctx.moveTo(poly[0]![0], poly[0]![1])
  for (let i = 1; i < poly.length; i++) ctx.lineTo(poly[i]![0], poly[i]![1])
  ctx.closePath()
}

export { footprintOf }
