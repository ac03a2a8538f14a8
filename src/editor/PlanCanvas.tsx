/**
 * The plan: a north-up 2D canvas the organizer draws on with the pointer and the keyboard. All
 * edits go through the store's commands; while a drag is under way the plan shows its effect
 * and the command runs once, on release, as one undo step.
 */
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react'
import { calibrateNorth, calibrateScale } from '../domain/editing/calibration.ts'
import { execute } from '../domain/editing/commands.ts'
import { findItem, items, type EditorDoc, type PlanCollection } from '../domain/editing/doc.ts'
import { footprintOf } from '../domain/editing/geometryOf.ts'
import { rectAt, round } from '../domain/editing/shapes.ts'
import { snapPoint } from '../domain/editing/snapping.ts'
import { containsPoint } from '../domain/geometry/polygon.ts'
import type { Box2, Point2, Polygon } from '../domain/geometry/types.ts'
import { hitTest, inBox } from './hitTest.ts'
import { t, useT } from './i18n.ts'
import { drawPlan, type Overlay } from './planRender.ts'
import { planStats } from './planStats.ts'
import { currentLevelId, planDoc, useEditor } from './store.ts'
import { TOOLS } from './tools.ts'
import { connectorTarget, newBooth, newConnector, newKiosk, newPoi, newWalkway, newZone } from './zoneDefaults.ts'
import { connectorAt } from './hitTest.ts'

export const EXHIBITOR_DRAG_TYPE = 'application/x-venue-twin-exhibitor'

type Drag =
  | { kind: 'pan'; x: number; y: number; ox: number; oy: number }
  | { kind: 'move'; from: Point2; delta: Point2; ids: string[] }
  | { kind: 'box'; from: Point2; to: Point2; add: boolean }
  | { kind: 'rect'; from: Point2; to: Point2 }
  | { kind: 'vertex'; target: { coll: PlanCollection; id: string } | 'hall'; index: number; at: Point2 }

