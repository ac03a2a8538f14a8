import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { DaySeries } from '../../domain/ops/daySeries.ts'

const LINE_COLOURS = ['#e0b000', '#f07800', '#e03030'] as const

/**
 * One zone's day as a uPlot line (people, mean per bucket) with its three alert lines drawn
 * across the plot, and a marker at the replayed moment. The chart is redrawn only when the
 * recorded series or the marker moves, not with every live reading.
 */
export function ZoneChart({
  series,
  thresholds,
  from,
  to,
  at,
  height,
  timeZone,
  locale,
}: {
  series: DaySeries | undefined
  thresholds: readonly number[]
  from: number
  to: number
  at: number | null
  height: number
  timeZone: string
  locale: string
}) {
  const host = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  // The draw hook reads the newest marker and lines without the chart being rebuilt.
  const marker = useRef<number | null>(at)
  const lines = useRef<number[]>([])
  const capacity = series?.capacity[series.capacity.length - 1] ?? 0

  useEffect(() => {
    const el = host.current
    if (!el) return
    // Hours on the venue's clock, whatever the screen's own time zone.
    const hour = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hour12: false })
    const opts: uPlot.Options = {
      width: Math.max(120, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true, range: () => [from / 1000, to / 1000] }, y: { range: (_u, _min, max) => [0, Math.max(max, ...lines.current) * 1.05 || 1] } },
      axes: [
        {
          stroke: '#c8d0da',
          grid: { stroke: 'rgba(255,255,255,0.08)' },
          ticks: { show: false },
          size: 24,
          font: '11px system-ui',
          splits: () => [0, 6, 12, 18].map((h) => from / 1000 + h * 3600),
          values: (_u, splits) => splits.map((s) => hour.format(s * 1000)),
        },
        { stroke: '#c8d0da', grid: { stroke: 'rgba(255,255,255,0.08)' }, ticks: { show: false }, size: 40, font: '11px system-ui' },
      ],
      series: [{}, { stroke: '#7ad151', width: 2, fill: 'rgba(122,209,81,0.15)' }],
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx
            ctx.save()
            ctx.lineWidth = 1.5 * devicePixelRatio
            ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio])
            lines.current.forEach((v, i) => {
              const y = u.valToPos(v, 'y', true)
              ctx.strokeStyle = LINE_COLOURS[i] ?? '#fff'
              ctx.beginPath()
              ctx.moveTo(u.bbox.left, y)
              ctx.lineTo(u.bbox.left + u.bbox.width, y)
              ctx.stroke()
            })
            if (marker.current !== null) {
              const x = u.valToPos(marker.current / 1000, 'x', true)
              ctx.setLineDash([])
              ctx.strokeStyle = '#ffffff'
              ctx.beginPath()
              ctx.moveTo(x, u.bbox.top)
              ctx.lineTo(x, u.bbox.top + u.bbox.height)
              ctx.stroke()
            }
            ctx.restore()
          },
        ],
      },
    }
    const u = new uPlot(opts, [[], []], el)
    plot.current = u
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(120, el.clientWidth), height }))
    ro.observe(el)
    return () => {
      ro.disconnect()
      u.destroy()
      plot.current = null
    }
  }, [from, to, height, timeZone, locale])

  useEffect(() => {
    lines.current = capacity > 0 ? thresholds.map((p) => (p / 100) * capacity) : []
    plot.current?.setData([series ? series.t.map((t) => t / 1000) : [], series ? [...series.mean] : []])
  }, [series, from, to, height, thresholds, capacity])
  useEffect(() => {
    marker.current = at
    plot.current?.redraw(false, false)
  }, [at])

  return <div ref={host} className="ops-chart-plot" aria-hidden="true" />
}