export function PlanCanvas() {
  const t$ = useT()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [size, setSize] = useState({ width: 800, height: 600 })
  const [path, setPath] = useState<Point2[]>([])
  const [cursor, setCursor] = useState<Point2 | undefined>()
  const [drag, setDrag] = useState<Drag | null>(null)
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const [measure, setMeasure] = useState<Point2[]>([])
  const spaceDown = useRef(false)

  const tool = useEditor((s) => s.tool)
  const history = useEditor((s) => s.history)
  const levelId = useEditor((s) => s.levelId)
  const selection = useEditor((s) => s.selection)
  const view = useEditor((s) => s.view)
  const problems = useEditor((s) => s.problems)
  const unreachable = useEditor((s) => s.unreachable)
  const underlay = useEditor((s) => s.underlay)
  const lang = useEditor((s) => s.lang)
  const grid = useEditor((s) => s.grid)

  // Follow the canvas's size.
  useEffect(() => {
    const el = canvasRef.current
    if (!el) return
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }))
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  // Any tool change drops a half-drawn outline.
  const [toolSeen, setToolSeen] = useState(tool)
  if (toolSeen !== tool) {
    setToolSeen(tool)
    setPath([])
    setMeasure([])
  }

  // What the plan shows while a move or vertex drag is under way, without touching history:
  // only the shown level's things.
  const plan = planDoc({ history, levelId })
  const shownDoc = previewDoc(plan, drag)
  const shownLevelId = currentLevelId({ history, levelId })

  useEffect(() => {
    const el = canvasRef.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx) return
    const frame = requestAnimationFrame(() => {
      const started = performance.now()
      const dpr = window.devicePixelRatio || 1
      if (el.width !== Math.round(size.width * dpr) || el.height !== Math.round(size.height * dpr)) {
        el.width = Math.round(size.width * dpr)
        el.height = Math.round(size.height * dpr)
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
      const overlay: Overlay = {
        path,
        ...(cursor ? { cursor } : {}),
        ...(drag?.kind === 'box' || drag?.kind === 'rect' ? { box: boxOf2(drag.from, drag.to) } : {}),
        measure,
      }
      drawPlan(ctx, { doc: shownDoc, levelId: shownLevelId, view, width: size.width, height: size.height, selection, problems, unreachable, underlay, lang, overlay, dropTarget })
      planStats.record(performance.now() - started, history.revision)
    })
    return () => cancelAnimationFrame(frame)
  }, [shownDoc, shownLevelId, view, size, selection, problems, unreachable, underlay, lang, path, cursor, drag, measure, dropTarget, history.revision])

  const toPlan = (e: { clientX: number; clientY: number }): Point2 => {
    const r = canvasRef.current!.getBoundingClientRect()
    return useEditor.getState().screenToPlan(e.clientX - r.left, e.clientY - r.top)
  }
  const snap = (p: Point2, withPrev = true): Point2 => {
    const doc = planDoc()
    const outlines: Polygon[] = [doc.venue.hall?.footprint ?? [], ...doc.venue.zones.map((z) => z.footprint)].filter((o) => Array.isArray(o) && o.length >= 3)
    const prev = withPrev ? path[path.length - 1] : undefined
    const before = withPrev ? path[path.length - 2] : undefined
    return snapPoint(p, { grid, tolerance: 8 / view.scale, outlines, ...(prev ? { previous: prev } : {}), ...(before ? { beforePrevious: before } : {}) }).point
  }

  const outline = TOOLS.find((x) => x.id === tool)?.outline

  const finishOutline = (pts: Point2[]) => {
    setPath([])
    if (pts.length < 3) return
    const st = useEditor.getState()
    const doc = st.history.doc
    try {
      if (outline === 'hall') st.run({ type: 'set-footprint', target: 'hall', footprint: pts })
      else if (outline === 'zones') st.select(st.run({ type: 'add', coll: 'zones', item: newZone(doc, pts, st.levelId) }))
      else if (outline === 'closed' || outline === 'steps') st.select(st.run({ type: 'add', coll: outline, item: newWalkway(doc, outline, pts, st.levelId) }))
    } catch {
      /* the store reports it */
    }
  }

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    canvasRef.current?.focus()
    canvasRef.current?.setPointerCapture(e.pointerId)
    const st = useEditor.getState()
    if (e.button === 1 || e.button === 2 || spaceDown.current) {
      setDrag({ kind: 'pan', x: e.clientX, y: e.clientY, ox: st.view.offsetX, oy: st.view.offsetY })
      return
    }
    const raw = toPlan(e)
    const doc = planDoc()
    if (st.pickingFor) {
      const hit = hitTest(doc, raw, 8 / view.scale)
      if (hit) st.run({ type: 'update', coll: 'sessions', id: st.pickingFor, changes: { locationId: hit.id } })
      st.set({ pickingFor: null })
      return
    }
    if (outline) {
      const p = snap(raw)
      const first = path[0]
      if (first && path.length >= 3 && Math.hypot(p[0] - first[0], p[1] - first[1]) <= 8 / view.scale) finishOutline(path)
      else setPath([...path, p])
      return
    }
    switch (tool) {
      case 'booth':
        setDrag({ kind: 'rect', from: snap(raw, false), to: snap(raw, false) })
        return
      case 'poi':
        st.select(st.run({ type: 'add', coll: 'pois', item: newPoi(st.history.doc, snap(raw, false), st.levelId) }))
        return
      case 'kiosk':
        st.select(st.run({ type: 'add', coll: 'kiosks', item: newKiosk(st.history.doc, snap(raw, false), st.levelId) }))
        return
      case 'connector':
        placeConnector(snap(raw, false))
        return
      case 'calibrate':
      case 'north': {
        const next = [...measure, raw]
        if (next.length < 2) return setMeasure(next)
        setMeasure([])
        calibrate(tool, next[0]!, next[1]!)
        return
      }
    }
    // Select tool: a handle of the selected outline, else an item, else a box.
    const handle = vertexAt(doc, st.selection, raw, 8 / view.scale)
    if (handle) {
      setDrag({ kind: 'vertex', target: handle.target, index: handle.index, at: handle.point })
      return
    }
    const hit = connectorAt(doc, currentLevelId(), raw, 8 / view.scale) ?? hitTest(doc, raw, 8 / view.scale)
    if (hit) {
      if (e.shiftKey) st.select([hit.id], 'toggle')
      else if (!st.selection.has(hit.id)) st.select([hit.id])
      const ids = e.shiftKey ? [...useEditor.getState().selection] : st.selection.has(hit.id) ? [...st.selection] : [hit.id]
      setDrag({ kind: 'move', from: raw, delta: [0, 0], ids })
      return
    }
    if (!e.shiftKey) st.select([])
    setDrag({ kind: 'box', from: raw, to: raw, add: e.shiftKey })
  }

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const raw = toPlan(e)
    if (!drag) {
      setCursor(outline || tool === 'booth' || tool === 'poi' || tool === 'kiosk' || tool === 'connector' ? snap(raw) : measure.length ? raw : undefined)
      return
    }
    switch (drag.kind) {
      case 'pan':
        useEditor.getState().set({ view: { ...view, offsetX: drag.ox + e.clientX - drag.x, offsetY: drag.oy + e.clientY - drag.y } })
        return
      case 'move': {
        const g = grid > 0 ? grid : 0.01
        setDrag({ ...drag, delta: [round(Math.round((raw[0] - drag.from[0]) / g) * g), round(Math.round((raw[1] - drag.from[1]) / g) * g)] })
        return
      }
      case 'box':
        setDrag({ ...drag, to: raw })
        return
      case 'rect':
        setDrag({ ...drag, to: snap(raw, false) })
        return
      case 'vertex':
        setDrag({ ...drag, at: snap(raw, false) })
        return
    }
  }

  const onPointerUp = () => {
    const d = drag
    setDrag(null)
    if (!d) return
    const st = useEditor.getState()
    try {
      if (d.kind === 'move' && (d.delta[0] || d.delta[1])) st.run({ type: 'move', ids: d.ids, dx: d.delta[0], dz: d.delta[1] })
      else if (d.kind === 'box') st.select(inBox(planDoc(), boxOf2(d.from, d.to)), d.add ? 'add' : 'replace')
      else if (d.kind === 'vertex') st.run({ type: 'set-footprint', target: d.target, footprint: withVertex(st.history.doc, d) })
      else if (d.kind === 'rect') {
        const b = boxOf2(d.from, d.to)
        const w = round(b.maxX - b.minX)
        const dd = round(b.maxZ - b.minZ)
        if (w < 0.5 || dd < 0.5) return
        const center: Point2 = [(b.minX + b.maxX) / 2, (b.minZ + b.maxZ) / 2]
        const zone = planDoc().venue.zones.find((z) => containsPoint(z.footprint, center))
        if (!zone) {
          st.set({ status: { text: t('editor.tool.zone') + ': ' + (st.lang === 'zh' ? '请在展区内绘制展位' : 'draw booths inside a zone'), kind: 'error' } })
          return
        }
        st.select(st.run({ type: 'add', coll: 'booths', item: newBooth(st.history.doc, zone.id, rectAt(center, w, dd), st.levelId) }))
      }
    } catch {
      /* reported by the store */
    }
  }

  const onDoubleClick = (e: { clientX: number; clientY: number }) => {
    const st = useEditor.getState()
    if (tool !== 'select') return
    const raw = toPlan(e)
    const doc = planDoc()
    const handle = vertexAt(doc, st.selection, raw, 8 / view.scale)
    if (handle) {
      const fp = outlineOf(doc, handle.target)
      if (fp && fp.length > 3) st.run({ type: 'set-footprint', target: handle.target, footprint: fp.filter((_, i) => i !== handle.index) })
      return
    }
    const edge = edgeAt(doc, st.selection, raw, 8 / view.scale)
    if (edge) {
      const fp = [...outlineOf(doc, edge.target)!]
      fp.splice(edge.index + 1, 0, snap(raw, false))
      st.run({ type: 'set-footprint', target: edge.target, footprint: fp })
    }
  }

  const onWheel = (e: WheelEvent<HTMLCanvasElement>) => {
    const r = canvasRef.current!.getBoundingClientRect()
    const x = e.clientX - r.left
    const y = e.clientY - r.top
    const k = Math.exp(-e.deltaY * 0.0015)
    const scale = Math.min(200, Math.max(0.05, view.scale * k))
    const f = scale / view.scale
    useEditor.getState().set({ view: { scale, offsetX: x - (x - view.offsetX) * f, offsetY: y - (y - view.offsetY) * f } })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const st = useEditor.getState()
    if (e.key === ' ') {
      spaceDown.current = true
      e.preventDefault()
      return
    }
    if (e.key === 'Enter' && outline) {
      e.preventDefault()
      finishOutline(path)
      return
    }
    if (e.key === 'Escape') {
      if (path.length || measure.length) {
        setPath([])
        setMeasure([])
      } else st.select([])
      return
    }
    const step = e.shiftKey ? 1 : 0.1
    const arrows: Record<string, Point2> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }
    const d = arrows[e.key]
    if (d && st.selection.size) {
      e.preventDefault()
      st.run({ type: 'move', ids: [...st.selection].filter((id) => id !== 'hall'), dx: d[0], dz: d[1] })
    }
  }

  const onDragOver = (e: DragEvent<HTMLCanvasElement>) => {
    if (!e.dataTransfer.types.includes(EXHIBITOR_DRAG_TYPE)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'link'
    const hit = hitTest(planDoc(), toPlan(e), 0)
    setDropTarget(hit?.coll === 'booths' ? hit.id : null)
  }
  const onDrop = (e: DragEvent<HTMLCanvasElement>) => {
    const exhibitorId = e.dataTransfer.getData(EXHIBITOR_DRAG_TYPE)
    setDropTarget(null)
    if (!exhibitorId) return
    e.preventDefault()
    const st = useEditor.getState()
    const hit = hitTest(planDoc(st), toPlan(e), 0)
    if (hit?.coll !== 'booths') return
    assign(exhibitorId, hit.id)
  }

  return (
    <canvas
      ref={canvasRef}
      className="plan-canvas"
      tabIndex={0}
      role="application"
      aria-label={t$('editor.plan')}
      aria-roledescription="plan"
      data-tool={tool}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onPointerLeave={() => !drag && setCursor(undefined)}
      onDoubleClick={onDoubleClick}
      onWheel={onWheel}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => {
        if (e.key === ' ') spaceDown.current = false
      }}
      onContextMenu={(e) => e.preventDefault()}
      onDragOver={onDragOver}
      onDragLeave={() => setDropTarget(null)}
      onDrop={onDrop}
    />
  )
}

export function assign(exhibitorId: string, boothId: string): void {
  const st = useEditor.getState()
  st.run({ type: 'assign', exhibitorId, boothId })
  const doc = useEditor.getState().history.doc
  const ex = findItem(doc, 'exhibitors', exhibitorId)
  const booth = findItem(doc, 'booths', boothId)
  st.set({ status: { text: t('editor.exhibitors.assigned', { name: ex?.name[st.lang] ?? exhibitorId, label: booth?.label ?? boothId }), kind: 'info' } })
}

/** The connector tool: a stop here and one on the other level, at the same spot. */
function placeConnector(at: Point2): void {
  const st = useEditor.getState()
  const doc = st.history.doc
  const here = currentLevelId(st)
  const other = connectorTarget(doc, st.levelId, st.connectorDraft)
  if (!here || !other) {
    st.set({ status: { text: t('editor.connector.needsLevel'), kind: 'error' } })
    return
  }
  const created = st.run({ type: 'add-connector', connector: newConnector(doc, at, here, other, st.connectorDraft) })
  st.select(created)
  const c = useEditor.getState().history.doc.venue.connectors.find((x) => x.id === created[0])
  const to = doc.venue.levels.find((l) => l.id === other)
  if (c && to) st.set({ status: { text: t('editor.connector.placed', { name: c.name[st.lang], level: to.name[st.lang] }), kind: 'info' } })
}

function calibrate(tool: 'calibrate' | 'north', a: Point2, b: Point2): void {
  const st = useEditor.getState()
  const u = st.underlay
  if (!u) return
  try {
    if (tool === 'calibrate') {
      const answer = window.prompt(t('editor.calibrate.prompt'))
      if (answer === null) return
      const placement = calibrateScale(u.placement, a, b, Number(answer.replace(',', '.')))
      st.set({ underlay: { ...u, placement }, status: { text: t('editor.calibrate.done', { mpp: placement.metresPerPixel.toPrecision(3) }), kind: 'info' } })
    } else {
      const placement = calibrateNorth(u.placement, a, b)
      st.set({ underlay: { ...u, placement }, status: { text: t('editor.north.done', { deg: Math.round(placement.rotationDeg) }), kind: 'info' } })
    }
  } catch (e) {
    st.set({ status: { text: e instanceof Error ? e.message : String(e), kind: 'error' } })
  }
}

function previewDoc(doc: EditorDoc, drag: Drag | null): EditorDoc {
  if (drag?.kind === 'move' && (drag.delta[0] || drag.delta[1])) {
    try {
      return execute(doc, { type: 'move', ids: drag.ids, dx: drag.delta[0], dz: drag.delta[1] }).doc
    } catch {
      return doc
    }
  }
  if (drag?.kind === 'vertex') return execute(doc, { type: 'set-footprint', target: drag.target, footprint: withVertex(doc, drag) }).doc
  return doc
}

function withVertex(doc: EditorDoc, d: Extract<Drag, { kind: 'vertex' }>): Point2[] {
  const fp = [...(outlineOf(doc, d.target) ?? [])]
  fp[d.index] = d.at
  return fp
}

function outlineOf(doc: EditorDoc, target: { coll: PlanCollection; id: string } | 'hall'): Polygon | null {
  if (target === 'hall') return doc.venue.hall.footprint
  const it = items(doc, target.coll).find((x) => x.id === target.id)
  return it ? footprintOf(it) : null
}

/** Outlines whose corners can be dragged: the selected zone or walkway, or the hall. */
function editableOutlines(doc: EditorDoc, selection: ReadonlySet<string>): { target: { coll: PlanCollection; id: string } | 'hall'; fp: Polygon }[] {
  const out: { target: { coll: PlanCollection; id: string } | 'hall'; fp: Polygon }[] = []
  if (selection.size !== 1) return out
  const [id] = selection
  if (id === 'hall') return [{ target: 'hall', fp: doc.venue.hall.footprint }]
  for (const coll of ['zones', 'closed', 'steps', 'booths'] as const) {
    const it = items(doc, coll).find((x) => x.id === id)
    if (it) out.push({ target: { coll, id: it.id }, fp: it.footprint })
  }
  return out
}

function vertexAt(doc: EditorDoc, selection: ReadonlySet<string>, p: Point2, r: number) {
  for (const o of editableOutlines(doc, selection)) {
    const index = o.fp.findIndex((v) => Math.hypot(v[0] - p[0], v[1] - p[1]) <= r)
    if (index >= 0) return { target: o.target, index, point: o.fp[index]! }
  }
  return null
}

function edgeAt(doc: EditorDoc, selection: ReadonlySet<string>, p: Point2, r: number) {
  for (const o of editableOutlines(doc, selection)) {
    for (let i = 0; i < o.fp.length; i++) {
      const a = o.fp[i]!
      const b = o.fp[(i + 1) % o.fp.length]!
      const vx = b[0] - a[0]
      const vz = b[1] - a[1]
      const len2 = vx * vx + vz * vz
      const tt = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vz) / len2)) : 0
      if (Math.hypot(a[0] + tt * vx - p[0], a[1] + tt * vz - p[1]) <= r) return { target: o.target, index: i }
    }
  }
  return null
}

function boxOf2(a: Point2, b: Point2): Box2 {
  return { minX: Math.min(a[0], b[0]), minZ: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxZ: Math.max(a[1], b[1]) }
}
